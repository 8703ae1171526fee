/**
 * The minutes' own heading: which body and committee met, when and where, and whether
 * the document calls itself minutes or action notes.
 *
 * Shapes seen: "BIRMINGHAM CITY COUNCIL" / committee / "Minutes of the meeting held on
 * Wednesday, 23rd October 2024 at 1000 hours in Committee Rooms 3&4, …"; "MINUTES of a
 * meeting of the County Council held in the Council Chamber, … on Thursday, 13 March
 * 2025."; "10:00 hours on Wednesday 13th February 2019, Committee Room 2 - Actions";
 * "Date: / Time: / Venue:" labels (parish working groups).
 */
import { nameCase } from '../common/case.js';
import type { Meeting, Minutes } from '../../schema/pack.js';
import { findDate } from '../../text/dates.js';
import { findTime } from '../common/times.js';
import { joinLines } from '../../text/join.js';
import { ref, type MLine } from './lines.js';

/** A line naming the council itself ("CYNGOR CYMUNED MANORDEILO A SALEM": Welsh "Cyngor", council). */
const BODY = /\b(?:Council|Authority|Corporation|Cyngor)\b/i;
/**
 * Lines that state the meeting's date, time or place rather than a name, and their Welsh words:
 * "cofnodion" (minutes), "cynhaliwyd" (held), "dyddiad" (date), "amser" (time), "lleoliad" (venue).
 */
const WHEN_WHERE = /\b(?:minutes|held|hours|venue|date|time|cofnodion|cynhaliwyd|dyddiad|amser|lleoliad)\b|^\d/i;
/**
 * A line naming the next meeting ("Date of next meeting: …") dates that meeting, not this one;
 * "Draft (until approved at the next meeting) Minutes of the Ordinary Meeting held on …" does not.
 */
const NEXT_MEETING = /^(?!.*\bminutes\s+of\b).*\bnext\s+meet/i;
/** Words after a committee's name that are not part of it. */
const MEETING_SUFFIX = /\s*[-–—]?\s*(?:PUBLIC\s+)?MEETING\s*$/i;
/** "Annual Parish Meeting", "Town Meeting": the assembly of a parish's or town's electors, whose name ends in "Meeting". */
const ELECTORS_MEETING = /\b(?:parish|town|village|community)\s+meeting\s*$/i;
/**
 * "Parish Council", "the Town Council": a local council itself, named in its own minutes
 * ("Minutes of the Parish Council Meeting"), not a committee of it. (ModernGov councils name
 * their full meetings as a committee, "County Council", as their agendas do: those stay.)
 */
const THE_COUNCIL_ITSELF = /^(?:the\s+)?(?:parish|town|community)\s+council$/i;
/**
 * "WROXTON & BALSCOTE ANNUAL PARISH MEETING WROXTON & BALSCOTE PARISH COUNCIL": the meeting's
 * name run onto the council's line, before it.
 */
const MEETING_BEFORE_COUNCIL = /^.+?\bMEETING\s+(.+?\b(?:COUNCIL|AUTHORITY))$/i;
/** "- Actions" / "Action Notes": the CMIS short form of minutes. */
const ACTION_NOTES = /\bactions?\s*(?:notes?)?\s*$|\baction\s+notes\b/i;

export interface MinutesHeading {
  meeting: Meeting;
  kind: Minutes['kind'];
}

function stripDate(text: string): string {
  const d = findDate(text);
  const t = d ? (text.slice(0, d.index) + text.slice(d.end)).trim() : text;
  return t.replace(/\s*[-–—,]\s*$/, '').replace(/^\s*[-–—,]\s*/, '').trim();
}

/** The name of the meeting in a heading's words: no date, no trailing "Meeting" (but an electors' meeting keeps it). */
function meetingName(text: string): string {
  const named = stripDate(text);
  return (ELECTORS_MEETING.test(named) ? named : named.replace(MEETING_SUFFIX, '')).replace(/[.:]$/, '').trim();
}

function committeeFrom(text: string): string | null {
  const t = meetingName(text);
  if (THE_COUNCIL_ITSELF.test(t)) return null;
  // "Minutes of the Ordinary Meeting", "CYFARFOD" (meeting), "Cyfarfod Blynyddol" (annual meeting): the kind of meeting, not a committee's name.
  return t &&
    !/^(?:minutes|meeting|actions?|(?:the\s+)?(?:ordinary|annual|extraordinary|special|monthly|full|general)(?:\s+general)?|(?:cofnodion\s+)?cyfarfod(?:\s+(?:blynyddol|arbennig|misol|cyffredin|llawn))?)$/i.test(t)
    ? t
    : null;
}

/** Words that end the name of a building meetings are held in, as printed in title case or capitals ("VILLAGE HALL"). */
const BUILDING_WORDS = ['Hall', 'Room', 'Centre', 'Center', 'Chamber', 'School', 'Library', 'House', 'Church', 'Pavilion', 'Offices?'];
const BUILDING = `(?:${BUILDING_WORDS.flatMap((w) => [w, w.toUpperCase()]).join('|')})`;
/** "at <a building>", "AT WROXTON VILLAGE HALL on 12th May 2025": a hall, room, centre, chamber, school, library, church or offices. */
const PLACE_AT = new RegExp(String.raw`(?:^|\|\s*|\s)(?:at|AT)\s+(?:the\s+|THE\s+)?([A-Z][^|]*?\b${BUILDING}\b[^|]*?)(?=\s+at\s+\d|\s+(?:on|ON)\s|\s*[,.]?\s*(?:\||$))`);
/** A heading line that is a place and nothing else ("Broomhill Primary School Library, 57 Edgehill Rd, G11 7HZ"). */
const PLACE_LINE = new RegExp(String.raw`^[A-Z][^|]*\b${BUILDING}\b[^|]*$`);
/** A local council named anywhere in the heading: "STOKE FERRY PARISH COUNCIL Draft …", "MINUTES OF THE WEST DEREHAM PARISH COUNCIL MEETING …". */
const LOCAL_COUNCIL = /\b((?:(?!(?:the|of|minutes|meeting|a|an|draft)\b)[A-Za-z][\w&'’.-]*\s+){1,4}(?:parish|town|community|city|county|borough|district)\s+council)\b/i;
/** "Attendance:" over the present list: a label, not a place or a name. */
const ATTENDANCE_TITLE = /^(?:attendance|attendees|sederunt)\s*:?$/i;
/** Officers printed in the heading ("CHAIRMAN: Nick Hurst CLERK: Jenny Hollington"): no name of a meeting. */
const OFFICERS_LINE = /^(?:chair(?:man|person)?|vice[- ]chair(?:man)?|clerk|secretary)\s*:/i;

/** The venue: a "Venue:" label, "in <place>" before "on <date>", or what follows the date and time. */
function findVenue(text: string, whenEnd: number, placeLines: string[]): string | null {
  const label = /\bVenue:\s*(.+?)(?:\s*\|.*)?$/i.exec(text);
  if (label) return tidyVenue(label[1]);
  // "held at Horsley Village Hall on Tuesday …", "held at the Reading Room, Cwmifor at 7.30pm"
  const heldAt = /\bheld\s+at\s+(?:the\s+)?([A-Z][^.|]*?)(?=\s+on\s|\s+at\s+\d|\s+commencing\b|\s+starting\b|\.?\s*$)/i.exec(text);
  if (heldAt) return tidyVenue(heldAt[1]);
  // "… on 10th November 2022 | at Sheet Village Hall at 7.00 p.m.": "at" a building.
  const atPlace = PLACE_AT.exec(text);
  if (atPlace) return tidyVenue(atPlace[1]);
  const inPlace = /\b(?:held\s+)?in\s+(?:the\s+)?((?:[A-Z0-9][^|]*?))(?=\s+on\s+(?:\w+day\b|the\b|\d)|\.?\s*$)/.exec(text);
  if (inPlace && !/^(?:accordance|attendance)\b/i.test(inPlace[1])) return tidyVenue(inPlace[1]);
  // Welsh: "… yn yr Ystafell Ddarllen, Cwmifor." (in the Reading Room), "yng Nghanolfan …" (in …
  // Centre), before "ar y 10fed" (on the 10th) or "am 7.30pm" (at 7.30pm) or the end.
  const ynY = /\b(?:yn\s+(?:y|yr)|ym|yng)\s+([A-Z][^|]*?)(?=\s+(?:ar|am)\s|\.?\s*$)/.exec(text);
  if (ynY) return tidyVenue(ynY[1]);
  // The place on a line of its own under the date ("8th October 2026, 19:00-20:30." / "Broomhill Primary School Library, …").
  const placeLine = placeLines.find((l) => PLACE_LINE.test(l) && !findDate(l) && !/\b(?:minutes|meeting|council|committee)\b/i.test(l));
  if (placeLine) return tidyVenue(placeLine);
  if (whenEnd > 0) {
    const rest = text.slice(whenEnd).split('|')[0];
    const m = /^\s*,?\s*(?:(?:at|in)\s+)?(?:the\s+)?(?:on\s+(?:the\s+)?\S+.*?\d{4}\s*)?(?:,?\s*(?:at|in)\s+)?(?:the\s+)?([A-Z][^|]*)$/.exec(rest);
    if (m) return tidyVenue(m[1]);
  }
  return null;
}

function tidyVenue(text: string): string | null {
  const t = text
    .replace(/\s*[-–—]\s*Actions?\s*$/i, '')
    .replace(/[.,;\s]+$/, '')
    .replace(/^the\s+/i, '')
    .trim();
  return t || null;
}

/** Read the heading lines (everything before the attendance list or the first minute). */
export function parseHeading(lines: MLine[]): MinutesHeading {
  const useful = lines.filter((l) => !NEXT_MEETING.test(l.text) && !ATTENDANCE_TITLE.test(l.text));
  const text = useful.map((l) => l.text).join(' | ');
  const names = useful.filter((l) => !WHEN_WHERE.test(l.text) && !/^(?:minutes|actions?)$/i.test(l.text) && !OFFICERS_LINE.test(l.text));

  let body: string | null = null;
  let committee: string | null = null;
  let councilItself = false;
  const bodyAt = names.findIndex((l) => BODY.test(l.text));
  if (bodyAt >= 0) {
    body = stripDate(names[bodyAt].text) || null;
    // "BIRMINGHAM CITY COUNCIL CHILDREN'S SOCIAL CARE …": the committee run onto the council's line.
    const runOn = body ? /^(.*?\b(?:COUNCIL|Council|AUTHORITY|Authority)\b)\s+([A-Z].*)$/.exec(body) : null;
    if (runOn) body = runOn[1];
    const meetingFirst = body ? MEETING_BEFORE_COUNCIL.exec(body) : null;
    if (meetingFirst) body = meetingFirst[1];
    // The committee's name is printed on the line(s) straight after the council's.
    const after: MLine[] = [];
    for (let i = useful.indexOf(names[bodyAt]) + 1; i < useful.length && names.includes(useful[i]); i++) after.push(useful[i]);
    const committeeLines = [...(runOn ? [runOn[2]] : []), ...after.map((l) => l.text)];
    committee = committeeLines.length ? committeeFrom(joinLines(committeeLines)) : null;
  }
  if (!committee) {
    // The name ends where "held", a line break or the place it met in ("AT WROXTON VILLAGE HALL") begins.
    const of = /\bminutes\s+of\s+(?:a\s+|the\s+)?(?:meeting\s+of\s+(?:the\s+)?)?(.+?)(?=\s+(?:held|at|in)\b|\s*\||$)/i.exec(text);
    if (of && !/^meeting\b/i.test(of[1])) committee = committeeFrom(of[1]);
    // "Minutes of Parish Council Meeting": a meeting of the council itself, whatever the lines above say.
    councilItself = of !== null && THE_COUNCIL_ITSELF.test(meetingName(of[1]));
  }
  if (!committee && !councilItself && bodyAt < 0 && names.length) committee = committeeFrom(joinLines(names.slice(0, 1).map((l) => l.text)));
  // A parish, town or community council named inside a heading line is the body; a meeting of
  // the council itself ("… Parish Council Meeting") names no committee.
  if (!body) {
    const council = LOCAL_COUNCIL.exec(text);
    if (council) {
      body = council[1];
      if (committee && committeeFrom(committee)?.toLowerCase().replace(/^the\s+/, '') === body.toLowerCase()) committee = null;
    }
  }

  const date = findDate(text);
  const time = findTime(text);
  // The venue may wrap onto the next line ("held in the Council Chamber, | Sessions House, …").
  const flat = joinLines(useful.map((l) => l.text));
  const flatWhenEnd = Math.max(findDate(flat)?.end ?? 0, findTime(flat)?.end ?? 0);
  const kind: Minutes['kind'] = useful.some((l) => ACTION_NOTES.test(l.text) && !/^minutes\b/i.test(l.text)) ? 'action-notes' : 'minutes';

  return {
    kind,
    meeting: {
      body: body && nameCase(body),
      committee: committee && nameCase(committee),
      date: date?.iso ?? null,
      time: time?.hhmm ?? null,
      venue: nameCaseOrNull(findVenue(flat, flatWhenEnd, useful.map((l) => l.text))),
      source: ref(lines[0]),
    },
  };
}

function nameCaseOrNull(text: string | null): string | null {
  return text && nameCase(text);
}
