import { describe, expect, it } from 'vitest';
import { allLines } from '../../src/layout/types.js';
import { fixture, loadLayout } from '../helpers.js';
import { cellsOf, lineStarting, linesContaining, noEmptyText } from './find.js';

describe('tab-separated tables in a plain-text pack', () => {
  const file = fixture('sources', 'birmingham_ecyp_osc_2024-12-04_frontsheet_and_tracker.txt');

  it('gives an action-tracker row one cell per column, at its column index', async () => {
    const layout = await loadLayout(file);
    const row = lineStarting(layout, '23 October 2024 Minute No. 35');
    expect(row.tableRow).toBe(true);
    expect(cellsOf(row)).toEqual([
      [0, '23 October 2024 Minute No. 35'],
      [1, 'Order of Agenda'],
      [2, 'ii) To provide the Committee with a summary for lengthy and detailed reports.'],
      [3, 'Dr Sue Harrison, Strategic Director of Children & Families'],
      [4, 'Ongoing.'],
    ]);
  });

  it('keeps the column of a wrapped cell continued on the next line, dropping its empty cells', async () => {
    const layout = await loadLayout(file);
    const continued = lineStarting(layout, 'Adult Social Care, as soon as it was available.');
    expect(continued.tableRow).toBe(true);
    expect(cellsOf(continued)).toEqual([[2, 'Adult Social Care, as soon as it was available.']]);
    expect(continued.x).toBe(2);
    const lead = lineStarting(layout, 'ii) Details of processes for future financial oversight');
    expect(cellsOf(lead).map(([x]) => x)).toEqual([2, 3, 4]);
    expect(lead.cells[2].text).toBe('To be discharged: E-mailed information to Members on 4 November 2024.');
  });

  it('drops the dash row under the "Page 28 of 178" stamp and keeps header rows as table rows', async () => {
    const layout = await loadLayout(file);
    expect(allLines(layout).filter((l) => /^[-\s]+$/.test(l.text))).toEqual([]);
    const headers = linesContaining(layout, 'Minute No. / Date Agenda Item Outstanding Actions');
    expect(headers.length).toBe(11);
    expect(headers.every((h) => h.tableRow && h.cells.length === 5)).toBe(true);
  });

  it('reads markdown debris in plain text: "3 **DECLARATIONS OF INTERESTS**" is a bold line without asterisks, "<u>5 - 16</u>" is "5 - 16"', async () => {
    const layout = await loadLayout(file);
    const heading = lineStarting(layout, '3 DECLARATIONS OF INTERESTS');
    expect(heading.text).toBe('3 DECLARATIONS OF INTERESTS');
    expect(heading.bold).toBe(true);
    expect(lineStarting(layout, '5 - 16').text).toBe('5 - 16');
    expect(lineStarting(layout, '4 MINUTES').bold).toBe(false);
    expect(linesContaining(layout, '**')).toEqual([]);
    expect(linesContaining(layout, '<u>')).toEqual([]);
    expect(lineStarting(layout, 'The Chair to advise/meeting').text).toContain('Public-I microsite (please click this link) and');
    expect(noEmptyText(layout)).toBe(true);
  });
});

describe('pdftotext -layout output', () => {
  const file = fixture('sources', 'kent_county_council_2025-03-13_printed_minutes_p6-8.layout.txt');

  it('splits columns at runs of three or more spaces, each cell at its character column', async () => {
    const layout = await loadLayout(file);
    expect(cellsOf(lineStarting(layout, '299.'))).toEqual([
      [0, '299.'],
      [7, 'Kent Minerals and Waste Local Plan 2024-39'],
    ]);
    expect(cellsOf(lineStarting(layout, '3) RESOLVED that Council:'))).toEqual([
      [7, '3)'],
      [12, 'RESOLVED that Council:'],
    ]);
  });

  it('gives each line its indentation as x: the vote block at 7, "Motion carried." far right', async () => {
    const layout = await loadLayout(file);
    expect(lineStarting(layout, 'For (52)').x).toBe(7);
    expect(lineStarting(layout, 'Against (0)').x).toBe(7);
    expect(lineStarting(layout, 'Abstain (11)').x).toBe(7);
    expect(linesContaining(layout, 'Motion carried.')[0].x).toBe(67);
    // A column split is not a table the source marked.
    expect(lineStarting(layout, '299.').tableRow).toBeUndefined();
    expect(lineStarting(layout, 'Mr Baker, Mr Baldock').text).toBe('Mr Baker, Mr Baldock, Mr Brady, Mr Bartlett, Mr Beaney, Mrs Bell, Mrs Binks, Mr');
  });
});
