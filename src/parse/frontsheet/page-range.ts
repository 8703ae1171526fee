/**
 * Pack page ranges printed beside agenda items: ModernGov "(Pages 1 - 14)" / "(Page 7)"
 * at the end of a title, CMIS "5 - 16" on a line of its own (or in the right-hand margin),
 * and CMIS "29 - 78 TITLE" where the extractor glued the range to a heading whose number
 * it lost.
 */
import type { Range } from '../../schema/pack.js';

const DASH = '\\s*[-–—]\\s*';
/** CMIS sets its ranges with spaced dashes ("5 - 16"); "1-2" inside a title is not a range. */
const SPACED_DASH = '\\s+[-–—]\\s+';

/** "(Pages 1 - 14)", "(Page 7)", "Pages 245 - 266": the ModernGov form, anywhere in a line. */
const WORDED_RANGE = new RegExp(`\\(?\\s*pages?\\s+(\\d{1,4})(?:${DASH}(\\d{1,4}))?\\s*\\)?`, 'i');

/** A line (or cell) that is nothing but a range: "5 - 16", "(5 - 16)", "Pages 5 - 16". */
const BARE_RANGE = new RegExp(`^\\(?\\s*(?:pages?\\s+)?(\\d{1,4})${DASH}(\\d{1,4})\\s*\\)?$`, 'i');

/** A range glued in front of a heading: "29 - 78 PROGRESS REPORT ON …". */
const LEADING_RANGE = new RegExp(`^(\\d{1,4})${SPACED_DASH}(\\d{1,4})\\s+(?=\\S)`);

/** A range at the end of a heading printed in the right margin: "4 MINUTES 5 - 16". */
const TRAILING_RANGE = new RegExp(`\\s(\\d{1,4})${SPACED_DASH}(\\d{1,4})$`);

/** Years look like ranges ("2024 - 2028"); a pack range is never a span of years. */
const YEAR = /^(19|20)\d\d$/;

/** Packs run to a few hundred pages; anything larger is not a page range. */
const MAX_PACK_PAGE = 2000;

function toRange(fromText: string, toText: string | undefined): Range | null {
  const from = Number(fromText);
  const to = toText === undefined ? from : Number(toText);
  if (from < 1 || to < from || to > MAX_PACK_PAGE) return null;
  if (YEAR.test(fromText) && (toText === undefined || YEAR.test(toText) || toText.length === 2)) return null;
  return { from, to };
}

export interface FoundRange {
  range: Range;
  /** The text with the range taken out. */
  rest: string;
}

/** A "(Pages A - B)" range anywhere in the text. */
export function findWordedRange(text: string): FoundRange | null {
  const m = WORDED_RANGE.exec(text);
  if (!m) return null;
  const range = toRange(m[1], m[2]);
  if (!range) return null;
  return { range, rest: (text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length)).replace(/\s+/g, ' ').trim() };
}

/** The range when the whole text is one ("5 - 16", "Pages 5 - 16", "(Page 7)"), else null. */
export function bareRange(text: string): Range | null {
  const t = text.trim();
  const m = BARE_RANGE.exec(t);
  if (m) return toRange(m[1], m[2]);
  const worded = findWordedRange(t);
  return worded && worded.rest === '' ? worded.range : null;
}

/** "29 - 78 PROGRESS REPORT" → the range and the heading after it. */
export function leadingRange(text: string): FoundRange | null {
  const m = LEADING_RANGE.exec(text);
  if (!m) return null;
  const range = toRange(m[1], m[2]);
  return range ? { range, rest: text.slice(m[0].length).trim() } : null;
}

/** "MINUTES 5 - 16" → the range and the heading before it. */
export function trailingRange(text: string): FoundRange | null {
  const m = TRAILING_RANGE.exec(text);
  if (!m) return null;
  const range = toRange(m[1], m[2]);
  return range ? { range, rest: text.slice(0, m.index).trim() } : null;
}
