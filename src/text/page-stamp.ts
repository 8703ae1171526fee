/**
 * The page stamp a header or footer prints: "Page 3", "Page 3 of 41", "- Page 3 -". One
 * recogniser for every phase that meets one: the layout takes stamps off the page edges as page
 * facts, the text source finds them where an extraction kept them in the flow, segmentation reads
 * page numbering from them, and the minutes parser drops any that reached its lines.
 *
 * The text source also reads stamps damaged by extraction ("P a g e 3 4 of 1 78", a stamp glued
 * into a table row); those are its own, in src/sources/text.ts, because only raw text damages
 * them so.
 */

/** "Page N", "Page N of M" or "Page | N" (Royal Sutton Coldfield TC's footer); group 1 is N, group 2 is M. */
const PAGE_N_OF_M = String.raw`Page(?:\s*\|)?\s+(\d{1,4})(?:\s+of\s+(\d{1,4}))?`;

/** A whole line that is a page stamp, dashes either side allowed. */
const WHOLE_STAMP = new RegExp(String.raw`^(?:-\s*)?${PAGE_N_OF_M}(?:\s*-)?$`, 'i');

/**
 * A stamp that opens a line and is followed, after a column gap of three or more spaces, by
 * something else ("Page 40      Effective: Outstanding" in `pdftotext -layout` output). Group 1
 * is the stamp with its leading spaces, groups 2 and 3 its N and M.
 */
export const LEADING_PAGE_STAMP = new RegExp(String.raw`^(\s*${PAGE_N_OF_M})(?= {3,}\S)`, 'i');

export interface PageStamp {
  page: number;
  /** The page count the stamp prints ("of 41"), or null. */
  of: number | null;
}

/** The page stamp `text` is in full, or null. */
export function readPageStamp(text: string): PageStamp | null {
  const m = WHOLE_STAMP.exec(text);
  return m ? { page: Number(m[1]), of: m[2] ? Number(m[2]) : null } : null;
}
