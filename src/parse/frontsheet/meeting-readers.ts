/**
 * Meeting readers: one small reader per house style or phrasing of the meeting a paper is
 * for, registered in an ordered table (`MEETING_READERS`). Each reader looks at the header
 * lines and proposes what it found, with the lines it rests on; it never writes the meeting
 * itself. `meeting.ts` takes each field from the first reader that gives it, so a reader
 * earlier in the table is trusted more, and a new style is one reader and its test.
 *
 * Readers see what the readers before them found (`known`), read-only: the headed block
 * looks for a committee only when nobody named one, as a clerk's summons names it better.
 */
import { findDate } from '../../text/dates.js';
import { findTime } from '../common/times.js';
import { nameCase } from '../common/case.js';
import { fieldText as clean } from '../../text/join.js';
import { continuesParagraph, isAgendaTitle, isBracketedNote, isSectionMarker, paragraphs, paragraphText, PERSON_NAME } from './blocks.js';
import { committeeAbove, councilNameAt, headerDates, isCouncilName, MEMBER, tidyVenue, type HeaderLine } from './header.js';
import { hasGeometry, type Line } from '../../layout/types.js';

export interface MeetingFields {
  body: string | null;
  committee: string | null;
  date: string | null;
  time: string | null;
  venue: string | null;
}

/** What a reader proposes: the fields it read (absent = says nothing) and the header lines it rests on. */
export interface MeetingCandidate extends Partial<MeetingFields> {
  /** Header indexes the reading used; claimed whenever the reader matched. */
  lines: number[];
  /** Header index of the line the reading starts at (its provenance). */
  at: number;
}

/** What the readers before this one found. */
export interface Known extends MeetingFields {
  /** Header index of the council's name, or -1. */
  bodyAt: number;
}

export interface MeetingReader {
  name: string;
  /** Only on an agenda front sheet: the style reads a sheet's layout that a report's cover does not share. */
  sheetOnly?: boolean;
  read(header: HeaderLine[], known: Readonly<Known>): MeetingCandidate | null;
}

const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';

/**
 * A heading line (a subject, an addressee, a council's meeting) is at most this long; the
 * line readers skip longer lines, which are text — and which their patterns would scan in
 * time that grows with the square of the length.
 */
const HEADING_MAX_CHARS = 200;
const isHeadingLength = (text: string): boolean => text.length <= HEADING_MAX_CHARS;

/** A venue runs over at most this many lines; more is a paragraph of something else. */
const MAX_VENUE_LINES = 3;

/** A venue line is an address, never a sentence of this many words. */
const MAX_VENUE_WORDS = 14;

/**
 * Standard blocks of a ModernGov committee sheet above the items: the membership list
 * ("Membership (15)", "Conservative (11): Mr D L Brazier (Chair), …") and the webcasting
 * notice. They are known parts of the sheet, read through to the next marker.
 */
export const STANDARD_BLOCK = /^(?:Membership\b|Webcast(?:ing)? Notice\b|Notice of Webcast)/i;

/** A line that cannot be part of a venue: a label ("Membership:"), a marker, a member, a date. */
export function endsVenue(text: string): boolean {
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
  if (!hasGeometry(prev) || !hasGeometry(next)) return true;
  if (first && prev.page === next.page) {
    const gap = next.y - prev.y;
    return gap > 0 && gap <= DATE_TO_VENUE_LEADING * Math.max(prev.size, next.size);
  }
  return continuesParagraph(prev, next);
}

const nonEmpty = (header: HeaderLine[]): Line[] => header.filter((h) => h.text !== '').map((h) => h.line);
const indexOf = (header: HeaderLine[], line: Line): number => header.findIndex((h) => h.line === line);

// ---------------------------------------------------------------------------------------
// Labels and names that any paper prints the same way.

/** "Venue: Jim Cooke Conference Suite, … / Stockton-on-Tees TS18 1TU": a labelled venue wins. */
const VENUE_LABEL = /^(?:venue|place|location)\s*:\s*(.+)$/i;

const venueLabel: MeetingReader = {
  name: 'venue-label',
  read(header) {
    let found = null as MeetingCandidate | null;
    for (let i = 0; i < header.length; i++) {
      const m = VENUE_LABEL.exec(header[i].text);
      if (!m) continue;
      const parts = [m[1]];
      const lines = [i];
      for (let j = i + 1; j < header.length && j < i + MAX_VENUE_LINES && continuesParagraph(header[j - 1].line, header[j].line) && !endsVenue(header[j].text); j++) {
        parts.push(header[j].text);
        lines.push(j);
      }
      // The last label printed is the one read (a sheet prints one).
      found = { venue: tidyVenue(parts.join(' ')), lines: [...(found?.lines ?? []), ...lines], at: i };
    }
    return found;
  },
};

/** "Kent County Council", "WHITBOURNE PARISH / COUNCIL": the council's name on its own. */
const councilName: MeetingReader = {
  name: 'council-name',
  read(header) {
    const found = councilNameAt(header);
    return found && { body: found.name, lines: found.lines, at: found.lines[0] };
  },
};

// ---------------------------------------------------------------------------------------
// Front matter: a web page's metadata block ("date = 2019-03-28T14:00:00Z / location =
// "Room 4.07, …" / postcode = "CF10 3NQ"", TOML or YAML) above an agenda published as a page of
// a static site. The text source keeps it apart from the page's lines (`layout.frontMatter`).

const FRONT_MATTER_KEY = /^([a-z_]+)\s*[=:]\s*"?(.*?)"?$/i;
/** An ISO date-time: "2019-03-28T14:00:00Z", "2019-03-28T14:00:00+01:00", "2019-03-28 14:00". */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/;
/** Meetings of UK bodies keep UK clock time; an instant in UTC is shown as it was in London. */
const MEETING_TIME_ZONE = 'Europe/London';

function isoLocal(value: string): { date: string; time: string | null } | null {
  const m = ISO_DATE_TIME.exec(value.trim());
  if (!m) return null;
  if (m[2] === undefined) return { date: m[1], time: null };
  if (m[4] === undefined) return { date: m[1], time: `${m[2]}:${m[3]}` };
  const instant = new Date(value.trim());
  if (Number.isNaN(instant.getTime())) return null;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: MEETING_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Keys of a front matter block that say where a meeting is held: with one, the block describes an event. */
const PLACE_KEYS = ['location', 'venue', 'address'];

/**
 * The meeting a web page's front matter describes (`layout.frontMatter`: "date = 2019-03-28T14:00:00Z",
 * "location = \"Room 4.07, …\"", "postcode = \"CF10 3NQ\""). Its date is the meeting's only where the
 * block describes an event — a date with a time of day, or a place; a bare `date:` is when the
 * page was posted ("date: \"2019-08-26\"" above minutes of 13 May 2019).
 */
export function meetingFromFrontMatter(entries: readonly string[]): Partial<MeetingFields> {
  const values = new Map<string, string>();
  for (const entry of entries) {
    const m = FRONT_MATTER_KEY.exec(entry.trim());
    if (m) values.set(m[1].toLowerCase(), m[2]);
  }
  const when = isoLocal(values.get('date') ?? values.get('start') ?? '');
  const placeKey = PLACE_KEYS.find((k) => values.has(k));
  const place = placeKey ? values.get(placeKey) : undefined;
  const postcode = values.get('postcode');
  const event = !!place || (when?.time ?? null) !== null;
  if (!event) return {};
  return {
    date: when?.date ?? null,
    time: when?.time ?? null,
    venue: place ? tidyVenue([place, postcode].filter((v) => v).join(', ')) : null,
  };
}

// ---------------------------------------------------------------------------------------
// Summonses: the sentence by which the meeting is called.

/** ModernGov: "A meeting of the County Council will be held in the Council Chamber, … on Thursday, 13th March, 2025 at 10.00 am". */
const MODERNGOV_SUMMONS = new RegExp(
  `\\bmeeting of (?:the )?(.+?) (?:will|is to|shall) be held (?:in|at) (?:the )?(.+?),? on (${WEEKDAY},? .+?\\d{4})(?:,? at ([^.]+?))?(?= to deal| to transact|\\.|$)`,
  'i',
);

const moderngovSummons: MeetingReader = {
  name: 'moderngov-summons',
  read(header) {
    for (const para of paragraphs(nonEmpty(header))) {
      const m = MODERNGOV_SUMMONS.exec(paragraphText(para));
      if (!m) continue;
      return {
        committee: nameCase(m[1].trim()),
        venue: tidyVenue(m[2]),
        date: findDate(m[3])?.iso ?? null,
        time: m[4] ? (findTime(m[4])?.hhmm ?? null) : null,
        lines: para.map((l) => indexOf(header, l)),
        at: indexOf(header, para[0]),
      };
    }
    return null;
  },
};

/**
 * Parish clerks: "You are summoned to the meeting of Whitbourne Parish Council to be held on
 * Wednesday 3rd December 2025 at 7.30pm in Whitbourne Village Hall.", "Members of the Council
 * are hereby summoned to attend a meeting of X Parish Council to be held at VENUE on Tuesday
 * 5th March 2024 at 7.30pm", "… to attend a meeting of X Parish Council for the purposes of
 * transacting the following business:" (date and place printed above it).
 */
const PARISH_SUMMONS = new RegExp(
  `\\bsummoned to (?:attend )?(?:the |an? )?(?:[\\w ]{0,30}?)meeting of (?:the )?(.+?)(?= to be held\\b| which will be held\\b| for the purposes?\\b| on ${WEEKDAY}\\b| at | in |,|\\.|:|$)`,
  'i',
);
/** "… to be held at Whitbourne Village Hall on Tuesday …": the place before the day. */
const HELD_AT = new RegExp(`\\bheld (?:at|in) (?:the )?(.+?),? on ${WEEKDAY}\\b`, 'i');
/** "… at 7.30pm in Whitbourne Village Hall.": the place after the time. */
const PLACE_AFTER_TIME = /^\s*,?\s*(?:in|at) (?:the )?(.+?)[.,]?$/i;
/** The salutation over a clerk's summons. */
const SALUTATION = /^Dear\b.*,?$/i;

/** "Planning Committee of Sheet Parish Council" → committee and council; a council alone calls its own meeting. */
function bodyAndCommittee(name: string): Partial<Pick<MeetingFields, 'body' | 'committee'>> {
  const of = /^(.+?) of (?:the )?(.+)$/.exec(name);
  if (of && isCouncilName(of[2])) return { committee: nameCase(of[1]), body: nameCase(of[2]) };
  if (isCouncilName(name)) return { body: nameCase(name), committee: nameCase(name) };
  return { committee: nameCase(name) };
}

const parishSummons: MeetingReader = {
  name: 'parish-summons',
  read(header) {
    for (const para of paragraphs(nonEmpty(header))) {
      const text = paragraphText(para);
      const m = PARISH_SUMMONS.exec(text);
      if (!m) continue;
      const rest = text.slice(m.index + m[0].length);
      const date = findDate(rest);
      const afterDate = date ? rest.slice(date.end) : rest;
      const time = findTime(afterDate);
      const venue = HELD_AT.exec(rest)?.[1] ?? (time ? PLACE_AFTER_TIME.exec(afterDate.slice(time.end))?.[1] : undefined);
      const lines = para.map((l) => indexOf(header, l));
      if (lines[0] > 0 && SALUTATION.test(header[lines[0] - 1].text)) lines.unshift(lines[0] - 1);
      return {
        ...bodyAndCommittee(m[1].trim()),
        date: date?.iso ?? null,
        time: time?.hhmm ?? null,
        venue: venue ? tidyVenue(venue) : null,
        lines,
        at: lines[0],
      };
    }
    return null;
  },
};

/**
 * "Members of the public and press are welcome to attend a meeting / on Tuesday, 11th July
 * 2023 at 7.00 p.m.": a parish sheet that invites rather than summons.
 */
const INVITATION = /\b(?:welcome|invited) to attend (?:a|the) (?:[\w ]{0,30}?)meeting\b(?: of (?:the )?(.+?)(?= on | at | in |,|\.|$))?/i;

const publicInvitation: MeetingReader = {
  name: 'public-invitation',
  read(header) {
    for (const para of paragraphs(nonEmpty(header))) {
      const text = paragraphText(para);
      const m = INVITATION.exec(text);
      if (!m) continue;
      const rest = text.slice(m.index + m[0].length);
      const date = findDate(rest);
      if (!date) continue;
      const time = findTime(rest.slice(date.end));
      const lines = para.map((l) => indexOf(header, l));
      return { ...(m[1] ? bodyAndCommittee(m[1].trim()) : {}), date: date.iso, time: time?.hhmm ?? null, lines, at: lines[0] };
    }
    return null;
  },
};

/**
 * "NOTICE OF THE PARISH COUNCIL MEETING OF WROXTON & BALSCOTE / PARISH COUNCIL", "Meeting
 * (no.445) of / Broomhill Community Council": a heading naming the council that meets.
 */
const NOTICE_HEADING = /^(?:notice of (?:the |an? )?(?:[\w ]{0,40}?)meeting|meeting(?: \([^)]*\))?) of (?:the )?(.+)$/i;

const noticeHeading: MeetingReader = {
  name: 'notice-heading',
  read(header) {
    for (let i = 0; i < header.length; i++) {
      for (let n = 1; n <= 2 && i + n <= header.length; n++) {
        const text = header.slice(i, i + n).map((h) => h.text).join(' ');
        const m = isHeadingLength(text) ? NOTICE_HEADING.exec(text) : null;
        if (m && isCouncilName(m[1])) return { ...bodyAndCommittee(m[1]), lines: Array.from({ length: n }, (_, k) => i + k), at: i };
      }
    }
    return null;
  },
};

// ---------------------------------------------------------------------------------------
// Covering letters: ModernGov's letter sending a supplement ("Dear Member / COUNTY COUNCIL -
// THURSDAY, 13 MARCH 2025 / Agenda Item No …"). The letter's own date, printed above in the
// contact column, is not the meeting's.

const LETTER_SALUTATION = /^Dear (?:Members?|Councillors?)\b/i;
/** "COUNTY COUNCIL - THURSDAY, 13 MARCH 2025": the meeting as the letter's subject line. */
const LETTER_SUBJECT = new RegExp(`^(.+?)\\s+[-–—]\\s+(${WEEKDAY},?\\s+.*\\d{4})$`, 'i');
/** The subject follows the salutation within this many lines. */
const SUBJECT_AFTER_SALUTATION_LINES = 2;

const supplementLetter: MeetingReader = {
  name: 'supplement-letter',
  read(header) {
    const sal = header.findIndex((h) => LETTER_SALUTATION.test(h.text));
    if (sal < 0) return null;
    for (let i = sal + 1; i < header.length && i <= sal + SUBJECT_AFTER_SALUTATION_LINES; i++) {
      const m = isHeadingLength(header[i].text) ? LETTER_SUBJECT.exec(header[i].text) : null;
      const date = m ? findDate(m[2]) : null;
      if (m && date) return { committee: nameCase(m[1]), date: date.iso, time: findTime(m[2].slice(date.end))?.hhmm ?? null, lines: [sal, i], at: i };
    }
    return null;
  },
};

// ---------------------------------------------------------------------------------------
// Headed blocks: CMIS, ModernGov committee sheets, parish headings.

/** "Balscote Village Hall 7.30 pm": a parish heading sets the time after the place. */
const PLACE_THEN_TIME = /^(.*?[A-Za-z].*?),?\s+(?:at\s+|@\s*)?(\d{1,2}[.:]\d{2}\s*[ap]\.?m\.?|\d{1,2}\s*[ap]\.?m\.?)$/i;

/** "Parent Council Meeting 7pm-9pm": the meeting's name and time on a line under the date. */
const NAMED_MEETING_AT = /^(.+?)\s+Meeting,?\s+(?:at\s+)?(\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?|\d{1,2}[.:]\d{2})(?:\s*[-–—]\s*\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?)?$/i;

/** The headed block: a date line with its time, the venue below it, the committee above it. */
const headedBlock: MeetingReader = {
  name: 'headed-block',
  sheetOnly: true,
  read(header, known) {
    const dates = headerDates(header);
    const main = dates.find((d) => d.time !== null) ?? dates[0];
    if (!main) return null;
    const lines: number[] = [];
    for (let i = main.first; i <= main.last; i++) lines.push(i);
    const out: MeetingCandidate = { lines, at: main.first };
    // A summons read above names the day; the block adds the time it may lack.
    if (known.date === null || main.iso === known.date) {
      out.date = main.iso;
      out.time = main.time;
    }
    // The words before the date on its first line ("MEETING TO BE HELD ON") and a weekday on the line above.
    if (main.first > 0 && /\b(?:held on|meeting on)\b|day,?$/i.test(header[main.first - 1].text)) lines.push(main.first - 1);

    const askForAlone = header.some((h) => /\bAsk for\s*:\s*$/i.test(clean(h.line.text)));
    const venueParts: string[] = main.rest !== '' ? [main.rest] : [];
    let prev = header[main.last].line;
    for (let i = main.last + 1; i < header.length && venueParts.length < MAX_VENUE_LINES; i++) {
      const h = header[i];
      if (h.contact) continue;
      if (!continuesBlock(prev, h.line, venueParts.length === 0)) break;
      if (isBracketedNote(h.text) || /^[^(]*\)$/.test(h.text)) {
        lines.push(i); // "(or on the rising of Full Council, / whichever is the later)": a note on the time
        prev = h.line;
        continue;
      }
      // Raw text puts the "Ask for:" name on a line of its own below the venue.
      if (askForAlone && PERSON_NAME.test(h.text)) {
        lines.push(i);
        break;
      }
      if (endsVenue(h.text) || h.text.split(' ').length > MAX_VENUE_WORDS || /^note\b/i.test(h.text)) break;
      const named = venueParts.length === 0 ? NAMED_MEETING_AT.exec(h.text) : null;
      if (named) {
        if (out.date !== undefined && main.time === null) out.time = findTime(named[2])?.hhmm ?? null;
        if (known.committee === null) out.committee = nameCase(named[1]);
        lines.push(i);
        prev = h.line;
        continue;
      }
      let text = h.text;
      const placeTime = venueParts.length === 0 && main.time === null ? PLACE_THEN_TIME.exec(text) : null;
      if (placeTime) {
        text = placeTime[1];
        if (out.date !== undefined) out.time = findTime(placeTime[2])?.hhmm ?? null;
      }
      venueParts.push(text);
      lines.push(i);
      prev = h.line;
    }
    if (venueParts.length > 0) out.venue = tidyVenue(venueParts.join(' '));
    if (known.committee === null) {
      const above = committeeAbove(header, main.first, known.bodyAt);
      if (above) {
        out.committee = above.name;
        lines.push(...above.lines);
      }
    }
    return out;
  },
};

/** ModernGov's cover: "Agenda for the Budget / County Council / Meeting on": the words between. */
const moderngovCover: MeetingReader = {
  name: 'moderngov-cover',
  sheetOnly: true,
  read(header) {
    const open = header.findIndex((h) => /^Agenda for\b/i.test(h.text));
    if (open < 0) return null;
    const close = header.findIndex((h, i) => i >= open && /\bMeeting on$/i.test(h.text));
    if (close < 0 || close - open > 3) return null;
    const lines = Array.from({ length: close - open + 1 }, (_, k) => open + k);
    const m = /^Agenda for (?:the|a|an) (.+?) Meeting on$/i.exec(lines.map((i) => header[i].text).join(' '));
    return { committee: m ? nameCase(m[1].trim()) : undefined, lines, at: open };
  },
};

// ---------------------------------------------------------------------------------------
// Report covers: a report printed alone still says which meeting it goes to.

/** "To: Cabinet – 4th March 2025" (Kent): the committee and the meeting's date on the addressee line. */
const REPORT_TO = /^To\s*:\s*(.+?)\s*[-–—,]\s*((?:\d{1,2}|[A-Z][a-z]+day).*\d{4})$/;

const reportToLine: MeetingReader = {
  name: 'report-to-line',
  read(header, known) {
    if (known.date !== null) return null; // a sheet read above already dated the meeting
    for (let i = 0; i < header.length; i++) {
      const m = isHeadingLength(header[i].text) ? REPORT_TO.exec(header[i].text) : null;
      const date = m ? findDate(m[2]) : null;
      if (m && date) return { committee: nameCase(m[1]), date: date.iso, lines: [i], at: i };
    }
    return null;
  },
};

/** "Date: 17 January 2024" (Birmingham): a dated report cover under the council's and committee's names. */
const DATE_LABEL = /^(?:Date(?: of meeting)?|Meeting date)\s*:\s*(.+)$/i;

const reportDateLabel: MeetingReader = {
  name: 'report-date-label',
  read(header, known) {
    if (known.bodyAt < 0 || known.date !== null) return null;
    for (let i = known.bodyAt + 1; i < header.length; i++) {
      const m = DATE_LABEL.exec(header[i].text);
      const date = m ? findDate(m[1]) : null;
      if (!m || !date) continue;
      const time = findTime(m[1].slice(date.end));
      const above = committeeAbove(header, i, known.bodyAt);
      return { committee: above?.name, date: date.iso, time: time?.hhmm ?? null, lines: [i, ...(above?.lines ?? [])], at: i };
    }
    return null;
  },
};

/** "Royal Sutton Coldfield Town Council Meeting 21 February 2017": the council's own meeting on one line. */
const COUNCIL_MEETING_LINE = /^(.+?)\s+(?:Full Council\s+)?Meeting,?\s+(?:held on\s+)?(?:on\s+)?(.*\d{4})$/i;

const councilMeetingLine: MeetingReader = {
  name: 'council-meeting-line',
  read(header, known) {
    if (known.date !== null) return null;
    for (let i = 0; i < header.length; i++) {
      const m = isHeadingLength(header[i].text) ? COUNCIL_MEETING_LINE.exec(header[i].text) : null;
      const date = m ? findDate(m[2]) : null;
      if (m && date && isCouncilName(m[1])) return { body: nameCase(m[1]), committee: nameCase(m[1]), date: date.iso, lines: [i], at: i };
    }
    return null;
  },
};

// ---------------------------------------------------------------------------------------
// The generic reader: whatever the house style, a meeting paper prints its date near the top.

/** How far down the opening lines a paper prints its meeting's date. */
const GENERIC_DATE_LINES = 12;

const genericDate: MeetingReader = {
  name: 'generic-date',
  read(header, known) {
    if (known.date !== null) return null;
    const top = header.slice(0, GENERIC_DATE_LINES);
    for (let i = 0; i < top.length; i++) {
      const date = findDate(top[i].text);
      if (!date) continue;
      const time = findTime(top[i].text.slice(date.end));
      return { date: date.iso, time: time?.hhmm ?? null, lines: [i], at: i };
    }
    return null;
  },
};

/** Every meeting reader, most trusted first. */
export const MEETING_READERS: MeetingReader[] = [
  venueLabel,
  councilName,
  moderngovSummons,
  parishSummons,
  publicInvitation,
  noticeHeading,
  supplementLetter,
  headedBlock,
  moderngovCover,
  reportToLine,
  reportDateLabel,
  councilMeetingLine,
  genericDate,
];

