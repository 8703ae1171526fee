/**
 * Coverage: lines of an understood document (front sheet, minutes, tracker) that no parser
 * claimed come back as `unparsed-lines` warnings, one per page, naming the lines.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Context } from '../../src/context.js';
import { reportUnparsedLines } from '../../src/coverage.js';
import { lineRanges } from '../../src/parse/unread-lines.js';
import { segmentPack, type Segment } from '../../src/segment/index.js';
import { fixture, loadLayout } from '../helpers.js';

describe('unparsed-lines warnings on the trimmed Kent pack', () => {
  let segments: Segment[];
  beforeAll(async () => {
    segments = segmentPack(await loadLayout(fixture('segment', 'kent_2025-03-13_mini_pack.pdf')), new Context('mini.pdf'));
  });

  /** Every line of the 13 February minutes (pages 5-6, lines 41-114) except the ones listed. */
  function claimedExcept(...unread: number[]): Set<number> {
    const minutes = segments[1];
    return new Set(minutes.lines.map((l) => l.line).filter((n) => !unread.includes(n)));
  }

  it('warns once per page, with the line ranges and the start of the first unread line', () => {
    const ctx = new Context('mini.pdf');
    const unread = reportUnparsedLines([segments[1]], claimedExcept(44, 45, 46, 100, 101, 114), ctx);
    expect(unread).toBe(6);
    expect(ctx.warnings.map((w) => [w.code, w.source.page, w.source.line])).toEqual([
      ['unparsed-lines', 5, 44],
      ['unparsed-lines', 6, 100],
    ]);
    expect(ctx.warnings[0].message).toBe(
      '3 lines of the minutes on page 5 were not understood (line 44–46), starting "Sessions House, County Hall, Maidstone on Thursday, 13…".',
    );
    expect(ctx.warnings[1].message).toMatch(/^3 lines of the minutes on page 6 were not understood \(line 100–101, 114\)/);
  });

  it('says nothing when the parser claimed every line', () => {
    const ctx = new Context('mini.pdf');
    expect(reportUnparsedLines([segments[1]], claimedExcept(), ctx)).toBe(0);
    expect(ctx.warnings).toEqual([]);
  });

  it('does not report the prose of reports and appendices, which no parser reads line by line', () => {
    const ctx = new Context('mini.pdf');
    const prose = segments.filter((s) => s.kind === 'report' || s.kind === 'appendix' || s.kind === 'other');
    expect(prose.length).toBe(4);
    expect(reportUnparsedLines(prose, new Set(), ctx)).toBe(0);
  });

  it('reports a whole front sheet that no parser read, page by page', () => {
    const ctx = new Context('mini.pdf');
    reportUnparsedLines([segments[0]], new Set(), ctx);
    // Page 2 of the front sheet is blank: pages 1, 3 and 4 carry text.
    expect(ctx.warnings.map((w) => w.source.page)).toEqual([1, 3, 4]);
    expect(ctx.warnings[0].message).toMatch(/^6 lines of the front sheet on page 1/);
  });
});

describe('line ranges in messages', () => {
  it('folds consecutive lines into ranges', () => {
    expect(lineRanges([3, 4, 5, 9, 11, 12])).toBe('3–5, 9, 11–12');
  });

  it('lists at most eight ranges', () => {
    expect(lineRanges([1, 3, 5, 7, 9, 11, 13, 15, 17, 19])).toBe('1, 3, 5, 7, 9, 11, 13, 15, …');
  });
});
