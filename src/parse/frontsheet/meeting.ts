/**
 * The meeting a paper is for: council, committee, date, time and venue, read from the lines
 * above a front sheet's first agenda item, or from the opening of a report printed alone.
 *
 * The readers (meeting-readers.ts) each propose what their house style prints; here each
 * field is taken from the first reader in the table that gives it. Lines that are known
 * parts of a sheet but say nothing about the meeting (contact details, the AGENDA title,
 * the membership list, the letter's issue date) are claimed by the furniture rules below, so
 * that what is left is reported as unplaced.
 *
 * Names printed wholly in capitals are given in their usual case (see case.ts nameCase).
 */
import type { Line } from '../../layout/types.js';
import type { Meeting } from '../../schema/pack.js';
import { findDate } from '../../text/dates.js';
import { findTime } from '../common/times.js';
import { isShouting } from '../common/case.js';
import { isAgendaTitle, isBracketedNote, isItemColumnHeading, isSectionMarker, PERSON_NAME } from './blocks.js';
import { headerDates, MEMBER, readHeader, type HeaderLine } from './header.js';
import { MEETING_READERS, STANDARD_BLOCK, type Known, type MeetingFields, type MeetingReader } from './meeting-readers.js';
import { fieldText as clean } from '../../text/join.js';

/** A "To: All Members of …" line addressing the summons. */
const ADDRESSEE = /^To\s*:/i;
/** ModernGov stamps its published packs "Public Document Pack" above the sheet. */
const PUBLISHER_STAMP = /^(?:Public Document Pack|Supplementary Document Pack)$/i;
/** The council's officers in a parish letterhead or under the summons: "Chairman – Chris Wilton", "Clerk/RFO - 01886 …". */
const OFFICER_LINE = /^(?:Chair(?:man)?|Vice[- ]Chair(?:man)?|(?:Parish |Town )?Clerk(?:\/RFO)?|RFO|Proper Officer)\s*[-–—:]\s*\S/i;
/** A UK postcode closing a letterhead's address line ("… Petersfield, Hants GU32 1AX"). */
const POSTCODE_END = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/;

/** Lines of an office address in a letterhead ("DEMOCRATIC SERVICES", "SESSIONS HOUSE") are a few words each. */
const LETTERHEAD_WORDS = 4;

export interface MeetingReading {
  meeting: Meeting;
  /** Header lines that were read as meeting details (or known furniture of the sheet). */
  claimed: Set<number>;
}

const FIELDS: Array<keyof MeetingFields> = ['body', 'committee', 'date', 'time', 'venue'];

/** Run the readers in order; each field comes from the first reader that gives it. */
function readWith(readers: MeetingReader[], header: HeaderLine[], claimed: Set<number>): { known: Known; at: number } {
  const known: Known = { body: null, committee: null, date: null, time: null, venue: null, bodyAt: -1 };
  let dateAt = -1;
  for (const reader of readers) {
    const c = reader.read(header, known);
    if (!c) continue;
    for (const i of c.lines) if (i >= 0) claimed.add(header[i].line.line);
    for (const f of FIELDS) {
      const v = c[f];
      if (known[f] !== null || v === undefined || v === null) continue;
      known[f] = v;
      if (f === 'body') known.bodyAt = c.at;
      if (f === 'date') dateAt = c.at;
    }
  }
  // A paper headed by the council's name alone calls a meeting of the council itself.
  if (known.committee === null && known.body !== null && known.date !== null) known.committee = known.body;
  return { known, at: dateAt >= 0 ? dateAt : known.bodyAt };
}

function toMeeting(known: Known, header: HeaderLine[], at: number, lines: Line[]): Meeting {
  const from = at >= 0 ? header[at].line : lines[0];
  const { body, committee, date, time, venue } = known;
  return { body, committee, date, time, venue, source: { page: from?.page ?? null, line: from?.line ?? null } };
}

/** The meeting an agenda front sheet calls, from the lines above its first item. */
export function parseMeeting(lines: Line[]): MeetingReading {
  const header = readHeader(lines);
  const claimed = new Set<number>();
  const claim = (i: number) => claimed.add(header[i].line.line);
  claimSheetFurniture(header, claim);
  const { known, at } = readWith(MEETING_READERS, header, claimed);
  claimIssueDate(header, claimed, claim);
  claimStandardBlocks(header, claim);
  claimOfficers(header, claimed, claim);
  return { meeting: toMeeting(known, header, at, lines), claimed };
}

/**
 * The meeting a document that is not a front sheet is for (a report printed alone), from its
 * opening lines; null unless they name both the meeting's date and who meets — a date alone
 * on a report or a table is as likely its own date as a meeting's.
 */
export function readCoverMeeting(lines: Line[]): Meeting | null {
  const header = readHeader(lines);
  const { known, at } = readWith(
    MEETING_READERS.filter((r) => !r.sheetOnly),
    header,
    new Set(),
  );
  return known.date === null || (known.committee === null && known.body === null) ? null : toMeeting(known, header, at, lines);
}

/** Contact details, the AGENDA title, "To: All Members …", section markers and their notes, stray punctuation. */
function claimSheetFurniture(header: HeaderLine[], claim: (i: number) => void): void {
  header.forEach((h, i) => {
    if (h.contact || isAgendaTitle(h.text) || isItemColumnHeading(h.text) || ADDRESSEE.test(h.text) || PUBLISHER_STAMP.test(h.text) || !/[A-Za-z0-9]/.test(h.text)) claim(i);
    // "To:" printed alone: the addressees are on the next line.
    if (/^To\s*:$/i.test(h.text) && i + 1 < header.length) claim(i + 1);
    if (isSectionMarker(h.text)) {
      claim(i);
      if (i + 1 < header.length && isBracketedNote(header[i + 1].text)) claim(i + 1);
    }
  });
}

/** The letter's issue date ("Wednesday, 5 March 2025") and the office address printed above it. */
function claimIssueDate(header: HeaderLine[], claimed: Set<number>, claim: (i: number) => void): void {
  const dates = headerDates(header);
  const main = dates.find((d) => d.time !== null) ?? dates[0];
  for (const d of dates) {
    if (d === main || d.time !== null || d.first !== d.last) continue;
    claim(d.first);
    for (let i = d.first - 1; i >= 0 && isShouting(header[i].text) && header[i].text.split(' ').length <= LETTERHEAD_WORDS; i--) {
      if (claimed.has(header[i].line.line)) break;
      claim(i);
    }
  }
}

/** ModernGov's membership and webcasting blocks, and lists of members ("Cllr Carol Clark | Cllr John Coulson"). */
function claimStandardBlocks(header: HeaderLine[], claim: (i: number) => void): void {
  for (let i = 0; i < header.length; i++) {
    if (!STANDARD_BLOCK.test(header[i].text)) continue;
    claim(i);
    for (let j = i + 1; j < header.length; j++) {
      const t = header[j].text;
      if (STANDARD_BLOCK.test(t) || isAgendaTitle(t) || isSectionMarker(t) || (findDate(t) && findTime(t))) break;
      claim(j);
      i = j;
    }
  }
  header.forEach((h, i) => {
    const cells = h.line.cells.length > 0 ? h.line.cells.map((c) => clean(c.text)) : [h.text];
    if (cells.every((c) => MEMBER.test(c))) claim(i);
  });
}

/**
 * The clerk's letterhead and signature: officer lines, the signatory's name above one, and an
 * address ending in a postcode that no reader took for the venue.
 */
function claimOfficers(header: HeaderLine[], claimed: Set<number>, claim: (i: number) => void): void {
  header.forEach((h, i) => {
    if (OFFICER_LINE.test(h.text)) {
      claim(i);
      if (i > 0 && PERSON_NAME.test(header[i - 1].text)) claim(i - 1);
    } else if (h.contact && i > 0 && PERSON_NAME.test(header[i - 1].text) && OFFICER_LINE.test(clean(h.line.text))) {
      claim(i - 1);
    } else if (POSTCODE_END.test(h.text) && !claimed.has(h.line.line) && h.text.includes(',')) {
      claim(i);
    }
  });
}
