/**
 * Agenda-item readers: one small reader per way an agenda prints an item's heading,
 * registered in an ordered table (`ITEM_READERS`). At each line of the sheet the item
 * parser (items.ts) asks them in order; the first that recognises a heading opens the item.
 * Specific styles come first; the generic reader sits last and reads a list of headings that
 * carry no number at all, so a new council's agenda degrades to unnumbered items, not none.
 *
 * Readers only recognise; the item parser keeps the cursor, the claimed lines and the
 * sequence of numbers.
 */
import type { Line } from '../../layout/types.js';
import { findDate } from '../../text/dates.js';
import { findTime } from '../common/times.js';
import { isShouting } from '../common/case.js';
import { fieldText as clean } from '../../text/join.js';
import { isAgendaTitle, isSectionMarker, signOffLength } from './blocks.js';
import { agendaNumberFollows, isSubNumber, nextNumber, readHeadingAt, readRangeLedHeading, splitTitle, type Heading } from './item-heading.js';

/** What a reader sees: the lines, where the parser is, and the items read so far. */
export interface ItemScan {
  lines: Line[];
  i: number;
  /** Index of the first item's heading (the caller found it). */
  start: number;
  /** The item being read, if any. */
  cur: { number: string | null; parent?: string; x: number; generic?: boolean; hasText: boolean } | null;
  /** Left edge of the first item's number: the agenda's number column. */
  firstX: number | null;
  /** The last item number read. */
  last: string | null;
  stopTexts: string[];
  /** True when the line carries on the current item's wrapped title (PDF spacing says so). */
  continuesTitle: boolean;
}

export interface ItemMatch {
  heading: Heading;
  number: string | null;
  /** True when the number is not printed and was inferred from the sequence. */
  inferred: boolean;
  /** For a lettered sub-item, the number of its item. */
  parent?: string;
  /** True for an item read by the generic reader (no number printed). */
  generic?: boolean;
  /** How many lines the heading takes. */
  lines: number;
}

export interface ItemReader {
  name: string;
  read(scan: ItemScan): ItemMatch | null;
}

/**
 * Item numbers sit in one column; a number printed further right is part of a title or
 * description ("2025 and, if in order, …"). 15 points (or characters) allows for "10." being
 * set a little left of "9." and for indented numbering in text extractions.
 */
const NUMBER_COLUMN_TOLERANCE = 15;

/** How far ahead to look for the numbered heading that confirms an inferred number. */
const INFERENCE_LOOKAHEAD_LINES = 60;

/** The next document's opening lines, when it is not announced by a repeat of the sheet's heading. */
const NEXT_DOCUMENT = /^(?:(?:minutes|action notes|notes) of (?:a|the) (?:meeting|proceedings)\b|present\s*:|minutes$|action notes$)/i;

/** A meeting note's own labelled sections ("Attendance:", "Discussion Summary:"): the agenda list above them has ended. */
const NOTE_SECTION = /^(?:attendance|attendees|also present|in attendance|discussion(?: summary)?|summary|actions?|action points)\s*:$/i;

/** A line that ends the front sheet: the next document's opening, or a repeat of the sheet's own heading. */
export function isStop(text: string, stopTexts: string[]): boolean {
  const upper = text.toUpperCase();
  return NEXT_DOCUMENT.test(text) || NOTE_SECTION.test(text) || stopTexts.some((s) => upper.startsWith(s.toUpperCase()));
}

// ---------------------------------------------------------------------------------------

/**
 * A numbered heading — ModernGov "1. | Apologies", CMIS "4 MINUTES", parish "10.To receive …",
 * decimal "8.1.To approve …" — when its number is the next in the sequence and it sits in the
 * number column (decimal sub-items are indented under their item). The first item is whatever
 * number the caller started at: a supplementary agenda opens at the item it supplements.
 */
const numberedItem: ItemReader = {
  name: 'numbered',
  read({ lines, i, start, cur, firstX, last }) {
    const at = readHeadingAt(lines, i);
    const h = at?.heading;
    if (!at || !h?.number) return null;
    const inColumn = firstX === null || Math.abs(h.x - firstX) <= NUMBER_COLUMN_TOLERANCE || isSubNumber(h.number);
    if (!inColumn || !(agendaNumberFollows(last, h.number) || (i === start && cur === null))) return null;
    return { heading: h, number: h.number, inferred: false, lines: at.lines };
  },
};

/**
 * A lettered sub-item: "a) To approve Heads of Terms …", "(b) To approve the June bank
 * reconciliations". Kept as an item of its own, numbered after its item ("10b").
 */
const LETTERED = /^\(?([a-z])\)\s*(\S.*)$/;

const letteredSubItem: ItemReader = {
  name: 'lettered-sub-item',
  read({ lines, i, cur }) {
    const line = lines[i];
    const m = LETTERED.exec(clean(line.text));
    if (!m || !cur?.number) return null;
    // "a)" opens the sub-items of a numbered item; after a sub-item any letter follows, as printed.
    const parent = cur.parent ?? (m[1] === 'a' && !isSubNumber(cur.number) ? cur.number : null);
    if (parent === null) return null;
    const split = splitTitle(m[2]);
    const heading: Heading = { number: null, title: split.title, pages: split.pages, time: split.time, extra: null, x: line.cells[0]?.x ?? line.x };
    return { heading, number: `${parent}${m[1]}`, inferred: false, parent, lines: 1 };
  },
};

/**
 * A heading printed without its number (CMIS through some extractors: "29 - 78 PROGRESS
 * REPORT …", or a capitalised title after an item's text), accepted only when the sequence
 * around it proves the number.
 */
const lostNumberItem: ItemReader = {
  name: 'lost-number',
  read({ lines, i, cur, last, stopTexts, continuesTitle }) {
    if (!cur || continuesTitle || cur.generic) return null;
    const line = lines[i];
    const text = clean(line.text);
    let h = readRangeLedHeading(line);
    if (h && !(isShouting(h.title) || line.bold)) h = null;
    if (!h && cur.hasText && isShouting(text) && text.split(' ').length >= 2 && !isSectionMarker(text) && !isAgendaTitle(text) && !isStop(text, stopTexts)) {
      const split = splitTitle(text);
      if (/[A-Z]/.test(split.title)) h = { number: null, title: split.title, pages: split.pages, time: split.time, extra: null, x: line.x };
    }
    if (!h) return null;
    const guess = nextNumber(last);
    const ahead = numberedAhead(lines, i + 1, stopTexts);
    // A range-led CMIS heading is a heading by its shape; with nothing numbered after it, it is the last item.
    const proven = ahead !== null ? agendaNumberFollows(guess, ahead) : readRangeLedHeading(line) !== null;
    return proven ? { heading: h, number: guess, inferred: true, lines: 1 } : null;
  },
};

/** The number of the next numbered heading ahead, or null. */
function numberedAhead(lines: Line[], from: number, stopTexts: string[]): string | null {
  for (let j = from; j < Math.min(lines.length, from + INFERENCE_LOOKAHEAD_LINES); j++) {
    const text = clean(lines[j].text);
    if (isStop(text, stopTexts) || signOffLength(lines, j) > 0) return null;
    const h = readHeadingAt(lines, j)?.heading;
    if (h?.number) return h.number;
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// The generic reader: an agenda that numbers nothing (a board's web page: "Agenda" and a
// bulleted list). Each heading is told by features that hold across publishers: a short line,
// in the column of the one before, not a sentence, not a date.

/** A heading of an unnumbered agenda is a short line; longer lines are text. */
export const GENERIC_TITLE_MAX_WORDS = 16;

/** Whether a line reads as an unnumbered item heading. */
export function looksLikeUnnumberedItem(line: Line): boolean {
  const text = clean(line.text);
  if (text === '' || text.split(' ').length > GENERIC_TITLE_MAX_WORDS || !/^[A-Z]/.test(text)) return false;
  if (readHeadingAt([line], 0) !== null || isAgendaTitle(text) || isSectionMarker(text)) return false;
  // A date or time alone, or a sentence that ends in a full stop, is not an item.
  if ((findDate(text) && text.length < 40) || (findTime(text) && text.length < 12) || /[a-z]{3,}\.$/.test(text)) return false;
  return true;
}

const genericItem: ItemReader = {
  name: 'generic-unnumbered',
  read({ lines, i, start, cur }) {
    const line = lines[i];
    // Only where the agenda opened with an unnumbered item, and in that item's column.
    const first = i === start && cur === null;
    if (!first && !(cur?.generic && Math.abs(line.x - cur.x) <= 1)) return null;
    if (!looksLikeUnnumberedItem(line)) return null;
    const split = splitTitle(clean(line.text));
    const heading: Heading = { number: null, title: split.title, pages: split.pages, time: split.time, extra: null, x: line.x };
    return { heading, number: null, inferred: false, generic: true, lines: 1 };
  },
};

/** Every item reader, most specific first; the generic reader last. */
export const ITEM_READERS: ItemReader[] = [numberedItem, letteredSubItem, lostNumberItem, genericItem];
