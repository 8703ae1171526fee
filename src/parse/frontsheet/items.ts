/**
 * The agenda items of a front sheet, from the first item's heading to the end of the
 * sheet: each heading with its wrapped title, page range, time slot, the text under it
 * and who attends for it.
 *
 * Where the front sheet ends: at the officer's sign-off (ModernGov), at the next document's
 * title block (a repeat of the sheet's own heading, "Minutes of the meeting …", "PRESENT:"),
 * or at a page that does not carry on the item sequence. Until then every line is read as
 * part of an item, a page range, a section marker or a note, or reported as unplaced.
 *
 * Which lines open an item is the item readers' business (item-readers.ts, an ordered table);
 * this module keeps the cursor, the titles and text of the items, and where the sheet ends.
 */
import type { Context } from '../../context.js';
import { hasGeometry, type Line } from '../../layout/types.js';
import type { AgendaItem, Range, TimeSlot } from '../../schema/pack.js';
import { isProcedural } from '../common/procedural.js';
import { findTimeSlot } from '../common/times.js';
import { splitAttending, isAttendance } from './attending.js';
import { continuesParagraph, isBracketedNote, isSectionMarker, paragraphs, paragraphText, signOffLength } from './blocks.js';
import { fieldText as clean } from '../../text/join.js';
import { isShouting } from '../common/case.js';
import { agendaNumberFollows, isSubNumber, readHeadingAt, readRangeLedHeading, splitTitle, tidyTitle, WATERMARK, type Heading } from './item-heading.js';
import { isStop, ITEM_READERS, type ItemMatch, type ItemScan } from './item-readers.js';
import { bareRange, findWordedRange } from './page-range.js';

/** How far into a new page to look for the next item before deciding the front sheet has ended. */
const PAGE_LOOKAHEAD_LINES = 20;

/**
 * The most lines of text one item carries on a front sheet (CMIS declarations notes run to
 * six paragraphs). More means the sheet has ended and another document is being read —
 * unless the next item in the sequence follows (a parish agenda's list of planning applications).
 */
const MAX_BODY_LINES = 25;

/** A line made only of bracketed notes: "(10.05 – 11.00)", "(10 minutes allocated) (14.10 – 14.20)". */
const BRACKETED_ONLY = /^(?:\([^()]*\)\s*)+$/;

/** A bulleted line ("• Proposals for Lords Farm", "● Bank reconciliation") is a list under a title, never part of it. */
const BULLET = /^[•●▪◦·➢\-–*]\s/;

/**
 * The closing note of a parish sheet ("Members of the public are welcome to attend our
 * meetings. Date for next meeting: …"): part of the sheet, not the last item's text.
 */
const CLOSING_NOTE = /^Members of the public (?:and (?:the )?press )?are (?:welcome|invited)\b/i;

/** "Yours sincerely": a covering letter closes over its items; the officer's sign-off follows. */
const VALEDICTION = /^Yours (?:sincerely|faithfully),?$/i;

interface Draft {
  number: string | null;
  /** Read by the generic reader: no number printed. */
  generic?: boolean;
  /** For a lettered sub-item, the number of the item it is under. */
  parent?: string;
  inferred: boolean;
  heading: Line;
  x: number;
  titleParts: string[];
  lastTitleLine: Line;
  pages: Range | null;
  time: TimeSlot | null;
  extra: string | null;
  body: Line[];
  /** Body lines whose text lost a page range printed beside it, by line number. */
  bodyText: Map<number, string>;
}

interface FloatingRange {
  range: Range;
  line: Line;
  /** Index of the item being read when the range was met. */
  owner: number;
  /** True when nothing but the heading (and its title lines) came between it and the range. */
  rightAfterHeading: boolean;
}

export interface ItemsReading {
  items: AgendaItem[];
  claimed: Set<number>;
  /** Index (into the lines given) just past the front sheet's last line. */
  end: number;
}

function draftFrom(h: Heading, line: Line, number: string | null, inferred: boolean): Draft {
  return { number, inferred, heading: line, x: h.x, titleParts: [h.title], lastTitleLine: line, pages: h.pages, time: h.time, extra: h.extra, body: [], bodyText: new Map() };
}

/**
 * How far ahead a long item (a parish agenda's list of planning applications) may run before
 * the next item: its lines are read as the item's text when the next item in sequence follows.
 */
const LONG_ITEM_LOOKAHEAD_LINES = 80;

/** True when the next item in the sequence is printed ahead, before anything that ends the sheet. */
function sequenceAhead(lines: Line[], from: number, last: string | null, stopTexts: string[]): boolean {
  for (let j = from; j < Math.min(lines.length, from + LONG_ITEM_LOOKAHEAD_LINES); j++) {
    const text = clean(lines[j].text);
    if (isStop(text, stopTexts) || signOffLength(lines, j) > 0) return false;
    const h = readHeadingAt(lines, j)?.heading;
    if (h?.number && !isSubNumber(h.number) && agendaNumberFollows(last, h.number)) return true;
  }
  return false;
}

/** A new page carries on the front sheet when the next item (or its page range) opens near its top. */
function pageContinues(lines: Line[], i: number, last: string | null, stopTexts: string[], headerTexts: Set<string>): boolean {
  const page = lines[i].page;
  let top = true;
  for (let j = i; j < lines.length && j < i + PAGE_LOOKAHEAD_LINES && lines[j].page === page; j++) {
    const text = clean(lines[j].text);
    if (top && repeatsHeading(text, headerTexts)) continue;
    top = false;
    if (isStop(text, stopTexts)) return false;
    const h = readHeadingAt(lines, j)?.heading;
    if (h?.number && agendaNumberFollows(last, h.number)) return true;
    const led = readRangeLedHeading(lines[j]);
    if (led && isShouting(led.title)) return true;
  }
  return false;
}

/**
 * How the text under a heading opens ("To receive apologies …", "Report of the Director …",
 * "See supplement pack …"): such a line starts the description even when set as close to
 * the heading as a wrapped title line would be.
 */
const DESCRIPTION_OPENER = /^(?:To (?:receive|consider|note|approve|agree|confirm|review|discuss|comment|endorse|scrutinise|elect|appoint|update|hear)\b|Report (?:of|by|from)\b|See\b|Attached\b|Enclosed\b)/;

/**
 * Whether a line carries on the title of the item being read, and on what evidence. Where the
 * source measured positions (`hasGeometry`), a wrapped title line is told by its spacing and
 * style: `measured`, strong enough to be taken before any heading reader looks at the line.
 * Without positions only case and indent tell: `guessed`, taken only when nothing else (a
 * heading, the sheet's end, a page range, a note) reads the line.
 */
type TitleContinuation = 'measured' | 'guessed' | null;

function titleContinuation(cur: Draft, line: Line, text: string): TitleContinuation {
  if (cur.body.length > 0 || cur.extra !== null) return null;
  if (DESCRIPTION_OPENER.test(text) || BULLET.test(text)) return null;
  if (hasGeometry(line)) return wrapsBySpacing(cur, line, text) ? 'measured' : null;
  return wrapsByCaseAndIndent(cur, line, text) ? 'guessed' : null;
}

/** A measured line wraps the title when it keeps the title's style and sits just under it, indented past the number. */
function wrapsBySpacing(cur: Draft, line: Line, text: string): boolean {
  // "11. Planning –", "19. Sheet Assets:": a title ending in a dash or colon introduces the lines under it.
  if (/[-–—:]$/.test(clean(cur.lastTitleLine.text))) return false;
  // A title's wrapped line keeps its style: a plain line under a bold (or capitalised) heading is its description.
  if (cur.lastTitleLine.bold && !line.bold) return false;
  if (isShouting(cur.titleParts.join(' ')) && !isShouting(text)) return false;
  return continuesParagraph(cur.lastTitleLine, line) && line.x > cur.x + 2;
}

/**
 * Without spacing to go by, a title carries on onto the next line when both are set in capitals
 * (CMIS), when the line opens in lower case, or when it is indented to the title's column under
 * a heading line long enough to have been wrapped (ModernGov through `pdftotext -layout`).
 */
function wrapsByCaseAndIndent(cur: Draft, line: Line, text: string): boolean {
  if (bareRange(text) !== null) return false;
  const title = cur.titleParts.join(' ');
  if (/[.:;]$/.test(title)) return false;
  if (isShouting(title) && isShouting(text)) return true;
  // A line opening in lower case carries on a sentence; raw `pdftotext` output keeps no indent to check.
  if (/^[a-z]/.test(text)) return true;
  return line.x > cur.x + 1 && clean(cur.lastTitleLine.text).length >= WRAPPED_LINE_LENGTH;
}

/** A heading line at least this long in a text extraction was probably wrapped by the page width. */
const WRAPPED_LINE_LENGTH = 50;

function addTitleLine(cur: Draft, line: Line, text: string): void {
  const split = splitTitle(text);
  if (split.pages && !cur.pages) cur.pages = split.pages;
  if (split.time && !cur.time) cur.time = split.time;
  if (split.title !== '') cur.titleParts.push(split.title);
  cur.lastTitleLine = line;
}

/** The first item reader in the table that recognises a heading here. */
function readItemHeading(scan: ItemScan): { reader: string; match: ItemMatch } | null {
  for (const reader of ITEM_READERS) {
    const match = reader.read(scan);
    if (match) return { reader: reader.name, match };
  }
  return null;
}

/**
 * The sheet's heading printed again at the top of each page ("WHITBOURNE PARISH / COUNCIL"):
 * page furniture, not the end of the sheet. `headerTexts` are the heading's lines, upper-cased.
 */
function repeatsHeading(text: string, headerTexts: Set<string>): boolean {
  return headerTexts.has(text.toUpperCase());
}

export function parseItems(lines: Line[], start: number, stopTexts: string[], ctx: Context, headerTexts: Set<string> = new Set()): ItemsReading {
  const drafts: Draft[] = [];
  const floating: FloatingRange[] = [];
  const claimed = new Set<number>();
  let last: string | null = null;
  let noteLast: Line | null = null;
  let afterSection = false;
  let pageTop = false;
  let i = start;

  for (; i < lines.length; i++) {
    const line = lines[i];
    const text = clean(line.text);
    const cur = drafts[drafts.length - 1];
    if (text === '') {
      claimed.add(line.line);
      continue;
    }
    if (cur && i > start && line.page !== lines[i - 1].page) {
      if (!pageContinues(lines, i, last, stopTexts, headerTexts) && !sequenceAhead(lines, i, last, stopTexts)) break;
      pageTop = true;
    }
    if (pageTop && repeatsHeading(text, headerTexts)) {
      claimed.add(line.line);
      continue;
    }
    pageTop = false;
    if (WATERMARK.test(text)) {
      claimed.add(line.line);
      continue;
    }

    const continuation = cur === undefined ? null : titleContinuation(cur, line, text);
    const scan: ItemScan = {
      lines,
      i,
      start,
      cur: cur ? { number: cur.number, parent: cur.parent, x: cur.x, generic: cur.generic, hasText: cur.body.length > 0 || cur.pages !== null } : null,
      firstX: drafts[0]?.x ?? null,
      last,
      stopTexts,
      continuesTitle: continuation === 'measured',
    };
    const found = readItemHeading(scan);
    if (found) {
      const { match } = found;
      const draft = draftFrom(match.heading, line, match.number, match.inferred);
      draft.lastTitleLine = lines[i + match.lines - 1];
      if (match.parent !== undefined) draft.parent = match.parent;
      if (match.generic) draft.generic = true;
      drafts.push(draft);
      // Sub-items are numbered under their item; the sequence carries on from the item.
      if (match.number !== null && match.parent === undefined) last = match.number;
      for (let k = i; k < i + match.lines; k++) claimed.add(lines[k].line);
      if (match.inferred) {
        ctx.warn('number-inferred', `Agenda item number ${match.number} is not in the extracted text; it was inferred from the items around "${match.heading.title}".`, { page: line.page, line: line.line });
      }
      i += match.lines - 1;
      noteLast = null;
      afterSection = false;
      continue;
    }
    if (!cur) break; // parseItems is called at a heading; anything else means the caller was wrong
    if (CLOSING_NOTE.test(text) || VALEDICTION.test(text)) {
      claimed.add(line.line);
      noteLast = line;
      continue;
    }
    if (continuation === 'measured') {
      addTitleLine(cur, line, text);
      claimed.add(line.line);
      continue;
    }
    if (isStop(text, stopTexts)) break;
    const signOff = signOffLength(lines, i);
    if (signOff > 0) {
      for (let k = i; k < i + signOff; k++) claimed.add(lines[k].line);
      i += signOff;
      break;
    }
    const range = bareRange(text);
    if (range) {
      floating.push({ range, line, owner: drafts.length - 1, rightAfterHeading: cur.body.length === 0 && cur.extra === null });
      claimed.add(line.line);
      continue;
    }
    if (isSectionMarker(text)) {
      claimed.add(line.line);
      afterSection = true;
      noteLast = null;
      continue;
    }
    if ((afterSection && isBracketedNote(text) && noteLast === null) || (noteLast && continuesParagraph(noteLast, line))) {
      claimed.add(line.line);
      noteLast = line;
      continue;
    }
    afterSection = false;
    noteLast = null;
    if (continuation === 'guessed') {
      addTitleLine(cur, line, text);
      claimed.add(line.line);
      continue;
    }
    // A time slot printed on a line of its own under the heading: "(10.05 – 11.00)", or beside
    // another bracketed note, "(10 minutes allocated) (14.10 – 14.20)"; the note stays as description.
    const slot = cur.time || !BRACKETED_ONLY.test(text) ? null : findTimeSlot(text);
    if (slot) {
      cur.time = { from: slot.from, to: slot.to };
      claimed.add(line.line);
      const rest = (text.slice(0, slot.index) + ' ' + text.slice(slot.end)).trim();
      if (rest === '') continue;
      cur.bodyText.set(line.line, rest);
    }
    if (cur.body.length >= MAX_BODY_LINES && !sequenceAhead(lines, i, last, stopTexts)) break;
    // ModernGov sets the range beside the first line of the description when the title is short.
    const worded = cur.pages ? null : findWordedRange(text);
    if (worded) {
      cur.pages = worded.range;
      cur.bodyText.set(line.line, worded.rest);
    }
    cur.body.push(line);
    claimed.add(line.line);
  }

  placeFloatingRanges(drafts, floating, ctx);
  return { items: drafts.map(toItem), claimed, end: i };
}

/**
 * CMIS prints "5 - 16" in the margin beside the heading; extractions put it on its own line
 * just before or just after the heading. A range right after a heading that has none is
 * that heading's; otherwise it belongs to the heading that follows it — unless that one is
 * itself followed by its own range, in which case it is the late range of the one before.
 */
function placeFloatingRanges(drafts: Draft[], floating: FloatingRange[], ctx: Context): void {
  const hasOwnRangeAfter = (index: number) => floating.some((f) => f.owner === index && f.rightAfterHeading);
  for (const f of floating) {
    const before = drafts[f.owner];
    const next = drafts[f.owner + 1];
    if (f.rightAfterHeading && !before.pages) before.pages = f.range;
    else if (next && !next.pages && !hasOwnRangeAfter(f.owner + 1)) next.pages = f.range;
    else if (!before.pages) before.pages = f.range;
    else ctx.warn('page-range-unplaced', `The page range ${f.range.from} - ${f.range.to} could not be matched to an agenda item.`, { page: f.line.page, line: f.line.line });
  }
}

/**
 * "Co-Option Process - To approve the co-option …", "Public Participation - members of the
 * public are allowed …": a title, then what the item is for. A title that is itself an
 * infinitive ("To receive an update on actions outstanding – deposit …") is one sentence. The dash only divides the two
 * when what follows reads as a description (an infinitive or a lower-case phrase), so "Armed
 * Forces Covenant - Annual Report" stays one title.
 */
const DESCRIPTION_DASH = /\s+[-–—]\s+(?=To [a-z]|[a-z])/g;

/** The title and description either side of the first dash that introduces a description, or null. */
function splitDescribed(title: string): [string, string] | null {
  if (/^To /.test(title)) return null;
  for (const m of title.matchAll(DESCRIPTION_DASH)) {
    const before = title.slice(0, m.index);
    if (/[A-Za-z]/.test(before)) return [before, title.slice(m.index + m[0].length)];
  }
  return null;
}

function toItem(d: Draft): AgendaItem {
  let title = tidyTitle(d.titleParts.join(' '));
  const description: string[] = d.extra ? [d.extra] : [];
  const described = splitDescribed(title);
  if (described) {
    title = tidyTitle(described[0]);
    description.push(described[1]);
  }
  const attending: string[] = [];
  for (const para of paragraphs(d.body)) {
    const text = paragraphText(para, (l) => d.bodyText.get(l.line) ?? l.text);
    if (text === '') continue;
    if (isAttendance(text)) attending.push(...splitAttending(text));
    else description.push(text);
  }
  return {
    number: d.number,
    numberInferred: d.inferred,
    title,
    pages: d.pages,
    time: d.time,
    description: description.length > 0 ? description.join(' ') : null,
    attending,
    procedural: isProcedural(title),
    source: { page: d.heading.page, line: d.heading.line },
  };
}
