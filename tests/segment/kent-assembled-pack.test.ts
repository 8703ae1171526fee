/**
 * Kent County Council, 13 March 2025: 25 documents joined in agenda order with no outline and
 * no item stamps. The split comes from first-page cues and page numbering, the items from the
 * front sheet's titles; kent_county_council_2025-03-13_assembled_pack.tsv gives the truth.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { Context } from '../../src/context.js';
import type { Layout } from '../../src/layout/types.js';
import { extractFile } from '../../src/extract.js';
import { findFrontSheet, segmentPack, type Segment } from '../../src/segment/index.js';
import { corpus, HAS_CORPUS, loadLayout } from '../helpers.js';
import { KENT_2025_03_13 } from './agendas.js';

interface TruthRow {
  first: number;
  last: number;
  item: string | null;
  document: string;
}

function readTruth(): TruthRow[] {
  const [, ...rows] = readFileSync(corpus('pdf', 'kent_county_council_2025-03-13_assembled_pack.tsv'), 'utf8').trim().split('\n');
  return rows.map((r) => {
    const [first, last, item, document] = r.split('\t');
    return { first: Number(first), last: Number(last), item: item === '' ? null : item, document };
  });
}

/** The pack assembles the council's own files: a page either side is within what the issue allows. */
const PAGE_TOLERANCE = 1;

describe.skipIf(!HAS_CORPUS)('the assembled Kent County Council pack of 13 March 2025', () => {
  let layout: Layout;
  let segments: Segment[];
  let truth: TruthRow[];
  beforeAll(async () => {
    layout = await loadLayout(corpus('pdf', 'kent_county_council_2025-03-13_assembled_pack.pdf'));
    segments = segmentPack(layout, new Context('kent.pdf'), { agenda: KENT_2025_03_13 });
    truth = readTruth();
  });

  it('starts a document within a page of each of the 25 documents in the truth table, with its agenda item', () => {
    const misses = truth.filter((t) => !segments.some((s) => Math.abs(s.pages.from - t.first) <= PAGE_TOLERANCE && s.item === t.item));
    expect(misses.map((m) => `${m.first} ${m.document}`)).toEqual([]);
  });

  it('adds one document to the table\'s 25: the appendix printed inside the devolution report (pages 197-203 there)', () => {
    expect(segments.length).toBe(26);
    const devolution = segments.filter((s) => s.item === '11');
    expect(devolution.map((s) => [s.kind, s.pages.from, s.pages.to, s.title])).toEqual([
      ['report', 197, 202, 'Devolution and Local Government Reorganisation update'],
      ['appendix', 203, 203, 'Appendix 1 – Joint letter to Jim McMahon OBE MP, Minister of State for Local'],
    ]);
  });

  it('finds the front sheet first: pages 1-4, before the agenda is known', () => {
    const front = findFrontSheet(layout);
    expect(front?.pages).toEqual({ from: 1, to: 4 });
    expect(front?.lines.at(-1)?.text).toBe('03000 416814');
  });

  it('gives the minutes parser three sets of minutes, each only its own pages', () => {
    const minutes = segments.filter((s) => s.kind === 'minutes');
    expect(minutes.map((s) => [s.pages.from, s.pages.to, s.item])).toEqual([
      [5, 18, '3'],
      [19, 27, '4'],
      [28, 33, '4'],
    ]);
    expect(minutes[0].lines.every((l) => l.page !== null && l.page >= 5 && l.page <= 18)).toBe(true);
    expect(minutes[0].lines[2].text).toBe('MINUTES of a meeting of the County Council held in the Council Chamber,');
    expect(minutes[1].lines[0].text).toBe('CORPORATE PARENTING PANEL– 29 October 2024');
    expect(minutes[2].lines[0].text).toBe('CORPORATE PARENTING PANEL – 10th December 2024');
    expect(minutes[0].lines.some((l) => l.text.includes('CORPORATE PARENTING PANEL'))).toBe(false);
  });

  it('reads the report covers as reports, titled by their "Subject:"', () => {
    const reports = segments.filter((s) => s.kind === 'report').map((s) => [s.item, s.title]);
    expect(reports).toContainEqual(['10', '2024 Annual Report on the Implementation of the Armed Forces Covenant in Kent']);
    expect(reports).toContainEqual(['12', 'Treasury Management Mid-Year Update 2024-25']);
    expect(reports).toContainEqual(['16', 'Pay Policy Statement 2025/26']);
  });

  it('takes the consultation report from its own page numbering (printed 2 to 57 on pages 91 to 146)', () => {
    const consultation = segments.find((s) => s.pages.from === 90);
    expect(consultation).toMatchObject({ kind: 'appendix', item: '9', pages: { from: 90, to: 146 }, signal: 'page-numbering' });
  });

  it('names appendices from the call-in report\'s list, where a document\'s own heading says "Appendix 1" or nothing', () => {
    const named = segments.filter((s) => s.signal === 'listed-appendix').map((s) => [s.pages.from, s.title]);
    expect(named).toContainEqual([88, 'Appendix 5 – Service Offer Comparison']);
    expect(named).toContainEqual([147, 'Appendix 7 – Draft Responses to Consultation Feedback']);
  });

  it('puts every line of the pack in exactly one document, in order', () => {
    const numbers = segments.flatMap((s) => s.lines.map((l) => l.line));
    expect(numbers.length).toBe(9135);
    expect(numbers.every((n, i) => n === i + 1)).toBe(true);
  });
});

describe.skipIf(!HAS_CORPUS)('agenda ranges in the printed pack and in this file (Kent County Council, 13 March 2025)', () => {
  it("gives each item's pages in this file beside the printed range, matching the assembly's own page list", async () => {
    const { pack } = await extractFile(corpus('pdf', 'kent_county_council_2025-03-13_assembled_pack.pdf'));
    const truth = readTruth().filter((r) => r.item !== null);
    for (const item of new Set(truth.map((r) => r.item!))) {
      const rows = truth.filter((r) => r.item === item);
      const found = pack.agenda.find((a) => a.number === item);
      expect(found?.filePages, `item ${item}`).toEqual({ from: Math.min(...rows.map((r) => r.first)), to: Math.max(...rows.map((r) => r.last)) });
    }
    // The printed ranges count the council's official pack: item 12 is printed as 245 - 266, and sits on pages 204-218 here.
    expect(pack.agenda.find((a) => a.number === '12')).toMatchObject({ pages: { from: 245, to: 266 }, filePages: { from: 204, to: 218 } });
    expect(pack.agenda.find((a) => a.number === '1')?.filePages).toBeUndefined();
  });
});
