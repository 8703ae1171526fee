/**
 * Agenda item headings: "1. | Apologies for Absence" (ModernGov cells), "10. Armed Forces
 * Covenant - Annual Report | (Pages 191 - 222)", "4 MINUTES" (CMIS), "9. | Finance - | K & A
 * Thompson …" (parish), and the CMIS heading whose number the extractor lost, "29 - 78
 * PROGRESS REPORT ON … (10.05 – 11.00)".
 *
 * A number only makes a heading when it is the next in the agenda's sequence, so that a
 * wrapped title's "2025 and, if in order, …" or a minute number further on is never taken
 * for an item.
 */
import type { Line } from '../../layout/types.js';
import type { Range, TimeSlot } from '../../schema/pack.js';
import { findTimeSlot } from '../common/times.js';
import { fieldText as clean } from '../../text/join.js';
import { bareRange, findWordedRange, leadingRange, trailingRange } from './page-range.js';

/**
 * "4", "4a", "A1", the year-prefixed "24/105" some parish councils number their business with,
 * and the decimal sub-items of parish agendas ("8.1", "9.2").
 */
const NUMBER = '([A-Z]?\\d{1,3}[a-z]?|\\d{2,4}\\/\\d{1,4}|\\d{1,3}\\.\\d{1,2})';
/** An item number as printed, with the dot or bracket that may follow it: "4.", "4)", "A1". */
const NUMBER_CELL = new RegExp(`^${NUMBER}[.):]?$`);
/** A number opening a line's text: "1 NOTICE OF …", "8. Kent Minerals …". */
const NUMBER_PREFIX = new RegExp(`^${NUMBER}(?:[.):]?\\s+(?=\\S)|[.)](?=[A-Z][a-z]))`);
// The second form is "10.To receive …": word processors' lists set no space after the dot once numbers reach two digits.
/** A title that ends by introducing what follows it on the line. */
const LEAD_IN = /\s[-–—:]\s*$|:\s*$/;

/** What opens a bracketed approximate slot before its first time: "(∼", "(c.", "(approx.". */
const APPROX_OPEN = /\(\s*(?:[~∼≈]|c\.|approx\.?|about)?\s*$/i;

/** Punctuation left dangling at the end of a title once its range or slot is removed ("Finance -"). */
const DANGLING = /[\s\-–—:,]+$/;

export interface ItemNumber {
  prefix: string;
  n: number;
  suffix: string;
  /** The part after the dot of a decimal sub-item ("8.1" → 1), else null. */
  sub: number | null;
}

export function readNumber(printed: string): ItemNumber | null {
  const decimal = /^(\d{1,3})\.(\d{1,2})$/.exec(printed);
  if (decimal) return { prefix: '', n: Number(decimal[1]), suffix: '', sub: Number(decimal[2]) };
  const m = /^([A-Z]?|\d{2,4}\/)(\d{1,4})([a-z]?)$/.exec(printed);
  return m ? { prefix: m[1], n: Number(m[2]), suffix: m[3], sub: null } : null;
}

/** True for a decimal sub-item number ("8.1"). */
export function isSubNumber(printed: string): boolean {
  return readNumber(printed)?.sub != null;
}

function nextLetter(letter: string): string {
  return letter === '' ? 'a' : String.fromCharCode(letter.charCodeAt(0) + 1);
}

/**
 * Whether `printed` may follow `prev` in an agenda: 3 → 4, 4 → 4a, 4a → 4b, A3 → B1; the first
 * is 1. (Minute numbers follow other rules: minuteNumberFollows, same argument order.)
 */
export function agendaNumberFollows(prev: string | null, printed: string): boolean {
  const cur = readNumber(printed);
  if (!cur) return false;
  if (prev === null) return cur.n === 1 && (cur.suffix === '' || cur.suffix === 'a');
  const p = readNumber(prev);
  if (!p) return false;
  // 8 → 8.1 → 8.2 → 9: sub-items count from 1 under their item ("10.00 am" is never one).
  if (cur.sub !== null) return cur.n === p.n && cur.sub === (p.sub ?? 0) + 1;
  if (cur.prefix === p.prefix) {
    if (cur.n === p.n + 1) return cur.suffix === '' || cur.suffix === 'a';
    return cur.n === p.n && cur.suffix === nextLetter(p.suffix);
  }
  return /^[A-Z]$/.test(p.prefix) && cur.prefix === nextLetter(p.prefix) && cur.n === 1;
}

/** The number that must come after `prev` when the extraction lost it (4 → 5, A3 → A4). */
export function nextNumber(prev: string | null): string {
  if (prev === null) return '1';
  const p = readNumber(prev);
  if (!p) return '';
  // "24/05" → "24/06": keep the printed width of a zero-padded number.
  const width = p.prefix.endsWith('/') ? String(prev).length - p.prefix.length - p.suffix.length : 0;
  return `${p.prefix}${String(p.n + 1).padStart(width, '0')}`;
}

export interface Heading {
  /** As printed, without trailing dot or bracket; null when the extraction lost it. */
  number: string | null;
  title: string;
  pages: Range | null;
  time: TimeSlot | null;
  /** Further text set in its own column on the heading line (a parish agenda's detail). */
  extra: string | null;
  /** Left edge of the number (or of the line), for keeping to the number column. */
  x: number;
}

/** Take the range and time slot out of a title, and tidy what is left. */
export function splitTitle(text: string): { title: string; pages: Range | null; time: TimeSlot | null } {
  let title = text;
  let pages: Range | null = null;
  const worded = findWordedRange(title);
  if (worded) {
    pages = worded.range;
    title = worded.rest;
  }
  let time: TimeSlot | null = null;
  const slot = findTimeSlot(title);
  if (slot) {
    time = { from: slot.from, to: slot.to };
    // "(∼19:30-20:00)": an "about" sign inside the bracket goes with the slot.
    title = (title.slice(0, slot.index).replace(APPROX_OPEN, '') + ' ' + title.slice(slot.end)).replace(/\s+/g, ' ').trim();
  }
  if (!pages) {
    const trailing = trailingRange(title);
    if (trailing) {
      pages = trailing.range;
      title = trailing.rest;
    }
  }
  return { title: title.trim(), pages, time };
}

/** A title without the punctuation a removed range or slot left at its end. */
export function tidyTitle(title: string): string {
  return title.replace(/\s+/g, ' ').replace(DANGLING, '').trim();
}

/**
 * A word stamped across the page ("DRAFT"): where it floats into an item's line it is a cell of
 * its own, and no part of the title.
 */
export const WATERMARK = /^(?:DRAFT|PROVISIONAL)$/;

function cellTexts(line: Line): Array<{ text: string; x: number }> {
  const cells = line.cells.length > 0 ? line.cells : [{ text: line.text, x: line.x, x2: line.x2, bold: line.bold }];
  const texts = cells.map((c) => ({ text: clean(c.text), x: c.x })).filter((c) => c.text !== '');
  return texts.length > 1 ? texts.filter((c) => !WATERMARK.test(c.text)) : texts;
}

/** The numbered heading this line holds, whatever its number; null when it opens with no number. */
export function readNumberedHeading(line: Line): Heading | null {
  let cells = cellTexts(line);
  // CMIS sets the page range in the margin left of the number: "5 - 16 | 4 | MINUTES" or "17 - 28 5 ACTION TRACKER".
  let marginRange: Range | null = null;
  if (cells.length > 1 && bareRange(cells[0].text)) {
    marginRange = bareRange(cells[0].text);
    cells = cells.slice(1);
  } else if (cells.length > 0) {
    const led = leadingRange(cells[0].text);
    if (led && NUMBER_PREFIX.test(led.rest)) {
      marginRange = led.range;
      cells = [{ text: led.rest, x: cells[0].x }, ...cells.slice(1)];
    }
  }
  if (cells.length === 0) return null;
  let number: string;
  let rest: string[];
  const whole = NUMBER_CELL.exec(cells[0].text);
  if (whole && cells.length > 1) {
    number = whole[1];
    rest = cells.slice(1).map((c) => c.text);
  } else {
    const m = NUMBER_PREFIX.exec(cells[0].text);
    if (!m) return null;
    number = m[1];
    rest = [cells[0].text.slice(m[0].length), ...cells.slice(1).map((c) => c.text)];
  }
  const h = fromCells(number, rest, cells[0].x);
  return h && marginRange && !h.pages ? { ...h, pages: marginRange } : h;
}

function fromCells(number: string | null, rest: string[], x: number): Heading | null {
  let pages: Range | null = null;
  const text: string[] = [];
  for (const cell of rest) {
    const range = bareRange(cell);
    if (range && !pages) pages = range;
    else text.push(cell);
  }
  if (text.length === 0) return null;
  // "Finance - | K & A Thompson …": a title ending in a dash or colon introduces a column of
  // detail. Otherwise the gaps are justified spacing inside one title ("Pecuniary | Interests | or").
  const introduces = LEAD_IN.test(text[0]);
  const split = splitTitle(introduces ? text[0] : text.join(' '));
  if (tidyTitle(split.title) === '' || !/[A-Za-z]/.test(split.title)) return null;
  const extra = introduces ? text.slice(1).join(' ').trim() : '';
  return { number, title: split.title, pages: pages ?? split.pages, time: split.time, extra: extra === '' ? null : extra, x };
}

/** A CMIS heading whose number was lost and whose range was glued on: "29 - 78 PROGRESS REPORT …". */
export function readRangeLedHeading(line: Line): Heading | null {
  const cells = cellTexts(line);
  if (cells.length === 0) return null;
  const led = leadingRange(cells[0].text);
  if (!led || !/^[A-Z]/.test(led.rest)) return null;
  const h = fromCells(null, [led.rest, ...cells.slice(1).map((c) => c.text)], cells[0].x);
  return h && { ...h, pages: led.range };
}

/**
 * A numbered heading at `i`, and how many lines it takes: one, or two where plain-text
 * extraction put the number on a line of its own and the title on the next ("1." / "Apologies").
 */
export function readHeadingAt(lines: Line[], i: number): { heading: Heading; lines: number } | null {
  const line = lines[i];
  const one = readNumberedHeading(line);
  if (one) return { heading: one, lines: 1 };
  const cells = cellTexts(line);
  const alone = cells.length === 1 ? NUMBER_CELL.exec(cells[0].text) : null;
  const next = lines[i + 1];
  if (!alone || !next || next.page !== line.page) return null;
  const nextCells = cellTexts(next);
  if (nextCells.length === 0 || NUMBER_CELL.test(nextCells[0].text) || bareRange(nextCells[0].text) || readNumberedHeading(next)) return null;
  const h = fromCells(alone[1], nextCells.map((c) => c.text), cells[0].x);
  return h && { heading: h, lines: 2 };
}
