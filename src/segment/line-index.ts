/**
 * Where each line of a pack sits: its index on its page and its page's first line, so that
 * segmentation can ask "is this line near the top of its page?" without re-scanning pages.
 */
import { allLines, type Layout, type Line } from '../layout/types.js';

/** Where each line sits: its index on its page, and the index of its page's first line. */
export interface LineIndex {
  lines: Line[];
  onPage: number[];
  /** Index of the first line of each page, by layout page index (-1 for a page with no lines). */
  pageFirst: number[];
  pageIndexOf: number[];
}

export function indexLines(layout: Layout): LineIndex {
  const lines = allLines(layout);
  const onPage: number[] = [];
  const pageIndexOf: number[] = [];
  const pageFirst: number[] = [];
  let at = 0;
  layout.pages.forEach((page, p) => {
    pageFirst.push(page.lines.length > 0 ? at : -1);
    page.lines.forEach((_, k) => {
      onPage.push(k);
      pageIndexOf.push(p);
    });
    at += page.lines.length;
  });
  return { lines, onPage, pageFirst, pageIndexOf };
}

/** The first line on or after this page, or -1 past the last line. */
export function firstLineFrom(ix: LineIndex, pageIndex: number): number {
  for (let p = pageIndex; p < ix.pageFirst.length; p++) if (ix.pageFirst[p] >= 0) return ix.pageFirst[p];
  return -1;
}
