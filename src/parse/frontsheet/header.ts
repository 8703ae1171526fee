/**
 * The lines above a front sheet's first item (or a report's opening lines), as the meeting
 * readers see them: markup and the contact column removed, and the shared sub-readings
 * every house style needs — the council's name, dates with their times, venues, the
 * committee's name above a date.
 */
import type { Line } from '../../layout/types.js';
import { findDate } from '../../text/dates.js';
import { findTime } from '../common/times.js';
import { isAgendaTitle } from './blocks.js';
import { fieldText as clean } from '../../text/join.js';
import { isShouting, nameCase } from '../common/case.js';

/** Labels of the contact column ModernGov prints beside the meeting details. */
export const CONTACT_LABEL = /\b(?:Ask for|Clerk|Telephone|Tel|Phone|E-?mail|Contact|Direct line|Direct Dial(?:\/Ext)?|Enquiries to)\s*:|\b(?:Telephone|Tel\.?|Phone)\s+(?=\(?0\d)/i;

/** Fragments of an e-mail address or web address wrapped onto lines of their own. */
const CONTACT_FRAGMENT = /\w@\w|^\.?[a-z]+(?:\.[a-z]+)+$|^https?:|^www\./i;

/** "Birmingham City Council", "MILBURN PARISH COUNCIL", "Kent County Council": a council's name on a line of its own. */
const COUNCIL_NAME = /^(?:[A-Z][\w'’.-]*\s+)(?:(?:[A-Z][\w'’.-]*|of|upon|on|in|the|and|&)\s+)*(?:City|County|Borough|District|Metropolitan Borough|Town|Parish|Community|Village|Unitary|Combined) (?:Council|Authority)$/;

/** London's and royal boroughs name themselves without the word "Council". */
const BOROUGH_NAME = /^(?:London|Royal) Borough of [A-Z][\w'’ -]+$/;

/** The addressees of a summons, printed on their own line when "To:" is split off: not the council's name. */
const ADDRESSED_TO = /\bmembers\b|^all\b/i;

/** A heading that names a council within a longer title ("NOTICE OF THE PARISH COUNCIL MEETING OF …") is not the name. */
const NOT_A_NAME = /\b(?:meeting|notice|agenda|summons)\b/i;

/** Lines that title the summons rather than name the meeting. */
const TITLE_WORDS = /^(?:summons\b|agenda\b|meeting on$|meeting to be held\b|notice\b|to:)/i;

/** A line that reads as a sentence ("Members of the public … are welcome to attend"), never a committee's name. */
const SENTENCE = /\s(?:are|is|will|shall|may|can)\s/i;

/** One member of the committee, as membership lists print them. */
export const MEMBER = /^(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][\w'’ .-]+?(?:,? (?:MBE|OBE|CBE))?(?:\s*\((?:Chair|Chairman|Vice-Chair|Vice-Chairman|Vice Chair)\))?$/;

/** Words that open a venue line in CMIS ("IN COMMITTEE ROOMS 3 & 4"). */
const VENUE_OPENER = /^(?:in|at|held (?:in|at))\s+/i;

/** A name set in capitals wraps over at most this many lines ("WHITBOURNE PARISH / COUNCIL"). */
const NAME_MAX_LINES = 2;
/** The wrapped part of such a name is its last word or two. */
const WRAPPED_TAIL_WORDS = 2;

export interface HeaderLine {
  line: Line;
  /** Text with markup and the contact column removed. */
  text: string;
  contact: boolean;
}

/** The x where the contact column starts (the cell after "Ask for:"), if the sheet has one. */
function contactColumn(lines: Line[]): number | null {
  for (const l of lines) {
    for (let c = 1; c < l.cells.length; c++) if (CONTACT_LABEL.test(l.cells[c - 1].text)) return l.cells[c].x;
  }
  return null;
}

export function readHeader(lines: Line[]): HeaderLine[] {
  const column = contactColumn(lines);
  return lines.map((line) => {
    const cells = line.cells.length > 0 ? line.cells : [{ text: line.text, x: line.x, x2: line.x2, bold: line.bold }];
    const kept = column === null ? cells : cells.filter((c) => c.x < column - 1);
    let text = clean(kept.map((c) => c.text).join(' '));
    const label = CONTACT_LABEL.exec(text);
    if (label) text = text.slice(0, label.index).trim();
    const contact = text === '' || CONTACT_FRAGMENT.test(text);
    return { line, text: contact ? '' : text, contact };
  });
}

/** Whether the text is a council's name ("Kent County Council", "Royal Borough of …"). */
export function isCouncilName(text: string): boolean {
  const name = nameCase(text);
  return (COUNCIL_NAME.test(name) || BOROUGH_NAME.test(name)) && !ADDRESSED_TO.test(text) && !NOT_A_NAME.test(text);
}

/** The council's name on a line of its own, or wrapped over two: its header indexes and the name. */
export function councilNameAt(header: HeaderLine[]): { lines: number[]; name: string } | null {
  for (let i = 0; i < header.length; i++) {
    for (let n = 1; n <= NAME_MAX_LINES && i + n <= header.length; n++) {
      const parts = header.slice(i, i + n);
      if (parts.some((h) => h.text === '')) break;
      // Only a capitalised banner wraps its last word ("… PARISH / COUNCIL"); a stamp above a name does not.
      if (n > 1 && !(parts.every((h) => isShouting(h.text)) && parts[n - 1].text.split(' ').length <= WRAPPED_TAIL_WORDS)) break;
      const text = parts.map((h) => h.text).join(' ');
      if (isCouncilName(text)) return { lines: parts.map((_, k) => i + k), name: nameCase(text) };
    }
  }
  return null;
}

/** A line that gives the time of the date above it: "at 10.00 am" (ModernGov's cover), "@ 7.30pm". */
const TIME_LINE = /^(?:at|@|commencing at|starting at)?\s*\d/i;

/** The end of a time slot printed after the start: "-21:00", "– 9.00 pm". */
const SLOT_END = /^\s*[-–—]\s*\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?/i;

export interface DateAt {
  /** Index of the first and last header line the date (and its time) occupy. */
  first: number;
  last: number;
  iso: string;
  time: string | null;
  /** What follows the time on the last line ("IN COMMITTEE ROOM 2 …"), if anything. */
  rest: string;
}

/** Dates printed in the header, each with the time printed with it (possibly on the next line). */
export function headerDates(header: HeaderLine[]): DateAt[] {
  const out: DateAt[] = [];
  for (let i = 0; i < header.length; i++) {
    if (header[i].text === '') continue;
    for (let j = i; j < Math.min(header.length, i + 3); j++) {
      const joined = header.slice(i, j + 1).map((h) => h.text).join(' ');
      const d = findDate(joined);
      if (!d) continue;
      if (d.index >= header[i].text.length) break; // the date starts on a later line
      let after = joined.slice(d.end);
      let last = j;
      let t = findTime(after);
      if (!t && j + 1 < header.length && TIME_LINE.test(header[j + 1].text)) {
        const next = findTime(header[j + 1].text);
        if (next) {
          t = next;
          after = header[j + 1].text;
          last = j + 1;
        }
      }
      // "19:00-21:00": the end of the meeting's slot is not part of what follows it.
      const rest = t ? after.slice(t.end).replace(/^\s*(?:hours|hrs)\b/i, '').replace(SLOT_END, '').trim() : '';
      out.push({ first: i, last, iso: d.iso, time: t?.hhmm ?? null, rest });
      i = last;
      break;
    }
  }
  return out;
}

export function tidyVenue(text: string): string | null {
  const v = text
    .replace(VENUE_OPENER, '')
    .replace(/^the\s+/i, '')
    .replace(/,(?:\s*,)+/g, ',') // "VICTORIA SQUARE, , B1 1BB": an empty address line in the template
    .replace(/[\s,;.]+$/, '')
    .trim();
  return v === '' ? null : nameCase(v);
}

/** The committee's name: the run of name lines just above the date line, below the council's name. */
export function committeeAbove(header: HeaderLine[], dateIndex: number, bodyIndex: number): { lines: number[]; name: string } | null {
  const run: number[] = [];
  for (let i = dateIndex - 1; i > bodyIndex && i >= 0; i--) {
    const t = header[i].text;
    if (t === '' || header[i].contact) {
      if (run.length > 0) break;
      continue;
    }
    // ModernGov prints "Agenda" under the committee's name on some councils' sheets, above it on others.
    if (isAgendaTitle(t) && run.length === 0) continue;
    if (isAgendaTitle(t) || TITLE_WORDS.test(t) || SENTENCE.test(t) || /[.:;]$/.test(t) || t.split(' ').length > 15 || findDate(t) || MEMBER.test(t)) break;
    run.unshift(i);
  }
  if (run.length === 0) return null;
  return { lines: run, name: nameCase(run.map((i) => header[i].text).join(' ')) };
}
