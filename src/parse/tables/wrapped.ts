/**
 * Text an extraction tool broke at a fixed width (80 or 90 characters) wherever a line of the
 * page reached it: how to tell it, and how to join its lines back into the lines the page
 * printed. A flattened table's printed lines are its rows (or their wrapped parts), and a
 * width-wrapped break says nothing of where a cell or a row ends.
 */
import type { Line } from '../../layout/types.js';
import { cleanMarkup } from '../../text/join.js';

/** Lines this close to the common full width (as a share of it) ran to the margin. */
const NEAR_FULL_WIDTH = 0.8;
/** The full width is the length this share of the lines reaches (a stray long line does not set it). */
const FULL_WIDTH_QUANTILE = 0.9;
/** A line longer than the full width by more than this share of it is one no wrapping made. */
const OVER_FULL_WIDTH = 0.1;
/** Lines past the width (a long address, a line the tool would not break) are this share of wrapped text at most. */
const MAX_OVER_WIDTH_SHARE = 0.02;
/** Text is wrapped at a width when at least this share of its lines ran to the margin. */
const WRAPPED_SHARE = 0.5;
/** Fewer lines than this are too few to tell. */
const MIN_LINES_TO_TELL_WRAPPING = 6;

/** A line ending in a label's colon ("… Deadline for reports:"). */
const LABEL_END = /\p{L}:$/u;

function lengthOf(line: Line): number {
  return cleanMarkup(line.text).trim().length;
}

/**
 * The width a text was wrapped at, when it was (most of its lines reach nearly the same
 * length, as text an extraction tool broke at 80 or 90 characters wherever a row's cells
 * reached it), or null when its lines end where the table's rows or cells end.
 */
export function wrapWidth(body: readonly Line[]): number | null {
  const lengths = body.map(lengthOf).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length < MIN_LINES_TO_TELL_WRAPPING) return null;
  const full = lengths[Math.floor(FULL_WIDTH_QUANTILE * (lengths.length - 1))];
  // A wrapping tool never goes past its width: where many lines run well past the common
  // length, the lines end where the text's rows and paragraphs do.
  const within = lengths.filter((n) => n <= (1 + OVER_FULL_WIDTH) * full);
  if (lengths.length - within.length > MAX_OVER_WIDTH_SHARE * lengths.length) return null;
  if (within.filter((n) => n >= NEAR_FULL_WIDTH * full).length < WRAPPED_SHARE * lengths.length) return null;
  return within[within.length - 1];
}

/**
 * Lines broken at a width joined back into the printed rows they were broken from. A wrapping
 * tool breaks a line only where the next word would not fit, so a line carries on into the
 * next when the next line's first word would have overrun the width; otherwise the row ended
 * (across a page break too: a row split by the break is one row). A line that opens a row (its
 * date, its reference) starts one whatever the line before it.
 */
export function unwrap(body: readonly Line[], width: number, opensRow: (text: string) => boolean = () => false): Line[][] {
  const rows: Line[][] = [];
  let open = false;
  body.forEach((line, i) => {
    // A line broken after a label's colon ("Deadline for reports:") runs on into the label's
    // value, even where that value is a date that would otherwise open a row.
    const awaitsValue = i > 0 && LABEL_END.test(cleanMarkup(body[i - 1].text).trim());
    if (open && (awaitsValue || !opensRow(cleanMarkup(line.text).trim()))) rows[rows.length - 1].push(line);
    else rows.push([line]);
    const next = body[i + 1] ? cleanMarkup(body[i + 1].text).trim().split(/\s+/)[0] : '';
    open = next !== '' && lengthOf(line) + 1 + next.length > width;
  });
  return rows;
}
