import { beforeAll, describe, expect, it } from 'vitest';
import { allLines, type Layout, type Line } from '../../src/layout/types.js';
import { CORPUS, HAS_CORPUS, corpus, fixture, loadLayout } from '../helpers.js';

const SAMPLE = fixture('sample', 'kent_county_council_2025-03-13_sample_pack.pdf');

function lineWith(layout: Layout, text: string): Line {
  const found = allLines(layout).find((l) => l.text.includes(text));
  if (!found) throw new Error(`no line contains "${text}"`);
  return found;
}

describe('lines rebuilt from a ModernGov PDF (Kent County Council, 13 March 2025)', () => {
  let layout: Layout;
  beforeAll(async () => {
    layout = await loadLayout(SAMPLE);
  });

  it('keeps one page per PDF page and numbers lines from 1 across the pack', () => {
    expect(layout.pages).toHaveLength(41);
    expect(layout.pageCount).toBe(41);
    const lines = allLines(layout);
    expect(lines[0]).toMatchObject({ text: 'Summons to and', page: 1, line: 1, size: 24 });
    expect(lines.every((l, i) => l.line === i + 1)).toBe(true);
  });

  it('marks the bold agenda heading as bold and the text around it as regular', () => {
    expect(lineWith(layout, 'A G E N D A')).toMatchObject({ page: 3, bold: true, size: 12 });
    expect(lineWith(layout, 'Apologies for Absence')).toMatchObject({ page: 3, bold: false });
  });

  it('splits an agenda line at its column gutters: number, title, page range', () => {
    const item9 = lineWith(layout, 'Review of Decision 24/00093');
    expect(item9.cells.map((c) => c.text)).toEqual(['9.', 'Review of Decision 24/00093 - Commissioned Family Hubs', '(Pages 31 - 190)']);
    expect(item9.text).toBe('9. Review of Decision 24/00093 - Commissioned Family Hubs (Pages 31 - 190)');
    expect(item9.cells[2].x).toBeGreaterThan(450);
  });

  it('removes the bare page numbers printed at the foot of the panel minutes, keeping them as page facts', () => {
    const page19 = layout.pages[18];
    expect(page19.furniture).toEqual([{ text: '1', where: 'footer' }]);
    expect(page19.lines.some((l) => l.text === '1')).toBe(false);
  });

  it('keeps "(Item 8)" under a minute heading even though "(Item N)" opens several pages in a row', () => {
    expect(lineWith(layout, '(Item 8)')).toMatchObject({ page: 24 });
    expect(layout.pages[23].furniture.map((f) => f.text)).toEqual(['6']);
  });
});

describe.skipIf(!HAS_CORPUS)(`running headers in corpus PDFs (${CORPUS})`, () => {
  it('reads "Agenda Item 6" and "Page 1" stamps in the Kent questions pack as page facts', async () => {
    const layout = await loadLayout(corpus('pdf', 'kent_county_council_2025-03-13_questions_and_answers_pack.pdf'));
    const page3 = layout.pages[2];
    expect(page3.itemStamp).toBe('6');
    expect(page3.printed).toEqual({ page: 1, of: null });
    expect(page3.furniture.map((f) => f.text)).toEqual(expect.arrayContaining(['Agenda Item 6', 'Page 1']));
  });

  it('keeps a supplier name that wraps at the same place on every page of the NHS spend table', async () => {
    const layout = await loadLayout(corpus('pdf', 'nhs_barking_dagenham_ccg_2014-15_spend_over_25k.pdf'));
    const wrapped = allLines(layout).filter((l) => l.text === 'BARKING HAVERING AND REDBRIDGE HOSPITALS');
    expect(wrapped.length).toBeGreaterThanOrEqual(4);
    expect(layout.pages.every((p) => p.furniture.length === 0)).toBe(true);
  });
});

describe('superscript ordinal endings raised further than a line\'s baseline tolerance', () => {
  it('puts "st" and "th" back after their numbers, not on a line of their own (Horsley Village Hall, 8 October 2013, page 1)', async () => {
    // pdftotext -layout: "for period 1st Jan 2013 – 8th October 2013. For full information, these are attached."
    const layout = await loadLayout(fixture('minutes', 'horsley_village_hall_committee_2013-10-08_minutes.pdf'));
    expect(lineWith(layout, 'for period').text).toBe('for period 1st Jan 2013 – 8th October 2013. For full information, these are attached.');
    expect(lineWith(layout, '10. Date of the next meeting').text).toBe('10. Date of the next meeting: Tuesday 14th January 2014, 7.30 pm at Horsley Village Hall.');
    expect(allLines(layout).some((l) => /^(?:st|nd|rd|th)(?: (?:st|nd|rd|th))*$/.test(l.text))).toBe(false);
  });

  it('takes one off the line of a table cell beside it whose baseline is higher (Hyndland Primary Parent Council, 26 November 2025, page 6)', async () => {
    // The lead "Jac" is top-aligned in its cell; "Meet with Konplan on the 8th December" sits lower beside it.
    const layout = await loadLayout(fixture('minutes', 'hyndland_primary_parent_council_parent_council_2025-11-26_minutes.pdf'));
    expect(lineWith(layout, 'Meet with Konplan').text).toBe('Meet with Konplan on the 8th December');
    const lead = allLines(layout).find((l) => l.page === 6 && l.text.endsWith('Enter deadline here'));
    expect(lead?.cells.map((c) => c.text)).toEqual(['Jac', 'Enter deadline here']);
  });
});
