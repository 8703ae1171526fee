/**
 * First-page cues on trimmed real packs (no corpus needed): a minutes banner, a report cover,
 * an "Appendix 1" running header, a motion with its proposer, and in a text extraction a
 * tracker that is nothing but a table whose header row repeats.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Context } from '../../src/context.js';
import type { Layout } from '../../src/layout/types.js';
import { documentsOf } from '../../src/documents.js';
import { findFrontSheet, segmentPack, type Segment } from '../../src/segment/index.js';
import { fixture, loadLayout } from '../helpers.js';
import { BIRMINGHAM_2024_12_04, KENT_2025_03_13 } from './agendas.js';

describe('a trimmed Kent pack (17 pages cut from the assembled pack of 13 March 2025)', () => {
  let layout: Layout;
  let segments: Segment[];
  beforeAll(async () => {
    layout = await loadLayout(fixture('segment', 'kent_2025-03-13_mini_pack.pdf'));
    segments = segmentPack(layout, new Context('mini.pdf'), { agenda: KENT_2025_03_13 });
  });

  it('splits at each first page and files each document under its agenda item', () => {
    expect(segments.map((s) => [s.kind, s.item, s.pages.from, s.pages.to])).toEqual([
      ['agenda', null, 1, 4],
      ['minutes', '3', 5, 6],
      ['minutes', '4', 7, 8],
      ['report', '10', 9, 10],
      ['report', '12', 11, 12],
      ['appendix', '12', 13, 15],
      ['other', '17', 16, 17],
    ]);
  });

  it('takes the appendix from its "Appendix 1" running header, kept as a line on its first page only', () => {
    expect(segments[5].title.startsWith('Appendix 1')).toBe(true);
    expect(segments[5].lines.slice(0, 2).map((l) => l.text)).toEqual(['Appendix 1', 'Investments as at 30 September 2024']);
    expect(segments[5].lines.filter((l) => l.text === 'Appendix 1')).toHaveLength(1);
  });

  it('titles the motion by its heading line and the line that carries it on', () => {
    expect(segments[6].title).toBe('Motion for Time Limited Debate – Addressing the Environmental and Social Harm of Disposable Vapes');
  });

  it('without the agenda, still splits the same way but names no item', () => {
    const plain = segmentPack(layout, new Context('mini.pdf'));
    expect(plain.map((s) => s.pages.from)).toEqual(segments.map((s) => s.pages.from));
    expect(plain.every((s) => s.item === null)).toBe(true);
  });

  it('reads the Treasury Management cover: from, date and its one recommendation', () => {
    const docs = documentsOf(segments, new Context('mini.pdf'));
    expect(docs[4]).toMatchObject({
      kind: 'report',
      title: 'Treasury Management Mid-Year Update 2024-25',
      reportOf: 'Deputy Leader and Cabinet Member for Finance, Corporate and Traded Services Interim Corporate Director – Finance',
      date: '2025-03-13',
      recommendations: ['County Council is asked to note the report.'],
      source: { page: 11 },
    });
    expect(docs[0].recommendations).toBeUndefined();
  });

  it('finds the front sheet before the agenda is known', () => {
    expect(findFrontSheet(layout)).toMatchObject({ kind: 'agenda', pages: { from: 1, to: 4 } });
  });
});

describe('the opening of the Birmingham text pack (front sheet, minutes, tracker, a report cover)', () => {
  let segments: Segment[];
  beforeAll(async () => {
    const layout = await loadLayout(fixture('segment', 'birmingham_ecyp_osc_2024-12-04_front_minutes_tracker.txt'));
    segments = segmentPack(layout, new Context('bham.txt'), { agenda: BIRMINGHAM_2024_12_04 });
  });

  it('finds the four documents and their items', () => {
    expect(segments.map((s) => [s.kind, s.item])).toEqual([
      ['agenda', null],
      ['minutes', '4'],
      ['action-tracker', '5'],
      ['report', '6'],
    ]);
  });

  it('does not split the minutes at their "ACTION TRACKER" and "WORK PROGRAMME" minute headings', () => {
    const minutes = segments[1];
    expect(minutes.lines.some((l) => l.text === 'ACTION TRACKER')).toBe(true);
    expect(minutes.lines.some((l) => l.text === 'WORK PROGRAMME')).toBe(true);
  });

  it('starts the report at the council banner above "Report to …"', () => {
    expect(segments[3].lines.slice(0, 2).map((l) => l.text)).toEqual([
      'Birmingham City Council',
      'Report to Education, Children and Young People Overview and Scrutiny Committee',
    ]);
  });

  it('titles the tracker, which prints no title, with its agenda item', () => {
    expect(segments[2].title).toBe('ACTION TRACKER');
  });
});
