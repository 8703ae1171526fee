/**
 * The agenda front sheet → `meeting` and `agenda`.
 *
 * Works on the front sheet's own lines (once segmentation hands them over) and on a whole
 * pack's lines: the sheet is found at the start (its AGENDA title, then item 1) and read up
 * to its end, without claiming lines of the documents after it. Lines of the sheet that no
 * rule could place are reported (`unparsed-lines`, one warning per page), never dropped.
 */
import type { Context } from '../../context.js';
import type { Line } from '../../layout/types.js';
import type { AgendaItem, Meeting } from '../../schema/pack.js';
import type { Parsed } from '../types.js';
import { findDate } from '../../text/dates.js';
import { findTime } from '../common/times.js';
import { isAgendaTitle, isItemColumnHeading, isSummons } from './blocks.js';
import { fieldText as clean } from '../../text/join.js';
import { isShouting } from '../common/case.js';
import { agendaNumberFollows, readHeadingAt, readNumber } from './item-heading.js';
import { warnUnreadLines } from '../unread-lines.js';
import { parseItems } from './items.js';
import { looksLikeUnnumberedItem } from './item-readers.js';
import { parseMeeting } from './meeting.js';
import { meetingFromFrontMatter } from './meeting-readers.js';

export { readCoverMeeting } from './meeting.js';

export interface FrontSheet {
  meeting: Meeting | null;
  agenda: AgendaItem[];
}

/** A front sheet's heading block, and the distance to its first item, stays within this many lines. */
const HEADER_MAX_LINES = 120;

/** Headings of the sheet that a following document would repeat are at least this long ("CABINET" is not distinctive). */
const MIN_STOP_TEXT = 10;

/** The note printed on the blank back of a front sheet: part of the sheet, nothing to read. */
const BLANK_PAGE_NOTE = /^This page (?:is )?intentionally (?:been )?left blank\.?$/i;

/** Lines that open minutes: seen before any AGENDA title, the document is not a front sheet. */
const MINUTES_OPENING = /^(?:minutes of|present\s*:|action notes)/i;

/**
 * A supplementary agenda opens at the item it supplements ("8 Scrutiny Review of …"), so the
 * first numbered heading soon after the AGENDA title is the first item, whatever its number;
 * further away only item 1 is.
 */
const TITLE_TO_FIRST_ITEM_LINES = 40;

/** Index of the first item's heading, when the lines open with a front sheet; -1 otherwise. */
function firstItem(lines: Line[]): number {
  let titledAt = -1;
  for (let i = 0; i < Math.min(lines.length, HEADER_MAX_LINES); i++) {
    const text = clean(lines[i].text);
    if (isAgendaTitle(text) || isSummons(text) || isItemColumnHeading(text)) titledAt = i;
    else if (titledAt < 0 && MINUTES_OPENING.test(text)) return -1;
    const h = titledAt >= 0 ? readHeadingAt(lines, i)?.heading : null;
    if (!h?.number) continue;
    if (agendaNumberFollows(null, h.number)) return i;
    // A date or time is not an item ("10.00 am", "13/03/2025 …" are read off before this).
    if (i - titledAt <= TITLE_TO_FIRST_ITEM_LINES && readNumber(h.number) && !findDate(text) && !findTime(text)) return i;
  }
  return -1;
}

/** The sheet's distinctive heading lines; the next document of a CMIS pack repeats them. */
function stopTexts(header: Line[]): string[] {
  return header
    .map((l) => clean(l.text))
    .filter((t) => t !== '')
    .slice(0, 3)
    .filter((t) => t.length >= MIN_STOP_TEXT && isShouting(t) && !isAgendaTitle(t));
}

/** The meeting read from a document's first page, when its readers find a date. */
function openingMeeting(lines: Line[]): Meeting | null {
  const page = lines[0]?.page;
  const opening = lines.slice(0, HEADER_MAX_LINES).filter((l) => l.page === page);
  const { meeting } = parseMeeting(opening);
  return meeting.date !== null ? meeting : null;
}

/** An unnumbered agenda is a list: at least this many headings in one column under the title. */
const MIN_UNNUMBERED_ITEMS = 3;

/**
 * Index of the first heading of an agenda that numbers none of its items (an AGENDA title,
 * then a list of short headings in one column); -1 otherwise. The generic item reader reads it.
 */
function firstUnnumberedItem(lines: Line[]): number {
  const end = Math.min(lines.length, HEADER_MAX_LINES);
  const titledAt = lines.slice(0, end).findIndex((l) => isAgendaTitle(clean(l.text)));
  if (titledAt < 0) return -1;
  const list = lines.slice(titledAt + 1, titledAt + 1 + MIN_UNNUMBERED_ITEMS);
  const oneColumn = list.every((l) => Math.abs(l.x - list[0].x) <= 1 && l.page === lines[titledAt].page);
  return list.length === MIN_UNNUMBERED_ITEMS && oneColumn && list.every(looksLikeUnnumberedItem) ? titledAt + 1 : -1;
}

/**
 * The front sheet of these lines. `frontMatter` is the file's metadata block where it has one (a
 * web page's front matter): it fills what the sheet itself does not print.
 */
export function parseFrontSheet(lines: Line[], ctx: Context, frontMatter: readonly string[] = []): Parsed<FrontSheet> {
  const parsed = readSheet(lines, ctx);
  const meta = frontMatter.length ? meetingFromFrontMatter(frontMatter) : {};
  if (!Object.keys(meta).length) return parsed;
  const meeting = parsed.value.meeting ?? { body: null, committee: null, date: null, time: null, venue: null, source: { page: lines[0]?.page ?? null, line: lines[0]?.line ?? null } };
  const filled = { ...meeting };
  for (const key of ['date', 'time', 'venue'] as const) if (filled[key] === null && meta[key]) filled[key] = meta[key] ?? null;
  return { ...parsed, value: { ...parsed.value, meeting: filled } };
}

function readSheet(lines: Line[], ctx: Context): Parsed<FrontSheet> {
  const numbered = firstItem(lines);
  const start = numbered >= 0 ? numbered : firstUnnumberedItem(lines);
  if (start < 0) {
    // A sheet whose items could not be found may still say which meeting it calls.
    const meeting = openingMeeting(lines);
    ctx.warn('front-sheet-not-found', `No agenda front sheet (an AGENDA title followed by item 1) was found at the start of this document; the agenda is left empty${meeting ? '' : ', and so is the meeting'}.`, {
      page: lines[0]?.page ?? null,
      line: lines[0]?.line ?? null,
    });
    return { value: { meeting, agenda: [] }, claimed: new Set() };
  }
  const header = lines.slice(0, start);
  const meeting = parseMeeting(header);
  const headerTexts = new Set(header.map((l) => clean(l.text).toUpperCase()).filter((t) => t !== '' && !isAgendaTitle(t)));
  const items = parseItems(lines, start, stopTexts(header), ctx, headerTexts);
  const claimed = new Set([...meeting.claimed, ...items.claimed]);
  for (const l of lines) if (BLANK_PAGE_NOTE.test(clean(l.text))) claimed.add(l.line);
  reportUnplaced(lines.slice(0, items.end), claimed, ctx);
  return { value: { meeting: meeting.meeting, agenda: items.items }, claimed };
}

/** The sheet's lines that no rule placed, said as every phase says it (`unparsed-lines`, one warning per page). */
function reportUnplaced(lines: Line[], claimed: Set<number>, ctx: Context): void {
  warnUnreadLines(lines.filter((l) => !claimed.has(l.line) && clean(l.text) !== ''), 'front sheet', ctx);
}
