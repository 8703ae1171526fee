/**
 * Where each line of a pack sits: its index on its page and its page's first line, so that
 * segmentation can ask "is this line near the top of its page?" without re-scanning pages.
 */
import { allLines, type Layout, type Line } from '../layout/types.js';

/**
 * How much of a line the first-page cues read. Every cue is a heading or a label ("Minutes of
 * the meeting held on …", "Subject:", "APPENDIX A"), and the longest line any cue accepts is a
 * tracker's header row (under 300 characters, see cues.ts); a line cut to this length is still
 * longer than every such limit, so each rule decides exactly as on the whole line. Cutting
 * matters for text with no line breaks (a whole report as one line): the cue regexes, ours and
 * the minutes parser's, scan a line with `.*` and would otherwise cost time in the square of
 * its length, on every anchor tried.
 */
export const CUE_TEXT_MAX_CHARS = 400;

/** Where each line sits: its index on its page, and the index of its page's first line. */
export interface LineIndex {
  lines: Line[];
  /** The same lines with their text cut to CUE_TEXT_MAX_CHARS, for the first-page cues. */
  cueLines: Line[];
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
  return { lines, cueLines: lines.map(cueLine), onPage, pageFirst, pageIndexOf };
}

/** A line as the cues read it: unchanged unless it is longer than any heading. */
function cueLine(line: Line): Line {
  return line.text.length > CUE_TEXT_MAX_CHARS ? { ...line, text: line.text.slice(0, CUE_TEXT_MAX_CHARS) } : line;
}

/** The first line on or after this page, or -1 past the last line. */
export function firstLineFrom(ix: LineIndex, pageIndex: number): number {
  for (let p = pageIndex; p < ix.pageFirst.length; p++) if (ix.pageFirst[p] >= 0) return ix.pageFirst[p];
  return -1;
}
