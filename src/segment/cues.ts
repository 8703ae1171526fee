/**
 * First-page cues: what the first lines of a document look like, one rule per kind of
 * document. A rule looks at one line (its anchor) and a few lines after it, and says what
 * document starts there, or nothing. Rules are tried in the order of `CUE_RULES`.
 *
 * Where pages are real (PDF), the caller only tries an anchor near the top of its page
 * (`topLines`); text extractions have no trustworthy page tops, so there every line is tried
 * and the rules themselves must be specific enough.
 */
import type { Line } from '../layout/types.js';
import { continuesCapitalTitle, coverLabel, isLabelled, type CoverLabel } from '../recognise/report-cover.js';
import { looksLikeMinutesStart } from '../recognise/minutes-start.js';
import { findDate } from '../parse/common/dates.js';
import { isItemColumnHeading, isSummons } from '../recognise/agenda-start.js';
import type { DocumentKind } from '../schema/pack.js';

export interface Cue {
  kind: DocumentKind;
  /** The document's title as printed, or '' when the page prints none (the agenda item's title is used). */
  title: string;
  /** Index of the document's first line: a banner printed above the anchor belongs to the document. */
  from: number;
  /** A cue a running header may repeat on every page: it opens a document only after one of another kind. */
  repeats?: boolean;
}

export interface CueRule {
  name: string;
  /** How far from the top of a PDF page (0-based line on the page) the anchor may be. */
  topLines: number;
  /** The document may start mid-page, under the end of the one before (a note's "Action Points:" table). */
  midPage?: boolean;
  match(lines: Line[], i: number): Cue | null;
}

/** Lines read after an anchor to confirm a cue: a cover's labels fit in this many lines. */
const COVER_WINDOW = 10;
/** Distinct cover labels needed to call a page a report cover: one label alone is any letter's "To:". */
const COVER_MIN_LABELS = 3;
/** A title is short: longer lines are body text that happens to start with a cue word. */
const TITLE_MAX_CHARS = 160;
/** Banner lines (council, committee, date) walked back over above a minutes heading. */
const BANNER_MAX_LINES = 3;

/** A council or committee name printed with a full stop is this short; longer dotted lines are sentences. */
const SHORT_NAME_CHARS = 40;
const COUNCIL_BANNER = /\b(council|committee|panel|board|cabinet|forum|group|authority|partnership|sub-committee|meeting)\b/i;

function samePage(a: Line | undefined, b: Line | undefined): boolean {
  return !!a && !!b && a.page === b.page;
}

function isUpper(text: string): boolean {
  return /[A-Z]/.test(text) && text === text.toUpperCase();
}

/** A banner line: short, not a sentence, naming a body or all in capitals. */
function isBanner(line: Line): boolean {
  // "Birmingham City Council." — a name with a stray full stop is still a banner; a sentence is not.
  const t = line.text.length <= SHORT_NAME_CHARS && COUNCIL_BANNER.test(line.text) ? line.text.replace(/\.$/, '') : line.text;
  if (t.length > 100 || /[.;:]$/.test(t) || /^\d+[.)]?\s/.test(t) || isLabelled(t)) return false;
  // A date alone ("4th March 2026") is the banner's dated line.
  return isUpper(t) || COUNCIL_BANNER.test(t) || isTitleCase(t) || (t.length <= SHORT_NAME_CHARS && findDate(t) !== null);
}

/**
 * "Education, Children and Young People": every word capitalised but the small ones, and the
 * first: "for SEND Services in Birmingham" is the end of a wrapped line, not a title.
 */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length <= 8 && /^[A-Z&(]/.test(words[0]) && words.every((w) => /^[A-Z&(]/.test(w) || /^(and|of|the|for|in|on|to|&)$/.test(w));
}

/** Walk back from `i` over banner lines on the same page (at most BANNER_MAX_LINES). */
export function bannerStart(lines: Line[], i: number): number {
  let from = i;
  while (from > 0 && i - from < BANNER_MAX_LINES) {
    const prev = lines[from - 1];
    if (!isBanner(prev) || (lines[i].page !== null && !samePage(prev, lines[i]))) break;
    from--;
  }
  return from;
}

/** A line of a raw extraction this long that stops without punctuation was broken by the page width. */
const HARD_WRAP_MIN_CHARS = 60;
/** Lines a heading is wrapped over at most. */
const HEADING_WRAP_LINES = 2;

/**
 * The last line of a heading that a raw text extraction broke at the page width: the very next
 * lines of the text (no blank line between, which text sources count in y) while the line
 * above is long and stops mid-sentence. A PDF's lines, with their geometry, are never joined.
 */
function wrappedEnd(lines: Line[], i: number): number {
  let end = i;
  while (end < i + HEADING_WRAP_LINES) {
    const line = lines[end];
    const next = lines[end + 1];
    if (!next || line.size !== null || next.size !== null || next.page !== line.page || next.y - line.y !== 1) break;
    if (line.text.length < HARD_WRAP_MIN_CHARS || /[.:;!?]$/.test(line.text)) break;
    end++;
  }
  return end;
}

function joinTitle(lines: Line[], from: number, to: number): string {
  return lines
    .slice(from, to + 1)
    .map((l) => l.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// ---------------------------------------------------------------------------------------
// Minutes and action notes: "MINUTES of a meeting of the County Council held …",
// "Minutes of the meeting held on Wednesday, 23rd October 2024 …", "ACTION NOTES of …".

const MINUTES_HEADING = /^(?:draft\s+|unconfirmed\s+)?(minutes|notes|action notes)\s+(?:of|from)\b/i;
/** The heading names a meeting that was held: agenda lines ("… and, if in order, to be approved") do not. */
const HELD = /\b(held|meeting)\b/i;
const AGENDA_WORDING = /\b(if in order|to be (approved|confirmed|signed)|to (confirm|approve|receive|note))\b/i;

/** "MINUTES" alone under a dated banner ("BOARD OF ESTIMATES JANUARY 15, 2020"): trusted only at a real page top. */
const BARE_MINUTES = /^(minutes|action notes)$/i;
const DATED = /\b(19|20)\d{2}\b/;

const minutesRule: CueRule = {
  name: 'minutes',
  topLines: 5,
  match(lines, i) {
    const t = lines[i].text;
    if (BARE_MINUTES.test(t) && lines[i].size !== null) {
      const around = [lines[i - 1], lines[i + 1], lines[i + 2]].filter((l): l is Line => samePage(l, lines[i]));
      if (around.some((l) => DATED.test(l.text) || /\bmeeting\b/i.test(l.text))) {
        const from = bannerStart(lines, i);
        return { kind: 'minutes', title: joinTitle(lines, from, Math.min(i + 1, lines.length - 1)), from, repeats: true };
      }
    }
    const m = MINUTES_HEADING.exec(t);
    if (!m || AGENDA_WORDING.test(t)) return null;
    const next = lines[i + 1]?.text ?? '';
    if (!HELD.test(t) && !HELD.test(next)) return null;
    if (lines.slice(i + 1, i + 1 + ITEM_REFERENCE_WINDOW).some((l) => ITEM_REFERENCE.test(l.text))) return null;
    const from = bannerStart(lines, i);
    return { kind: 'minutes', title: joinTitle(lines, from, wrappedEnd(lines, i)), from };
  },
};

/**
 * "(Item 3)" under a heading: the minutes of a meeting record their agenda items so ("Minutes
 * of the meeting held on 30 July 2024" / "(Item 3)"). A heading over it is a minute confirming
 * earlier minutes, not the start of a set of minutes.
 */
const ITEM_REFERENCE = /^\(item\s+\d+[a-z]?\)$/i;
/** Lines of a heading (wrapped once) before its item reference. */
const ITEM_REFERENCE_WINDOW = 2;

// Minutes and action notes that print no "Minutes of" line: the meeting's banner (body,
// date, "- Actions") straight over "Present:".

/** Who attended: "Present", "Attendance:", "In attendance", the Scots "Sederunt", the Welsh "PRESENNOL". */
const ATTENDANCE_WORDS = '(?:present|members present|councillors present|attendance|in attendance|attendees|sederunt|presennol|yn bresennol)';
/** The attendance label alone on its line. */
const ATTENDANCE = new RegExp(`^${ATTENDANCE_WORDS}\\s*:?\\s*$`, 'i');
/** A banner naming a meeting or dated ("CYFARFOD 10fed CHWEFROR 2016": Welsh meeting, with a Welsh ordinal). */
const MEETING_WORDS = /\b(meeting|hours|\d{1,2}(st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)?\s+\w+\s+\d{4}|actions?|minutes|notes|cyfarfod|cofnodion)\b/i;

const attendanceRule: CueRule = {
  name: 'attendance',
  topLines: 5,
  match(lines, i) {
    if (!ATTENDANCE.test(lines[i].text)) return null;
    const from = bannerStart(lines, i);
    if (from === i) return null;
    const banner = lines.slice(from, i);
    if (!banner.some((l) => MEETING_WORDS.test(l.text))) return null;
    return { kind: 'minutes', title: joinTitle(lines, from, i - 1), from };
  },
};

// The minutes parser's own test for where a set of minutes begins (a heading naming the
// meeting, then an attendance list): it knows parish styles ("Milburn Parish Council - 12th
// November 2019" over "Present").

/** Heading lines read for the title of minutes found by the minutes parser's test. */
const MINUTES_TITLE_LINES = 3;

const minutesParserRule: CueRule = {
  name: 'minutes-parser',
  topLines: 5,
  match(lines, i) {
    if (!looksLikeMinutesStart(lines, i)) return null;
    let end = i;
    while (end < i + MINUTES_TITLE_LINES - 1 && end + 1 < lines.length && !/minutes|notes|\d{4}/i.test(lines[end].text)) end++;
    return { kind: 'minutes', title: joinTitle(lines, i, wrappedEnd(lines, end)), from: i };
  },
};

// ---------------------------------------------------------------------------------------
// Action trackers: a title ("ACTION TRACKER 2020-21", "Action Log", "Action Points") over a
// table, or the table's header row itself ("Minute No. / Date | Agenda Item | Outstanding
// Actions | Lead Responsible Officer | Comments").

const TRACKER_TITLE = /^(actions? (tracker|log|points|sheet|list|plan|arising)|schedule of actions|outstanding actions|matters arising)\b/i;
const HEADER_ACTION = /\bactions?\b/i;
const HEADER_WHO = /\b(lead|responsib\w*|officer|owner|who|by whom)\b/i;
const HEADER_PROGRESS = /\b(update|comments?|status|progress|due|deadline|when|date|timescale)\b/i;
/** Cells a header row needs before it is read as a table header. */
const HEADER_MIN_CELLS = 3;
/** Lines between a tracker title and its header row. */
const TRACKER_HEADER_WINDOW = 4;

/** A row of a table: marked so by its source, or laid out in at least this many cells. */
function isTableRow(line: Line, minCells = HEADER_MIN_CELLS): boolean {
  return line.tableRow === true || line.cells.length >= minCells;
}

/** A tracker's header row: table-shaped, naming the action, who leads it and its progress. */
export function isTrackerHeader(line: Line): boolean {
  const t = line.text;
  return (isTableRow(line) || isFlattenedHeader(line)) && t.length < 300 && HEADER_ACTION.test(t) && HEADER_WHO.test(t) && HEADER_PROGRESS.test(t);
}

/** A header row whose cells ran together fits on one printed line. */
const FLATTENED_HEADER_MAX_CHARS = 120;
/** Words in a flattened header: at least three columns of one or two words ("Date Item Action Lead Update" is five). */
const FLATTENED_HEADER_MIN_WORDS = 5;
/** Share of a flattened header's words that are capitalised column names, not a sentence's words. */
const FLATTENED_HEADER_CAPITALS = 0.75;

/**
 * A header row whose columns ran together in a raw extraction ("Minute No. / Date Agenda Item
 * Outstanding Actions Lead Responsible Officer Comments"): one line of column names, each
 * capitalised, with no sentence's full stop at its end. Prose naming an action, a lead and a
 * date is a sentence in lower case.
 */
function isFlattenedHeader(line: Line): boolean {
  const t = line.text.trim();
  // A heading ("8. DATE OF THE NEXT MEETING", a bold or marked heading) names one thing, not columns.
  if (t.length > FLATTENED_HEADER_MAX_CHARS || /[.:;,]$/.test(t) || /^\d+[.)]?\s/.test(t) || line.bold || line.heading !== undefined) return false;
  const words = t.split(/\s+/).filter((w) => /[a-z]/i.test(w));
  const capitals = words.filter((w) => /^[A-Z(]/.test(w)).length;
  return words.length >= FLATTENED_HEADER_MIN_WORDS && capitals >= words.length * FLATTENED_HEADER_CAPITALS;
}

/**
 * A tracker's header row also says where each action came from (minute, meeting, date,
 * reference): an action plan's "Action | Responsible | Timescale" does not, and is part of
 * a strategy, not a tracker.
 */
const HEADER_ORIGIN = /\b(minute|meeting|date|ref|reference|item|no)\b/i;

const trackerRule: CueRule = {
  name: 'action-tracker',
  topLines: 5,
  match(lines, i) {
    const line = lines[i];
    if (isTrackerHeader(line) && HEADER_ORIGIN.test(line.text)) return { kind: 'action-tracker', title: '', from: i };
    if (!TRACKER_TITLE.test(line.text) || line.text.length > TITLE_MAX_CHARS) return null;
    for (let j = i + 1; j <= i + TRACKER_HEADER_WINDOW && j < lines.length; j++) {
      if (isTrackerHeader(lines[j])) return { kind: 'action-tracker', title: line.text, from: i };
    }
    return null;
  },
};

// A tracker under its own title part-way down a page of a meeting note ("Actions Points:"
// over "Ref | Action | Status"): the note ends and the tracker starts there.

/** A titled table needs only an action column and a reference or progress column, so two cells ("Ref Action | Status"). */
const TITLED_HEADER_MIN_CELLS = 2;
const HEADER_REF_OR_PROGRESS = /\b(ref|no|status|update|progress|due|deadline|when|owner|lead)\b/i;

const titledTrackerRule: CueRule = {
  name: 'action-tracker-titled',
  topLines: Number.POSITIVE_INFINITY,
  midPage: true,
  match(lines, i) {
    const line = lines[i];
    if (!TRACKER_TITLE.test(line.text) || line.text.length > TITLE_MAX_CHARS || !(line.bold || line.heading !== undefined || /:$/.test(line.text))) return null;
    const header = lines[i + 1];
    if (!header || !isTableRow(header, TITLED_HEADER_MIN_CELLS) || !HEADER_ACTION.test(header.text) || !HEADER_REF_OR_PROGRESS.test(header.text)) return null;
    return { kind: 'action-tracker', title: line.text.replace(/:$/, ''), from: i };
  },
};

// ---------------------------------------------------------------------------------------
// Report covers: at least three distinct cover labels within a few lines, starting with who
// it is from, who it is to, or its subject.

const OPENING_LABELS = new Set<CoverLabel>(['reportOf', 'to', 'subject', 'date']);

/** Title lines: the "Subject:"/"Title:" value and the unlabelled lines that carry it on. */
export function coverTitle(lines: Line[], i: number, end: number): string {
  for (let j = i; j < end && j < lines.length; j++) {
    const found = coverLabel(lines[j].text);
    if (found?.label !== 'subject') continue;
    const parts = [found.value];
    for (let k = j + 1; k < end + 3 && k < lines.length && parts.length < 4; k++) {
      const runsOn = continuesCapitalTitle(lines[k - 1].text, lines[k].text);
      if (!runsOn && (isLabelled(lines[k].text) || /:$/.test(lines[k].text))) break;
      parts.push(lines[k].text);
    }
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  }
  return '';
}

const reportRule: CueRule = {
  name: 'report',
  topLines: 3,
  match(lines, i) {
    const first = coverLabel(lines[i].text);
    if (!first || !OPENING_LABELS.has(first.label)) return null;
    const seen = new Set<CoverLabel>([first.label]);
    const end = Math.min(lines.length, i + COVER_WINDOW);
    for (let j = i + 1; j < end; j++) {
      const found = coverLabel(lines[j].text);
      if (found) seen.add(found.label);
    }
    if (seen.size < COVER_MIN_LABELS || !(seen.has('subject') || seen.has('to'))) return null;
    // CMIS covers open with the council's and committee's names over "Report to …" / "Date:".
    return { kind: 'report', title: coverTitle(lines, i, end), from: bannerStart(lines, i) };
  },
};

// Reports in markdown and HTML extractions: a heading "Report from … to the … Committee",
// the subject as the heading under it.

const REPORT_HEADING = /^Report (from|of|by|to)\b.*\b(committee|council|cabinet|board|panel|meeting)\b/i;
/** Heading levels that open a document (a level-3 heading is a section). */
const DOCUMENT_HEADING_LEVEL = 2;

function isHeading(line: Line | undefined, maxLevel = DOCUMENT_HEADING_LEVEL): boolean {
  return !!line && line.heading !== undefined && line.heading <= maxLevel;
}

const headingReportRule: CueRule = {
  name: 'report-heading',
  topLines: 3,
  match(lines, i) {
    const line = lines[i];
    if (!isHeading(line) || !REPORT_HEADING.test(line.text) || NUMBERED_PARAGRAPH.test(line.text)) return null;
    const next = lines[i + 1];
    const title = next && next.heading !== undefined && next.text.length < TITLE_MAX_CHARS ? next.text : line.text;
    return { kind: 'report', title, from: i };
  },
};

// ---------------------------------------------------------------------------------------
// Appendices and annexes: "Appendix 1 – Executive Response", "APPENDIX A", "Annex 2: …".

export const APPENDIX_HEADING = /^(?:appendix|annex|annexe|enclosure)\s+([0-9]+[a-z]?|[A-Z]{1,2}|[IVX]+)\b(?:\s*$|\s*[:.\-–—]\s*\S|\s+[A-Z(])/i;
const APPENDICES_LIST = /^(appendices|appendix|annexes|list of appendices)\s*:?$/i;

const appendixRule: CueRule = {
  name: 'appendix',
  topLines: 3,
  match(lines, i) {
    const line = lines[i];
    if (!APPENDIX_HEADING.test(line.text) || line.text.length > TITLE_MAX_CHARS) return null;
    // A list of appendices inside a report is not an appendix.
    const prev = lines[i - 1];
    const next = lines[i + 1];
    if (prev && (APPENDIX_HEADING.test(prev.text) || APPENDICES_LIST.test(prev.text))) return null;
    if (next && APPENDIX_HEADING.test(next.text)) return null;
    let title = line.text;
    // "Appendix 1" alone: the title is the line under it.
    if (/^\S+\s+\S+$/.test(title) && next && next.text.length < TITLE_MAX_CHARS && !isTableRow(next)) title = `${title} ${next.text}`;
    return { kind: 'appendix', title, from: i };
  },
};

// ---------------------------------------------------------------------------------------
// Work programmes: a "… Work Programme 2024-25" title over the programme's table.

const WORK_PROGRAMME = /\b(work ?programme|work plan|forward work programme)\b/i;
const NUMBERED_PARAGRAPH = /^(\d+(\.\d+)*|[a-z]\)|\(\w+\)|[-•])\s/;
/** A programme's table is laid out by meeting: its header names the date (or meeting, or month) column. */
const PROGRAMME_DATE_COLUMN = /\b(date|meeting|month)\b/i;
/** Lines between a programme's title and its table. */
const PROGRAMME_TABLE_WINDOW = 3;

const workProgrammeRule: CueRule = {
  name: 'work-programme',
  topLines: 3,
  match(lines, i) {
    const t = lines[i].text;
    if (!WORK_PROGRAMME.test(t) || t.length > TITLE_MAX_CHARS || /[.,;]$/.test(t) || NUMBERED_PARAGRAPH.test(t)) return null;
    if (isTableRow(lines[i])) return null;
    // A document-level heading needs no table under it.
    if (isHeading(lines[i])) return { kind: 'work-programme', title: t, from: i };
    // The table's header row, or in a raw extraction that header with its cells run together.
    for (let j = i + 1; j <= i + PROGRAMME_TABLE_WINDOW && j < lines.length; j++) {
      if (isTableRow(lines[j]) || (isFlattenedHeader(lines[j]) && PROGRAMME_DATE_COLUMN.test(lines[j].text))) return { kind: 'work-programme', title: t, from: i };
    }
    return null;
  },
};

// ---------------------------------------------------------------------------------------
// Motions, amendments and call-in requests: a title with "Proposer:" printed under it.

const PROPOSER = /^(proposer|proposed by|mover)\b\s*:?/i;
/** Lines between such a title and its "Proposer:" line. */
const PROPOSER_WINDOW = 5;

const proposalRule: CueRule = {
  name: 'proposal',
  topLines: 3,
  match(lines, i) {
    const t = lines[i].text;
    if (t.length > TITLE_MAX_CHARS || PROPOSER.test(t) || coverLabel(t) || /[.;]$/.test(t)) return null;
    if (!/^(motion|amendment|budget amendment|call-in|call in|notice of motion|petition)\b/i.test(t)) return null;
    for (let j = i + 1; j <= i + PROPOSER_WINDOW && j < lines.length; j++) {
      if (PROPOSER.test(lines[j].text)) {
        const title = j > i + 1 && !coverLabel(lines[i + 1].text) ? joinTitle(lines, i, i + 1) : t;
        return { kind: 'other', title, from: i };
      }
    }
    return null;
  },
};

// ---------------------------------------------------------------------------------------
// Records of decision and equality impact assessments: forms with a fixed title.

const FORM_TITLE = /\b(record of (?:executive )?decision|equality impact assessment|EQIA submission|decision notice)\b/i;
/** What may follow a form's title on its line: a capitalised qualifier or a dash, never a sentence going on. */
const FORM_TITLE_TAIL = /^(\s*$|\s*[-–—:(]|\s+[A-Z0-9])/;

const formRule: CueRule = {
  name: 'form',
  topLines: 2,
  match(lines, i) {
    const t = lines[i].text;
    const m = FORM_TITLE.exec(t);
    if (!m || t.length > TITLE_MAX_CHARS || /[.,;]$/.test(t) || NUMBERED_PARAGRAPH.test(t)) return null;
    if (!FORM_TITLE_TAIL.test(t.slice(m.index + m[0].length))) return null;
    return { kind: 'other', title: t, from: i };
  },
};

// ---------------------------------------------------------------------------------------
// Letters: "Dear Member" under an address block, on the first page only.

const SALUTATION = /^Dear\s+(member|members|councillor|councillors|sir|madam|colleague|all|chair)/i;

/**
 * A letter that opens with a clerk's summons ("Dear Councillors, / You are summoned to the
 * meeting of …") is the covering summons of a parish agenda, which prints its items under it;
 * one that lists the agenda items it encloses ("Agenda Item No") sends a supplementary agenda.
 * Neither is a letter: the pack opens with a front sheet (looksLikeFrontSheet).
 */
const SUMMONS_AFTER_SALUTATION_LINES = 3;
/** The "Agenda Item No" heading follows the salutation within a few lines. */
const LETTER_ITEMS_LINES = 6;

const letterRule: CueRule = {
  name: 'letter',
  topLines: 14,
  match(lines, i) {
    if (!SALUTATION.test(lines[i].text)) return null;
    const summons = lines.slice(i, i + 1 + SUMMONS_AFTER_SALUTATION_LINES).some((l) => samePage(l, lines[i]) && isSummons(l.text));
    const enclosesItems = lines.slice(i, i + LETTER_ITEMS_LINES).some((l) => samePage(l, lines[i]) && isItemColumnHeading(l.text));
    if (summons || enclosesItems) return null;
    const subject = lines[i + 1] && isUpper(lines[i + 1].text) ? lines[i + 1].text : lines[i].text;
    // The letter starts at the top of its page (address and date block above the salutation).
    let from = i;
    while (from > 0 && samePage(lines[from - 1], lines[i])) from--;
    return { kind: 'other', title: `Letter: ${subject}`, from: lines[i].page === null ? i : from };
  },
};

/** Every first-page rule, strongest evidence first. */
export const CUE_RULES: CueRule[] = [
  minutesRule,
  attendanceRule,
  minutesParserRule,
  trackerRule,
  titledTrackerRule,
  reportRule,
  headingReportRule,
  appendixRule,
  workProgrammeRule,
  proposalRule,
  formRule,
  letterRule,
];

// ---------------------------------------------------------------------------------------
// Front sheets: the pack's opening pages, when they summon members to a meeting.

const FRONT_SHEET = /^(A\s?G\s?E\s?N\s?D\s?A\b|Summons\b|Notice of (the )?meeting\b|Agenda\b|Public Document Pack\b|Supplementary agenda\b)/i;
/** "NOTICE AND AGENDA OF DISTRICT COUNCIL MEETING": a short capitalised heading naming the agenda. */
const AGENDA_HEADING = /\bAGENDA\b/;
const AGENDA_HEADING_CHARS = 60;
/** Lines of the pack's opening searched for a front-sheet heading. */
export const FRONT_SHEET_WINDOW = 60;

/** Who attended: a record of a meeting says so, a front sheet (which summons) does not. */
const ATTENDANCE_LABEL = new RegExp(`^${ATTENDANCE_WORDS}\\b\\s*:?`, 'i');
/** Lines of a file's opening searched for a dated title and an attendance list. */
const MEETING_RECORD_WINDOW = 20;
const DATE_IN_TITLE_LINES = 3;

/**
 * True when a file opens as the record of a meeting that prints no "Minutes" heading: a
 * dated title ("TMG 14 November 2024") and, soon after, who attended ("Attendance:").
 */
export function looksLikeMeetingRecord(lines: Line[]): boolean {
  const dated = lines.slice(0, DATE_IN_TITLE_LINES).some((l) => (DATED.test(l.text) || findDate(l.text) !== null) && l.text.length < TITLE_MAX_CHARS);
  return dated && lines.slice(0, MEETING_RECORD_WINDOW).some((l) => ATTENDANCE_LABEL.test(l.text));
}

/** True when the opening lines of a pack read as an agenda front sheet. */
export function looksLikeFrontSheet(lines: Line[]): boolean {
  const end = Math.min(lines.length, FRONT_SHEET_WINDOW);
  for (let i = 0; i < end; i++) {
    const t = lines[i].text;
    if (FRONT_SHEET.test(t) || (t.length <= AGENDA_HEADING_CHARS && AGENDA_HEADING.test(t) && isUpper(t))) return true;
    // A parish agenda may print no AGENDA heading: the summons sentence calls the meeting.
    if (isSummons(t)) return true;
  }
  return false;
}
