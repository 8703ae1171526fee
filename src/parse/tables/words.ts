/**
 * Words of a line with an estimated left edge, so that a cell the layout did not split (the
 * gap between two columns was narrower than a gutter) can still be divided at a column edge.
 *
 * PDF cells carry exact edges but not per-word positions; inside a cell we spread the cell's
 * width over its characters in proportion to typical Helvetica/Arial advance widths. That
 * is accurate to a few points, enough to tell which side of a column edge a word starts on.
 * Text sources have no geometry: every word of a cell takes the cell's x (its column).
 */
import { hasGeometry, type Cell, type Line } from '../../layout/types.js';

export interface Word {
  text: string;
  /** Estimated left edge (exact for the first word of a cell). */
  x: number;
  /** Index of the cell the word came from. */
  cell: number;
}

/** Approximate advance widths in em (Helvetica's metrics, rounded) by character class. */
const NARROW = "ijlI'.,:;!|";
const SEMI_NARROW = 'frt()-[]/ ';
const WIDE = 'mwMW@%';
const CAPITAL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ&';
const NARROW_EM = 0.25;
const SEMI_NARROW_EM = 0.32;
const WIDE_EM = 0.85;
const CAPITAL_EM = 0.68;
/** Lower-case letters, digits and everything outside ASCII. */
const DEFAULT_EM = 0.55;

/**
 * Width by character code for ASCII, built once: this is asked for every character of every
 * header candidate, and a table look-up is several times cheaper than testing character classes.
 * Where a character is in two classes the first listed above wins, as the classes are checked in that order.
 */
const ASCII_WIDTHS: Float64Array = (() => {
  const widths = new Float64Array(128).fill(DEFAULT_EM);
  for (const [chars, em] of [[CAPITAL, CAPITAL_EM], [WIDE, WIDE_EM], [SEMI_NARROW, SEMI_NARROW_EM], [NARROW, NARROW_EM]] as const) {
    for (const ch of chars) widths[ch.charCodeAt(0)] = em;
  }
  return widths;
})();

/** The width (em) of the code unit at s[i]; a surrogate pair counts once, at its first half. */
function widthAt(s: string, i: number): number {
  const code = s.charCodeAt(i);
  return code < 128 ? ASCII_WIDTHS[code] : DEFAULT_EM;
}

/** Whether s[i] is the second half of a surrogate pair (already counted with the first half). */
function isTrailSurrogate(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (code < 0xdc00 || code > 0xdfff || i === 0) return false;
  const lead = s.charCodeAt(i - 1);
  return lead >= 0xd800 && lead <= 0xdbff;
}

/** Width (em) of s[from, to), added onto `start` one character at a time. */
function addWidths(s: string, from: number, to: number, start: number): number {
  let w = start;
  for (let i = from; i < to; i++) {
    if (!isTrailSurrogate(s, i)) w += widthAt(s, i);
  }
  return w;
}

function textWidth(s: string): number {
  return addWidths(s, 0, s.length, 0);
}


/**
 * How a line's x-positions are measured: PDF points; character columns (a layout-preserving
 * text extraction such as pdftotext -layout, where a cell is split at runs of spaces); or
 * table column indices (tab-separated, markdown and HTML tables), which need no measuring.
 */
export type Units = 'points' | 'chars' | 'index';

/** A font size is about two character columns wide in monospaced layout text. */
const CHARS_PER_EM = 2;

export function unitsOf(line: Line): Units {
  if (hasGeometry(line)) return 'points';
  return line.tableRow ? 'index' : 'chars';
}

/** The size of one em in the line's units (0 for column indices: positions are exact). */
export function emOf(line: Line): number {
  const units = unitsOf(line);
  return units === 'points' ? (line.size ?? 0) : units === 'chars' ? CHARS_PER_EM : 0;
}

export function cellWords(cell: Cell, index: number, units: Units | boolean): Word[] {
  const mode: Units = units === true ? 'points' : units === false ? 'index' : units;
  const parts = cell.text.split(' ').filter((w) => w !== '');
  if (mode === 'index') return parts.map((text) => ({ text, x: cell.x, cell: index }));
  if (mode === 'chars') {
    // Monospaced: a word starts exactly its character offset right of the cell.
    let cursor = 0;
    return parts.map((text) => {
      const at = cell.text.indexOf(text, cursor);
      cursor = at + text.length;
      return { text, x: cell.x + at, cell: index };
    });
  }
  const total = textWidth(cell.text);
  const scale = total > 0 ? (cell.x2 - cell.x) / total : 0;
  const words: Word[] = [];
  // The width before each word, carried forward from the previous word's (summed in the same
  // order as measuring the prefix afresh, so the same number, without re-measuring the prefix).
  let offset = 0;
  let measured = 0;
  let cursor = 0;
  for (const text of parts) {
    const at = cell.text.indexOf(text, cursor);
    offset = addWidths(cell.text, measured, at, offset);
    measured = at;
    words.push({ text, x: cell.x + offset * scale, cell: index });
    cursor = at + text.length;
  }
  return words;
}

/**
 * Words already measured, by line: the three table parsers and the header search ask for the
 * same line's words many times. Lines are not changed once laid out, and Words are never
 * changed by their readers, so the same array can be handed out again.
 */
const wordsByLine = new WeakMap<Line, Word[]>();

export function lineWords(line: Line): readonly Word[] {
  let words = wordsByLine.get(line);
  if (!words) {
    const units = unitsOf(line);
    words = line.cells.flatMap((c, i) => cellWords(c, i, units));
    wordsByLine.set(line, words);
  }
  return words;
}
