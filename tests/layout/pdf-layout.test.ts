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
