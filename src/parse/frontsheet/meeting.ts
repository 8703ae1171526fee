/**
 * The meeting a front sheet calls: council, committee, date, time and venue, read from the
 * lines above the first agenda item.
 *
 * Three house styles print these differently:
 * - ModernGov summons: "A meeting of the County Council will be held in the Council Chamber,
 *   County Hall, Maidstone, Kent, ME14 1XQ on Thursday, 13th March, 2025 at 10.00 am …" —
 *   the sentence is trusted first (the letter's issue date is printed above it);
 * - headed blocks (CMIS, ModernGov committee sheets, parish agendas): council name, committee
 *   name, "WEDNESDAY, 04 DECEMBER 2024 AT 10:00 HOURS", then the venue on the next lines;
 *   ModernGov puts "Ask for: / Telephone: / Email:" in a right-hand column beside them;
 * - parish: "MILBURN PARISH COUNCIL / MEETING TO BE HELD ON TUESDAY, / 3rd SEPTEMBER 2019 @
 *   7.30pm / MILBURN VILLAGE HALL".
 *
 * Names printed wholly in capitals are given in their usual case (see clean.ts nameCase).
 */
import type { Line } from '../../layout/types.js';
import type { Meeting } from '../../schema/pack.js';
import { findDate } from '../common/dates.js';
import { findTime } from '../common/times.js';
import { continuesParagraph, isAgendaTitle, isBracketedNote, isSectionMarker, paragraphs, paragraphText, PERSON_NAME } from './blocks.js';
import { cleanMarkup as clean } from '../common/join.js';
import { isShouting, nameCase } from '../common/case.js';

/** Labels of the contact column ModernGov prints beside the meeting details. */
const CONTACT_LABEL = /\b(?:Ask for|Clerk|Telephone|Tel|Phone|E-?mail|Contact|Direct line|Enquiries to)\s*:|\b(?:Telephone|Tel\.?|Phone)\s+(?=\(?0\d)/i;

/**
 * Standard blocks of a ModernGov committee sheet above the items: the membership list
 * ("Membership (15)", "Conservative (11): Mr D L Brazier (Chair), …") and the webcasting
 * notice. They are known parts of the sheet, read through to the next marker.
 */
const STANDARD_BLOCK = /^(?:Membership\b|Webcast(?:ing)? Notice\b|Notice of Webcast)/i;

/** Fragments of an e-mail address or web address wrapped onto lines of their own. */
const CONTACT_FRAGMENT = /\w@\w|^\.?[a-z]+(?:\.[a-z]+)+$|^https?:|^www\./i;

/** "Birmingham City Council", "MILBURN PARISH COUNCIL", "Kent County Council": a council's name on a line of its own. */
const COUNCIL_NAME = /^(?:[A-Z][\w'’.-]*\s+)(?:(?:[A-Z][\w'’.-]*|of|upon|on|in|the|and|&)\s+)*(?:City|County|Borough|District|Metropolitan Borough|Town|Parish|Community|Village|Unitary|Combined) (?:Council|Authority)$/;

/** London's and royal boroughs name themselves without the word "Council". */
const BOROUGH_NAME = /^(?:London|Royal) Borough of [A-Z][\w'’ -]+$/;

/** The ModernGov summons sentence. */
const SUMMONS =
  /\bmeeting of (?:the )?(.+?) (?:will|is to|shall) be held (?:in|at) (?:the )?(.+?),? on ((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? .+?\d{4})(?:,? at ([^.]+?))?(?= to deal| to transact|\.|$)/i;

/** Lines that title the summons rather than name the meeting. */
const TITLE_WORDS = /^(?:summons\b|agenda\b|meeting on$|meeting to be held\b|notice\b|to:)/i;

/** A "To: All Members of …" line addressing the summons. */
const ADDRESSEE = /^To\s*:/i;
/** ModernGov stamps its published packs "Public Document Pack" above the sheet. */
const PUBLISHER_STAMP = /^(?:Public Document Pack|Supplementary Document Pack)$/i;

/** The addressees of a summons, printed on their own line when "To:" is split off: not the council's name. */
const ADDRESSED_TO = /\bmembers\b|^all\b/i;

/** "Venue: Council Chamber" and the like, wherever printed. */
const VENUE_LABEL = /^(?:venue|place|location)\s*:\s*(.+)$/i;

/** One member of the committee, as membership lists print them. */
const MEMBER = /^(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][\w'’ .-]+?(?:,? (?:MBE|OBE|CBE))?(?:\s*\((?:Chair|Chairman|Vice-Chair|Vice-Chairman|Vice Chair)\))?$/;

/** Words that open a venue line in CMIS ("IN COMMITTEE ROOMS 3 & 4"). */
const VENUE_OPENER = /^(?:in|at|held (?:in|at))\s+/i;

/** Lines of an office address in a letterhead ("DEMOCRATIC SERVICES", "SESSIONS HOUSE") are a few words each. */
const LETTERHEAD_WORDS = 4;

/** A venue runs over at most this many lines; more is a paragraph of something else. */
const MAX_VENUE_LINES = 3;

/** A venue line is an address, never a sentence of this many words. */
const MAX_VENUE_WORDS = 14;

interface HeaderLine {
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

function readHeader(lines: Line[]): HeaderLine[] {
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

/** A line that gives the time of the date above it: "at 10.00 am" (ModernGov's cover), "@ 7.30pm". */
const TIME_LINE = /^(?:at|@|commencing at|starting at)?\s*\d/i;

interface DateAt {
  /** Index of the first and last header line the date (and its time) occupy. */
  first: number;
  last: number;
  iso: string;
  time: string | null;
  /** What follows the time on the last line ("IN COMMITTEE ROOM 2 …"), if anything. */
  rest: string;
}

/** Dates printed in the header, each with the time printed with it (possibly on the next line). */
function headerDates(header: HeaderLine[]): DateAt[] {
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
      const rest = t ? after.slice(t.end).replace(/^\s*(?:hours|hrs)\b/i, '').trim() : '';
      out.push({ first: i, last, iso: d.iso, time: t?.hhmm ?? null, rest });
      i = last;
      break;
    }
  }
  return out;
}

function tidyVenue(text: string): string | null {
  const v = text
    .replace(VENUE_OPENER, '')
    .replace(/^the\s+/i, '')
    .replace(/,(?:\s*,)+/g, ',') // "VICTORIA SQUARE, , B1 1BB": an empty address line in the template
    .replace(/[\s,;.]+$/, '')
    .trim();
  return v === '' ? null : nameCase(v);
}

export interface MeetingReading {
  meeting: Meeting;
  /** Header lines that were read as meeting details (or known furniture of the sheet). */
  claimed: Set<number>;
}

/** What the header's readers find, filled in step by step. */
interface Found {
  header: HeaderLine[];
  claimed: Set<number>;
  body: string | null;
  bodyIndex: number;
  committee: string | null;
  date: string | null;
  time: string | null;
  venue: string | null;
  /** Header index of the line the meeting's details start at (its provenance). */
  sourceIndex: number;
}

export function parseMeeting(lines: Line[]): MeetingReading {
  const f: Found = { header: readHeader(lines), claimed: new Set(), body: null, bodyIndex: -1, committee: null, date: null, time: null, venue: null, sourceIndex: -1 };
  claimSheetFurniture(f);
  readCouncilName(f);
  readSummons(f);
  const dates = headerDates(f.header);
  const main = dates.find((d) => d.time !== null) ?? dates[0];
  if (main) readHeadedBlock(f, main, lines);
  const cover = coverCommittee(f.header, (i) => claimAt(f, i));
  if (f.committee === null) f.committee = cover;
  claimIssueDate(f, dates, main);
  readVenueLabel(f);
  claimStandardBlocks(f);
  // A sheet headed by the council's name alone calls a meeting of the council itself.
  if (f.committee === null && f.body !== null && main) f.committee = f.body;

  const at = f.sourceIndex >= 0 ? f.header[f.sourceIndex].line : f.bodyIndex >= 0 ? f.header[f.bodyIndex].line : lines[0];
  const { body, committee, date, time, venue } = f;
  return { meeting: { body, committee, date, time, venue, source: { page: at?.page ?? null, line: at?.line ?? null } }, claimed: f.claimed };
}

function claimAt(f: Found, i: number): void {
  f.claimed.add(f.header[i].line.line);
}

/** Contact details, the AGENDA title, "To: All Members …", section markers and their notes, stray punctuation. */
function claimSheetFurniture(f: Found): void {
  f.header.forEach((h, i) => {
    if (h.contact || isAgendaTitle(h.text) || ADDRESSEE.test(h.text) || PUBLISHER_STAMP.test(h.text) || !/[A-Za-z0-9]/.test(h.text)) claimAt(f, i);
    // "To:" printed alone: the addressees are on the next line.
    if (/^To\s*:$/i.test(h.text) && i + 1 < f.header.length) claimAt(f, i + 1);
    if (isSectionMarker(h.text)) {
      claimAt(f, i);
      if (i + 1 < f.header.length && isBracketedNote(f.header[i + 1].text)) claimAt(f, i + 1);
    }
  });
}

function readCouncilName(f: Found): void {
  const i = f.header.findIndex((h) => {
    const name = nameCase(h.text);
    return (COUNCIL_NAME.test(name) || BOROUGH_NAME.test(name)) && !ADDRESSED_TO.test(h.text);
  });
  if (i < 0) return;
  f.body = nameCase(f.header[i].text);
  f.bodyIndex = i;
  claimAt(f, i);
}

/** The ModernGov summons sentence, read as a paragraph; trusted before the headed block. */
function readSummons(f: Found): void {
  for (const para of paragraphs(f.header.filter((h) => h.text !== '').map((h) => h.line))) {
    const m = SUMMONS.exec(paragraphText(para));
    if (!m) continue;
    f.committee = nameCase(m[1].trim());
    f.venue = tidyVenue(m[2]);
    f.date = findDate(m[3])?.iso ?? null;
    f.time = m[4] ? (findTime(m[4])?.hhmm ?? null) : null;
    for (const l of para) f.claimed.add(l.line);
    f.sourceIndex = f.header.findIndex((h) => h.line === para[0]);
    return;
  }
}

/** The headed block: a date line with its time, the venue below it, the committee above it. */
function readHeadedBlock(f: Found, main: DateAt, lines: Line[]): void {
  const { header } = f;
  for (let i = main.first; i <= main.last; i++) claimAt(f, i);
  if (f.sourceIndex < 0) f.sourceIndex = main.first;
  if (f.date === null) {
    f.date = main.iso;
    f.time = main.time;
  } else if (main.iso === f.date && f.time === null) f.time = main.time;
  // The words before the date on its first line ("MEETING TO BE HELD ON") and a weekday on the line above.
  if (main.first > 0 && /\b(?:held on|meeting on)\b|day,?$/i.test(header[main.first - 1].text)) claimAt(f, main.first - 1);

  const askForAlone = lines.some((l) => /\bAsk for\s*:\s*$/i.test(clean(l.text)));
  const venueParts: string[] = main.rest !== '' ? [main.rest] : [];
  let prev = header[main.last].line;
  for (let i = main.last + 1; i < header.length && venueParts.length < MAX_VENUE_LINES; i++) {
    const h = header[i];
    if (h.contact) continue;
    if (!continuesBlock(prev, h.line, venueParts.length === 0)) break;
    if (isBracketedNote(h.text) || /^[^(]*\)$/.test(h.text)) {
      claimAt(f, i); // "(or on the rising of Full Council, / whichever is the later)": a note on the time
      prev = h.line;
      continue;
    }
    // Raw text puts the "Ask for:" name on a line of its own below the venue.
    if (askForAlone && PERSON_NAME.test(h.text)) {
      claimAt(f, i);
      break;
    }
    if (endsVenue(h.text) || h.text.split(' ').length > MAX_VENUE_WORDS || /^note\b/i.test(h.text)) break;
    venueParts.push(h.text);
    claimAt(f, i);
    prev = h.line;
  }
  if (f.venue === null && venueParts.length > 0) f.venue = tidyVenue(venueParts.join(' '));
  if (f.committee === null) f.committee = committeeAbove(header, main.first, f.bodyIndex, (i) => claimAt(f, i));
}

/** The letter's issue date ("Wednesday, 5 March 2025") and the office address printed above it. */
function claimIssueDate(f: Found, dates: DateAt[], main: DateAt | undefined): void {
  for (const d of dates) {
    if (d === main || d.time !== null || d.first !== d.last) continue;
    claimAt(f, d.first);
    for (let i = d.first - 1; i >= 0 && isShouting(f.header[i].text) && f.header[i].text.split(' ').length <= LETTERHEAD_WORDS; i--) {
      if (f.claimed.has(f.header[i].line.line)) break;
      claimAt(f, i);
    }
  }
}

/** "Venue: Jim Cooke Conference Suite, … / Stockton-on-Tees TS18 1TU": a labelled venue wins. */
function readVenueLabel(f: Found): void {
  const { header } = f;
  for (let i = 0; i < header.length; i++) {
    const m = VENUE_LABEL.exec(header[i].text);
    if (!m) continue;
    const parts = [m[1]];
    claimAt(f, i);
    for (let j = i + 1; j < header.length && j < i + MAX_VENUE_LINES && continuesParagraph(header[j - 1].line, header[j].line) && !endsVenue(header[j].text); j++) {
      parts.push(header[j].text);
      claimAt(f, j);
    }
    f.venue = tidyVenue(parts.join(' '));
  }
}

/** ModernGov's membership and webcasting blocks, and lists of members ("Cllr Carol Clark | Cllr John Coulson"). */
function claimStandardBlocks(f: Found): void {
  const { header } = f;
  for (let i = 0; i < header.length; i++) {
    if (!STANDARD_BLOCK.test(header[i].text)) continue;
    claimAt(f, i);
    for (let j = i + 1; j < header.length; j++) {
      const t = header[j].text;
      if (STANDARD_BLOCK.test(t) || isAgendaTitle(t) || isSectionMarker(t) || (findDate(t) && findTime(t))) break;
      claimAt(f, j);
      i = j;
    }
  }
  header.forEach((h, i) => {
    const cells = h.line.cells.length > 0 ? h.line.cells.map((c) => clean(c.text)) : [h.text];
    if (cells.every((c) => MEMBER.test(c))) claimAt(f, i);
  });
}

/** A line that cannot be part of a venue: a label ("Membership:"), a marker, a member, a date. */
function endsVenue(text: string): boolean {
  return /^\w[\w ]*:/.test(text) || isAgendaTitle(text) || isSectionMarker(text) || STANDARD_BLOCK.test(text) || MEMBER.test(text) || findDate(text) !== null;
}

/**
 * Some sheets leave a blank line between the date and the venue; up to this many times the
 * font size still reads as the same heading block (a new block is set further away).
 */
const DATE_TO_VENUE_LEADING = 2.5;

/** Venue lines follow the date line directly: tight spacing in a PDF, the next line in text. */
function continuesBlock(prev: Line, next: Line, first: boolean): boolean {
  // Text sources keep no spacing: the loop's own limits (agenda title, line count) end the venue there.
  if (prev.size === null || next.size === null) return true;
  if (first && prev.page === next.page) {
    const gap = next.y - prev.y;
    return gap > 0 && gap <= DATE_TO_VENUE_LEADING * Math.max(prev.size, next.size);
  }
  return continuesParagraph(prev, next);
}

/** The committee's name: the run of name lines just above the date line, below the council's name. */
function committeeAbove(header: HeaderLine[], dateIndex: number, bodyIndex: number, claimAt: (i: number) => void): string | null {
  const run: number[] = [];
  for (let i = dateIndex - 1; i > bodyIndex && i >= 0; i--) {
    const t = header[i].text;
    if (t === '' || header[i].contact) {
      if (run.length > 0) break;
      continue;
    }
    // ModernGov prints "Agenda" under the committee's name on some councils' sheets, above it on others.
    if (isAgendaTitle(t) && run.length === 0) continue;
    if (isAgendaTitle(t) || TITLE_WORDS.test(t) || /[.:;]$/.test(t) || t.split(' ').length > 15 || findDate(t) || MEMBER.test(t)) break;
    run.unshift(i);
  }
  if (run.length === 0) return null;
  run.forEach(claimAt);
  return nameCase(run.map((i) => header[i].text).join(' '));
}

/** ModernGov's cover: "Agenda for the Budget / County Council / Meeting on": the words between. */
function coverCommittee(header: HeaderLine[], claimAt: (i: number) => void): string | null {
  const open = header.findIndex((h) => /^Agenda for\b/i.test(h.text));
  if (open < 0) return null;
  const close = header.findIndex((h, i) => i >= open && /\bMeeting on$/i.test(h.text));
  if (close < 0 || close - open > 3) return null;
  for (let i = open; i <= close; i++) claimAt(i);
  const text = header.slice(open, close + 1).map((h) => h.text).join(' ');
  const m = /^Agenda for (?:the|a|an) (.+?) Meeting on$/i.exec(text);
  return m ? nameCase(m[1].trim()) : null;
}
