/**
 * Words of a line with an estimated left edge, so that a cell the layout did not split (the
 * gap between two columns was narrower than a gutter) can still be divided at a column edge.
 *
 * PDF cells carry exact edges but not per-word positions; inside a cell we spread the cell's
 * width over its characters in proportion to typical Helvetica/Arial advance widths. That
 * is accurate to a few points, enough to tell which side of a column edge a word starts on.
 * Text sources have no geometry: every word of a cell takes the cell's x (its column).
 */
import type { Cell, Line } from '../../layout/types.js';

export interface Word {
  text: string;
  /** Estimated left edge (exact for the first word of a cell). */
  x: number;
  /** Index of the cell the word came from. */
  cell: number;
}

/** Approximate advance widths in em (Helvetica's metrics, rounded) by character class. */
const NARROW = /[ijlI'.,:;!|]/;
const SEMI_NARROW = /[frt()\-\[\]\/ ]/;
const WIDE = /[mwMW@%]/;
const CAPITAL = /[A-Z&]/;

function charWidth(ch: string): number {
  if (NARROW.test(ch)) return 0.25;
  if (SEMI_NARROW.test(ch)) return 0.32;
  if (WIDE.test(ch)) return 0.85;
  if (CAPITAL.test(ch)) return 0.68;
  return 0.55;
}

function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w;
}

/** True when the line comes from a source with page geometry (PDF), not a text extraction. */
export function hasGeometry(line: Line): boolean {
  return line.size !== null;
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
  if (line.size !== null) return 'points';
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
  let offset = 0;
  let cursor = 0;
  for (const text of parts) {
    const at = cell.text.indexOf(text, cursor);
    offset = textWidth(cell.text.slice(0, at));
    words.push({ text, x: cell.x + offset * scale, cell: index });
    cursor = at + text.length;
  }
  return words;
}

export function lineWords(line: Line): Word[] {
  const units = unitsOf(line);
  return line.cells.flatMap((c, i) => cellWords(c, i, units));
}
