import { describe, expect, it } from 'vitest';
import { allLines } from '../../src/layout/types.js';
import { HAS_CORPUS, corpus, fixture, loadLayout } from '../helpers.js';
import { lineStarting, linesContaining, noEmptyText } from './find.js';

describe.skipIf(!HAS_CORPUS)('a whole Birmingham pack in plain text is paged by its "Page N of M" footers', () => {
  const file = corpus('text', 'birmingham_ecyp_osc_2024-12-04_pack.txt');

  it('removes every page stamp from the text', async () => {
    const layout = await loadLayout(file);
    expect(allLines(layout).filter((l) => /\bPage\s+\d+\s+of\b/i.test(l.text))).toEqual([]);
    expect(noEmptyText(layout)).toBe(true);
  });

  it('puts the lines just above "Page 38 of 178" on page 38, and records the stamp', async () => {
    const layout = await loadLayout(file);
    const page38 = layout.pages.find((p) => p.number === 38);
    expect(page38?.printed).toEqual({ page: 38, of: 178 });
    const last = page38!.lines[page38!.lines.length - 1];
    expect(last.cells.map((c) => [c.x, c.text])).toEqual([
      [3, 'and Equalities'],
      [6, 'Toolin addone made by the inquiry,'],
    ]);
    expect(lineStarting(layout, 'CONTEXTUAL SAFEGUARDING BOARD').page).toBe(42);
  });

  it('numbers the lines before the first stamp with that stamp: "4 MINUTES" of the front sheet lands on page 28', async () => {
    const layout = await loadLayout(file);
    expect(layout.pages[0].number).toBe(28);
    expect(lineStarting(layout, '4 MINUTES').page).toBe(28);
    expect(layout.pageCount).toBe(178);
  });

  it('numbers pages with the printed page numbers, which only ever increase', async () => {
    const layout = await loadLayout(file);
    const numbers = layout.pages.map((p) => p.number);
    expect(numbers.slice(0, 8)).toEqual([28, 34, 38, 42, 65, 66, 67, 68]);
    expect(numbers.every((n, i) => i === 0 || n > numbers[i - 1])).toBe(true);
    // Lines after the last stamp ("Page 140 of 178") are on the next page.
    expect(numbers[numbers.length - 1]).toBe(141);
  });
});

describe('page stamps glued into lines and garbled by extraction', () => {
  const file = fixture('sources', 'birmingham_ecyp_osc_2024-12-04_strategy_tables_glued_stamps.txt');

  it('cuts "Page 65 of 178" out of the table row it ran into and ends page 65 with that row', async () => {
    const layout = await loadLayout(file);
    const row = lineStarting(layout, 'Collaboration with the Early Help, Prevention and Universal services.');
    expect(row.page).toBe(65);
    expect(row.cells[1].text.endsWith('Safer Taskforce, Youth Service, Youth')).toBe(true);
    expect(row.cells.map((c) => c.x)).toEqual([0, 1, 2, 3]);
    expect(row.cells[2].text).toBe('HoS Early Help HoS Contextual Safeguarding HoS Youth Service');
    expect(lineStarting(layout, 'parent/carer/children conferences)').page).toBe(66);
  });

  it('reads "Page 66 of 1/8" and the tab-split "Page 74 of 17 8" as stamps of the 178-page pack', async () => {
    const layout = await loadLayout(file);
    expect(layout.pages.find((p) => p.number === 66)?.printed).toEqual({ page: 66, of: 178 });
    expect(layout.pages.find((p) => p.number === 74)?.printed).toEqual({ page: 74, of: 178 });
    expect(linesContaining(layout, '1/8')).toEqual([]);
    expect(linesContaining(layout, 'Page ')).toEqual([]);
  });
});

describe('an embedded report\'s own "Page 1 of 7" inside the pack', () => {
  const file = fixture('sources', 'birmingham_ecyp_osc_2024-12-04_embedded_report_stamp.txt');

  it('is removed but does not end a pack page: its lines stay on page 86', async () => {
    const layout = await loadLayout(file);
    expect(layout.pages.map((p) => p.number)).toEqual([78, 86]);
    expect(lineStarting(layout, 'East/West NPU Boundary').text).toBe('East/West NPU Boundary');
    expect(lineStarting(layout, 'East/West NPU Boundary').page).toBe(78);
    expect(lineStarting(layout, 'Does this report contain exempt or confidential No information?').page).toBe(86);
    expect(linesContaining(layout, 'Page 1 of 7')).toEqual([]);
  });
});

describe('raw pdftotext output is paged at its form feeds', () => {
  it('puts the Kent minutes on three pages as the PDF has them', async () => {
    const layout = await loadLayout(fixture('sources', 'kent_county_council_2025-03-13_printed_minutes_p1-3.pdftotext.txt'));
    expect(layout.pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(lineStarting(layout, '292.').page).toBe(1);
    expect(lineStarting(layout, 'RESOLVED that the minutes of the Council meeting held on 13 February 2025').page).toBe(2);
    // Hard line breaks are kept: the source never joins lines.
    expect(lineStarting(layout, 'Bruneau, Mr Campkin').text).toBe('Bruneau, Mr Campkin, Mr Collor, Mrs Hudson, Mrs McArthur and Mr McInroy.');
  });

  it('removes ModernGov "Page N" stamps and numbers pages with them', async () => {
    const layout = await loadLayout(fixture('sources', 'stockton_adult_social_care_select_2023-10-24_supplement_pack_p1-12_with_bookmarks.txt'));
    expect(layout.pages.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(layout.pages[8].printed).toEqual({ page: 9, of: null });
    expect(allLines(layout).filter((l) => /^Page \d+$/.test(l.text))).toEqual([]);
    expect(lineStarting(layout, 'Scrutiny Support Officer Rachel Harrsion').page).toBe(2);
  });
});

describe('pdftotext -layout pages whose stamp shares a line with a table row', () => {
  it('takes "Page 40" from the first column as the stamp and keeps the row\'s other columns where they were', async () => {
    const layout = await loadLayout(fixture('sources', 'stockton_adult_social_care_select_2023-10-24_supplement_pack_p40-41.layout.txt'));
    expect(layout.pages.map((p) => [p.number, p.printed])).toEqual([
      [40, { page: 40, of: null }],
      [41, { page: 41, of: null }],
    ]);
    expect(linesContaining(layout, 'Page 4')).toEqual([]);
    const row = linesContaining(layout, 'Latest Inspection: 21/10/2022')[0];
    expect(row.cells.map((c) => [c.x, c.text])).toEqual([
      [32, 'Latest Inspection: 21/10/2022'],
      [64, 'Effective: Good'],
    ]);
    expect(row.page).toBe(41);
  });
});
