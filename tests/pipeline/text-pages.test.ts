/**
 * Pages of a text extraction that kept some "Page N of M" stamps and lost the rest: the
 * Birmingham ECYP pack of 4 December 2024, whose first stamp is "Page 28 of 178", below the
 * front sheet (pages 1-4), the minutes (5-16) and the action tracker (17-28).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFile, type ExtractResult } from '../../src/extract.js';
import { corpus, HAS_CORPUS } from '../helpers.js';

describe.skipIf(!HAS_CORPUS)('the Birmingham text pack places records on the pages the agenda prints', () => {
  let result: ExtractResult;
  beforeAll(async () => {
    result = await extractFile(corpus('text', 'birmingham_ecyp_osc_2024-12-04_pack.txt'));
  });

  it('puts every tracker row on the tracker\'s printed pages 17-28, in order, not all on page 28', () => {
    const pages = result.pack.actions.map((a) => a.source.page ?? 0);
    expect(pages.length).toBe(33);
    expect(pages.every((p) => p >= 17 && p <= 28)).toBe(true);
    expect(pages.every((p, i) => i === 0 || p >= pages[i - 1])).toBe(true);
    expect(pages[0]).toBe(17);
    expect(new Set(pages).size).toBeGreaterThanOrEqual(10);
  });

  it('says each tracker row\'s page is inferred, except the last row, printed just above "Page 28 of 178"', () => {
    const inferred = result.pack.actions.map((a) => a.source.pageInferred === true);
    expect(inferred.slice(0, -1).every(Boolean)).toBe(true);
    expect(result.pack.actions.at(-1)?.source).toMatchObject({ page: 28 });
    expect(result.pack.actions.at(-1)?.source.pageInferred).toBeUndefined();
  });

  it('opens each document on the page its agenda item prints, or the page after a stamp', () => {
    expect(result.pack.documents.slice(0, 9).map((d) => [d.kind, d.item, d.pages.from, d.source.pageInferred ?? false])).toEqual([
      ['agenda', null, 1, true],
      ['minutes', '4', 5, false],
      ['action-tracker', '5', 17, false],
      ['report', '6', 29, false],
      ['appendix', '6', 35, false],
      ['appendix', '6', 39, false],
      ['report', '7', 79, false],
      ['appendix', '7', 87, false],
      ['report', '8', 121, false],
    ]);
    expect(result.pack.documents.slice(0, 3).map((d) => d.pages)).toEqual([
      { from: 1, to: 4 },
      { from: 5, to: 16 },
      { from: 17, to: 28 },
    ]);
  });

  it('gives the agenda items the file pages that the front sheet prints for them', () => {
    const items = result.pack.agenda.filter((i) => ['4', '5', '6'].includes(i.number ?? ''));
    expect(items.map((i) => [i.pages, i.filePages])).toEqual([
      [{ from: 5, to: 16 }, { from: 5, to: 16 }],
      [{ from: 17, to: 28 }, { from: 17, to: 28 }],
      [{ from: 29, to: 78 }, { from: 29, to: 78 }],
    ]);
  });

  it('places the minutes\' items within the minutes\' pages 5-16, each saying so', () => {
    const items = result.pack.minutes[0].items;
    expect(items.every((i) => (i.source.page ?? 0) >= 5 && (i.source.page ?? 0) <= 16 && i.source.pageInferred === true)).toBe(true);
  });

  it('after the last stamp ("Page 140 of 178") claims no page beyond the one that follows it, and says it is inferred', () => {
    const programme = result.pack.documents.find((d) => d.kind === 'work-programme');
    expect(programme?.source).toMatchObject({ page: 141, pageInferred: true });
  });
});
