/**
 * Placing the lines of a `PageSpan` on its printed pages, from places known or counted inside
 * it (anchors): a pure step, given the anchors segmentation found (where each document opens,
 * where a table's header repeats).
 */
import type { Line, PageSpan } from './types.js';

/**
 * Characters on one printed line of an A4 page of body text in 11-12 point type. Only the
 * proportion matters (how much of the bracket each line fills), so a rough width serves; a
 * table row fills as many printed lines as its longest cell wraps to in its share of the width.
 */
const CHARS_PER_PRINTED_LINE = 95;

/** Where a line is known (or counted) to open a page, or to be on one. */
export interface Anchor {
  /** Index of the line in its span's lines. */
  at: number;
  page: number;
  /** True when the evidence states the page; false when it was counted or bounded. */
  known: boolean;
  /** True when the line opens its page (the lines before it are on earlier pages). */
  opens: boolean;
}

/** The printed lines a line fills: its longest cell wrapped to its share of the page width. */
function printedLines(line: Line): number {
  const share = CHARS_PER_PRINTED_LINE / Math.max(1, line.cells.length);
  return Math.max(1, ...line.cells.map((c) => Math.ceil(c.text.length / share)));
}

/** The one place every span has: its first line, on its first page (known where a stamp ends the page before). */
export function spanStart(span: PageSpan): Anchor {
  return { at: 0, page: span.from, known: span.firstKnown, opens: true };
}

/** Place the lines of one span: each block between anchors spread over its pages by weight. */
export function placeSpan(lines: Line[], span: PageSpan, anchors: Anchor[]): Array<{ page: number; inferred: boolean }> {
  const out: Array<{ page: number; inferred: boolean }> = [];
  anchors.forEach((a, i) => {
    const next = anchors[i + 1];
    const end = next ? next.at : lines.length;
    // The block's last page: before the next top, else the span's last page where a stamp closes
    // it. Lines after the last stamp stay on the page after it: the file may end before the pack.
    const last = next ? Math.max(a.page, next.page - 1) : span.lastKnown ? span.to : a.page;
    const endKnown = next ? next.known : span.lastKnown;
    const weights = lines.slice(a.at, end).map(printedLines);
    const total = weights.reduce((s, w) => s + w, 0);
    let before = 0;
    weights.forEach((w, j) => {
      const middle = (before + w / 2) / total;
      before += w;
      let page = a.page + Math.min(last - a.page, Math.floor(middle * (last - a.page + 1)));
      const isLast = !next && j === weights.length - 1 && span.lastKnown;
      if (isLast) page = span.to;
      const proven = (j === 0 && a.known) || isLast || (a.page === last && a.known && endKnown);
      out.push({ page, inferred: !proven });
    });
  });
  return out;
}

