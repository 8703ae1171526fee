/**
 * Segmentation: the pack split into its documents (front sheet, minutes, action tracker,
 * reports, appendices, work programme), each with its agenda item and pages, so that each
 * parser reads only the lines of its own document.
 *
 * Evidence, strongest first, combined:
 *  1. the PDF outline, where the publisher bookmarked each document (outline.ts);
 *  2. page facts: "Item 4" stamps, each document's own page numbering, separator pages,
 *     running "Appendix 1" headers (signals.ts);
 *  3. first-page cues: minutes headings, report covers, appendix headings … (cues.ts);
 *  4. with the front sheet's agenda: a page headed by a later agenda item's title, and each
 *     document's title and printed page matched against the agenda (items.ts).
 *
 * Every line belongs to exactly one document: a document runs from its first line to the
 * line before the next document's first line. One pass over the lines, one over the pages.
 *
 * Wiring: `findFrontSheet(layout)` first (its lines go to parseFrontSheet), then
 * `segmentPack(layout, ctx, { agenda })` with the parsed agenda.
 */
import type { Context } from '../context.js';
import { allLines, type Layout, type Line } from '../layout/types.js';
import type { AgendaItem, DocumentKind } from '../schema/pack.js';
import { APPENDIX_HEADING, bannerStart, CUE_RULES, looksLikeFrontSheet, looksLikeMeetingRecord, type Cue } from './cues.js';
import { findListedAppendices } from './listed-appendices.js';
import { ItemMatcher } from './items.js';
import { outlineDocuments } from './outline.js';
import { numberingStarts, runningHeaderStarts, separatorStarts, stampStarts, type PageStart } from './signals.js';
import type { Segment, SegmentOptions, StartSignal } from './types.js';
import { coverage, titleWords } from './words.js';

export type { Segment, SegmentOptions } from './types.js';

/** Deepest anchor line any page-top cue rule accepts on a PDF page (the letter rule's). */
const MAX_TOP_LINES = Math.max(...CUE_RULES.filter((r) => !r.midPage).map((r) => r.topLines));
const MID_PAGE_RULES = CUE_RULES.filter((r) => r.midPage);
/** In a text extraction, lines skipped after a cue: a cover's own labels must not open a second document. */
const TEXT_CUE_SKIP = 8;
/** Lines of a document read (with its title) when matching it to an agenda item. */
const EVIDENCE_LINES = 6;
/** Lines at the top of a page compared with the agenda's titles. */
const AGENDA_TITLE_TOP_LINES = 2;
/** Share of an agenda title a page heading must repeat, and share of the heading that must be the title. */
const AGENDA_TITLE_MATCH = 0.8;
const AGENDA_TITLE_PURITY = 0.6;
/** Heading levels that open a document in markdown and HTML (a level-3 heading is a section). */
const DOCUMENT_HEADING_LEVEL = 2;
/** A front-sheet entry: a numbered item, or one printing its page range. */
const AGENDA_LIST_ENTRY = /^\d{1,3}[a-z]?[.)]?\s|\(Pages?\s+\d/i;
/** A title made from a document's first lines stops at this length. */
const FALLBACK_TITLE_CHARS = 120;

/** How much each kind of evidence is trusted when several open the same document. */
const SIGNAL_RANK: Record<StartSignal, number> = {
  'pack-start': 0,
  'listed-appendix': 7,
  outline: 6,
  cue: 5,
  'agenda-title': 4,
  'item-stamp': 3,
  'page-numbering': 2,
  'blank-separator': 1,
};

interface Start {
  /** Index into the pack's lines of the document's first line. */
  at: number;
  signal: StartSignal;
  kind?: DocumentKind;
  /** Used when nothing else gives the kind. */
  fallbackKind?: DocumentKind;
  title?: string;
  item?: string | null;
  /** A bookmark's page, which may hold no text (a full-page picture). */
  page?: number;
  /** The cue may be a running header (see Cue.repeats). */
  repeats?: boolean;
}

/** Where each line sits: its index on its page, and the index of its page's first line. */
interface LineIndex {
  lines: Line[];
  onPage: number[];
  /** Index of the first line of each page, by layout page index (-1 for a page with no lines). */
  pageFirst: number[];
  pageIndexOf: number[];
}

function indexLines(layout: Layout): LineIndex {
  const lines = allLines(layout);
  const onPage: number[] = [];
  const pageIndexOf: number[] = [];
  const pageFirst: number[] = [];
  let at = 0;
  layout.pages.forEach((page, p) => {
    pageFirst.push(page.lines.length > 0 ? at : -1);
    page.lines.forEach((_, k) => {
      onPage.push(k);
      pageIndexOf.push(p);
    });
    at += page.lines.length;
  });
  return { lines, onPage, pageFirst, pageIndexOf };
}

/** The first line on or after this page, or -1 past the last line. */
function firstLineFrom(ix: LineIndex, pageIndex: number): number {
  for (let p = pageIndex; p < ix.pageFirst.length; p++) if (ix.pageFirst[p] >= 0) return ix.pageFirst[p];
  return -1;
}

/** First-page cues. On PDF pages only anchors near the top are tried, one document per page. */
function cueStarts(ix: LineIndex, realPages: boolean): Start[] {
  const out: Start[] = [];
  let skipUntil = -1;
  let cuedPage = -1;
  for (let i = 0; i < ix.lines.length; i++) {
    if (i < skipUntil) continue;
    const pos = ix.onPage[i];
    if (realPages && pos > 0) {
      // Part-way down a page only the mid-page rules apply; they start the document at their line.
      const mid = MID_PAGE_RULES.map((r) => r.match(ix.lines, i)).find((c): c is Cue => c !== null);
      if (mid) {
        out.push({ at: mid.from, signal: 'cue', kind: mid.kind, title: mid.title });
        continue;
      }
    }
    if (realPages && (pos > MAX_TOP_LINES || ix.pageIndexOf[i] === cuedPage)) continue;
    let cue: Cue | null = null;
    for (const rule of CUE_RULES) {
      if (realPages && (pos > rule.topLines || rule.midPage)) continue;
      cue = rule.match(ix.lines, i);
      if (cue) break;
    }
    if (!cue) continue;
    if (realPages) {
      out.push({ at: i - pos, signal: 'cue', kind: cue.kind, title: cue.title, repeats: cue.repeats });
      cuedPage = ix.pageIndexOf[i];
    } else {
      out.push({ at: cue.from, signal: 'cue', kind: cue.kind, title: cue.title, repeats: cue.repeats });
      skipUntil = i + TEXT_CUE_SKIP;
    }
  }
  return out;
}

/** Share of an agenda title a heading of a markdown/HTML extraction must repeat, when every word of the heading is in the title. */
const HEADING_TITLE_MATCH = 0.5;

/**
 * In markdown and HTML extractions, a document-level heading made of an agenda item's title
 * words ("Development Plan 2019/20" under "Birmingham Children's Trust Development Plan
 * 2019/20") opens that item's document.
 */
function headingAgendaStarts(ix: LineIndex, agenda: AgendaItem[]): Start[] {
  const items = agendaTitles(agenda);
  const out: Start[] = [];
  ix.lines.forEach((line, i) => {
    if (line.heading === undefined || line.heading > DOCUMENT_HEADING_LEVEL || AGENDA_LIST_ENTRY.test(line.text)) return;
    const lineWords = titleWords(line.text);
    if (lineWords.size < 2) return;
    const hit = items.find(({ words }) => coverage(lineWords, words) === 1 && coverage(words, lineWords) >= HEADING_TITLE_MATCH);
    if (hit) out.push({ at: i, signal: 'agenda-title', item: hit.a.number, title: line.text });
  });
  return out;
}

/** The agenda items a document can be matched to by title: numbered, not standing business, titled in two words or more. */
function agendaTitles(agenda: AgendaItem[]): Array<{ a: AgendaItem; words: Set<string> }> {
  return agenda
    .map((a) => ({ a, words: titleWords(a.title) }))
    .filter(({ a, words }) => !a.procedural && a.number !== null && words.size >= 2);
}

/** A page headed by a (non-procedural) agenda item's title: that item's document starts there. */
function agendaTitleStarts(ix: LineIndex, layout: Layout, agenda: AgendaItem[]): Start[] {
  const items = agendaTitles(agenda);
  if (items.length === 0) return [];
  const out: Start[] = [];
  layout.pages.forEach((_, p) => {
    const first = ix.pageFirst[p];
    if (first < 0) return;
    for (let k = 0; k < AGENDA_TITLE_TOP_LINES && first + k < ix.lines.length && ix.pageIndexOf[first + k] === p; k++) {
      const line = ix.lines[first + k];
      // The front sheet's own list of items ("12. Treasury Management … (Pages 245 - 266)") is not a heading.
      if (AGENDA_LIST_ENTRY.test(line.text)) continue;
      const lineWords = titleWords(line.text);
      const hit = items.find(({ words }) => coverage(words, lineWords) >= AGENDA_TITLE_MATCH && coverage(lineWords, words) >= AGENDA_TITLE_PURITY);
      if (hit) {
        out.push({ at: first, signal: 'agenda-title', item: hit.a.number, title: line.text });
        return;
      }
    }
  });
  return out;
}

function fromPageStarts(ix: LineIndex, starts: PageStart[]): Start[] {
  const out: Start[] = [];
  for (const s of starts) {
    const at = firstLineFrom(ix, s.pageIndex);
    if (at >= 0) out.push({ at, signal: s.signal, kind: s.kind, title: s.title, item: s.item });
  }
  return out;
}

/** Several pieces of evidence for the same first line become one start; the most trusted names it. */
function mergeStarts(starts: Start[]): Start[] {
  const byLine = new Map<number, Start[]>();
  for (const s of starts) byLine.set(s.at, [...(byLine.get(s.at) ?? []), s]);
  const out: Start[] = [];
  for (const [at, group] of [...byLine].sort((a, b) => a[0] - b[0])) {
    group.sort((a, b) => SIGNAL_RANK[b.signal] - SIGNAL_RANK[a.signal]);
    out.push({
      at,
      signal: group[0].signal,
      kind: group.find((s) => s.kind)?.kind,
      fallbackKind: group.find((s) => s.fallbackKind)?.fallbackKind,
      title: group.find((s) => s.title !== undefined)?.title,
      item: group.find((s) => s.item)?.item,
      page: group.find((s) => s.page !== undefined)?.page,
      repeats: group[0].repeats,
    });
  }
  return out;
}

/** Starts from the outline, or null when it has too few resolved bookmarks to carry the split. */
function outlineStarts(ix: LineIndex, layout: Layout): Start[] | null {
  const docs = outlineDocuments(layout);
  if (!docs) return null;
  const pageIndex = new Map(layout.pages.map((p, i) => [p.number, i]));
  const out: Start[] = [];
  for (const d of docs) {
    const p = pageIndex.get(d.page);
    if (p === undefined) continue;
    const at = firstLineFrom(ix, p);
    if (at < 0) continue;
    const kind = d.kind ?? pageCueKind(ix, p) ?? undefined;
    out.push({ at, signal: 'outline', kind, fallbackKind: d.fallback, title: d.title, item: d.item, page: d.page });
  }
  return out;
}

/** The kind the first lines of a page announce (used to type a bookmarked document). */
function pageCueKind(ix: LineIndex, pageIndex: number): DocumentKind | null {
  const first = ix.pageFirst[pageIndex];
  if (first < 0) return null;
  for (let i = first; i < ix.lines.length && ix.pageIndexOf[i] === pageIndex && i - first <= MAX_TOP_LINES; i++) {
    for (const rule of CUE_RULES) {
      if (i - first > rule.topLines) continue;
      const cue = rule.match(ix.lines, i);
      if (cue && cue.kind !== 'appendix') return cue.kind;
    }
  }
  return null;
}

/** Lines above a title that are not it: stamps, classification banners, a date alone. */
const NOT_A_TITLE = /classified as|^(agenda\s+)?item\b|^(official|unrestricted|restricted|draft)$|^page \d/i;
const DATE_ONLY = /^(\w+day,?\s+)?\d{1,2}(st|nd|rd|th)?\s+\w+,?\s+\d{4}$/i;
/** Lines searched for a capitalised heading before settling for the first line. */
const TITLE_SEARCH_LINES = 5;

/** Share of a heading's letters that are capitals ("ACCESS TO GPs AND PRIMARY MEDICAL CARE" still counts). */
const CAPITALS_SHARE = 0.85;

function isCapitalHeading(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  const capitals = letters.replace(/[^A-Z]/g, '').length;
  return letters.length >= 4 && capitals / letters.length >= CAPITALS_SHARE && text.split(/\s+/).length >= 2;
}

/**
 * A title for a document whose first page prints no recognised heading: the first capitalised
 * heading near the top (with the capitalised lines that carry it on), else the first line.
 */
function openingTitle(lines: Line[], at: number, end: number): string {
  const candidates: number[] = [];
  for (let i = at; i < end && candidates.length < TITLE_SEARCH_LINES; i++) {
    const t = lines[i].text;
    if (!NOT_A_TITLE.test(t) && !DATE_ONLY.test(t)) candidates.push(i);
  }
  if (candidates.length === 0) return '';
  const heading = candidates.find((i) => isCapitalHeading(lines[i].text)) ?? candidates[0];
  const parts = [lines[heading].text];
  for (let i = heading + 1; i < end && isCapitalHeading(lines[heading].text) && isCapitalHeading(lines[i].text); i++) {
    if (parts.join(' ').length >= FALLBACK_TITLE_CHARS) break;
    parts.push(lines[i].text);
  }
  return parts.join(' ').slice(0, FALLBACK_TITLE_CHARS).trim();
}

/** A landscape first page: a slide deck or a wide table, not an appendix of prose. */
function isLandscape(layout: Layout, pageIndex: number | undefined): boolean {
  const p = pageIndex === undefined ? undefined : layout.pages[pageIndex];
  return !!p && p.width !== null && p.height !== null && p.width > p.height;
}

const KIND_LABEL: Record<DocumentKind, string> = {
  agenda: 'Agenda',
  minutes: 'Minutes',
  'action-tracker': 'Action tracker',
  report: 'Report',
  'work-programme': 'Work programme',
  appendix: 'Appendix',
  other: 'Document',
};

/** The pack's opening, where no cue names it: a meeting's record (minutes), a front sheet, or unknown. */
function packStartKind(lines: Line[]): DocumentKind | null {
  if (looksLikeMeetingRecord(lines)) return 'minutes';
  return looksLikeFrontSheet(lines) ? 'agenda' : null;
}

/** "APPENDIX F" of "APPENDIX F: … SPENDING": which appendix a heading names. */
function appendixId(title: string): string | null {
  const m = APPENDIX_HEADING.exec(title);
  return m ? m[1].toUpperCase() : null;
}

/**
 * A repeated header on a later page continues the document: a tracker's header row, a
 * programme's title, or the same appendix letter heading each of its tables ("APPENDIX F:
 * … SPENDING", "APPENDIX F: … SAVINGS").
 */
function continues(prev: Segment | undefined, s: Start): boolean {
  if (!prev || s.signal !== 'cue' || s.kind !== prev.kind) return false;
  if (s.repeats) return true;
  if (s.kind === 'action-tracker') return !s.title || s.title === prev.title;
  if (s.kind === 'work-programme') return s.title === prev.title;
  if (s.kind === 'appendix') return appendixId(s.title ?? '') !== null && appendixId(s.title ?? '') === appendixId(prev.title);
  return false;
}

function split(layout: Layout, agenda: AgendaItem[]): Segment[] {
  const ix = indexLines(layout);
  const { lines } = ix;
  const realPages = layout.format === 'pdf';
  // Text extractions may carry the bookmark titles at their end; the source resolves them to pages too.
  const fromOutline = outlineStarts(ix, layout);
  const raw: Start[] = fromOutline ?? [
    ...cueStarts(ix, realPages),
    ...fromPageStarts(ix, [...stampStarts(layout), ...numberingStarts(layout), ...separatorStarts(layout), ...runningHeaderStarts(layout)]),
    ...(realPages ? agendaTitleStarts(ix, layout, agenda) : headingAgendaStarts(ix, agenda)),
  ];
  const first = build(layout, ix, agenda, mergeStarts(raw));
  if (fromOutline) return first;
  // A second pass with the appendices the reports list, once the reports are known.
  const listed = listedAppendixStarts(first, ix, realPages);
  return listed.length > 0 ? build(layout, ix, agenda, mergeStarts([...raw, ...listed])) : first;
}

/** Starts for the appendices each report lists (see listed-appendices.ts). */
function listedAppendixStarts(segments: Segment[], ix: LineIndex, realPages: boolean): Start[] {
  const indexOf = new Map(ix.lines.map((l, i) => [l.line, i]));
  const onPage = (line: Line) => {
    const i = indexOf.get(line.line);
    return i === undefined ? undefined : ix.onPage[i];
  };
  const out: Start[] = [];
  segments.forEach((report, r) => {
    if (report.kind !== 'report') return;
    const following: Segment[] = [];
    for (const doc of segments.slice(r + 1)) {
      if (doc.item !== report.item || !APPENDIX_KINDS.has(doc.kind)) break;
      following.push(doc);
    }
    for (const found of findListedAppendices(report, following, onPage, realPages)) {
      const i = indexOf.get(found.line);
      if (i === undefined) continue;
      const at = realPages ? i - ix.onPage[i] : bannerStart(ix.lines, i);
      out.push({ at, signal: 'listed-appendix', kind: 'appendix', title: found.title });
    }
  });
  return out;
}

/** Kinds a report's appendix may have been read as before its list was known. */
const APPENDIX_KINDS = new Set<DocumentKind>(['appendix', 'report', 'other']);

function build(layout: Layout, ix: LineIndex, agenda: AgendaItem[], starts: Start[]): Segment[] {
  const { lines } = ix;
  const realPages = layout.format === 'pdf';
  if (starts[0]?.at !== 0) starts.unshift({ at: 0, signal: 'pack-start' });

  const matcher = new ItemMatcher(agenda);
  const agendaIndex = new Map(agenda.map((a, i) => [a.number, i]));
  const segments: Segment[] = [];
  const firstLines: number[] = [];
  let lastItem: string | null = null;
  starts.forEach((s, n) => {
    const prev = segments[segments.length - 1];
    const nextAt = starts[n + 1]?.at ?? lines.length;
    if (continues(prev, s)) return;
    if (s.signal === 'agenda-title' && !s.kind) {
      const target = agendaIndex.get(s.item ?? null) ?? -1;
      const here = matcher.currentItem ? (agendaIndex.get(matcher.currentItem.number) ?? -1) : -1;
      // Inside minutes the headings repeat an agenda's titles; and items never go backwards.
      if (prev && (prev.kind === 'minutes' || prev.kind === 'action-tracker' || prev.kind === 'agenda')) return;
      if (target <= here) return;
    }
    const isPackStart = s.at === 0 && !s.kind;
    let kind: DocumentKind = s.kind ?? (isPackStart ? packStartKind(lines) : null) ?? s.fallbackKind ?? 'other';
    let item: string | null = null;
    if (kind !== 'agenda') {
      if (s.item) {
        item = s.item;
        matcher.moveTo(s.item);
      } else if (agenda.length > 0) {
        const printed = lines[s.at] ? (layout.pages[ix.pageIndexOf[s.at]]?.printed?.page ?? null) : null;
        const text = [s.title ?? '', ...lines.slice(s.at, Math.min(nextAt, s.at + EVIDENCE_LINES)).map((l) => l.text)].join(' ');
        item = matcher.place({ kind, text, printedPage: printed }, kind !== 'appendix')?.number ?? null;
      } else {
        // Without an agenda, documents after a stamped one belong to its item (packs are bound in agenda order).
        item = lastItem;
      }
    }
    const opensItem = item !== null && item !== lastItem;
    if (item !== null) lastItem = item;
    if (!s.kind && kind === 'other' && prev && !isLandscape(layout, ix.pageIndexOf[s.at])) {
      // Without a heading of its own, the first document of an item is its report; a later one is an appendix.
      if (opensItem) kind = 'report';
      else if (item !== null && prev.item === item && prev.kind !== 'agenda') kind = 'appendix';
    }
    const agendaTitle = item !== null ? (agenda.find((a) => a.number === item)?.title ?? '') : '';
    // A cue that found no printed title (a tracker that is only a table) takes the agenda item's.
    const untitledCue = s.signal === 'cue' && s.title === '';
    const title = s.title || (untitledCue ? '' : openingTitle(lines, s.at, nextAt)) || agendaTitle || KIND_LABEL[kind];
    segments.push({ kind, title, item, pages: { from: 0, to: 0 }, lines: [], signal: s.signal });
    firstLines.push(s.at);
    if (s.page !== undefined) segments[segments.length - 1].pages.from = s.page;
  });

  // Lines and pages: each document runs to the next one's first line.
  const lastPage = layout.pages[layout.pages.length - 1]?.number ?? 1;
  segments.forEach((seg, n) => {
    const at = firstLines[n];
    const end = firstLines[n + 1] ?? lines.length;
    seg.lines = lines.slice(at, end);
    const firstPage = seg.lines[0]?.page ?? seg.pages.from ?? 1;
    seg.pages.from = seg.pages.from || firstPage || 1;
    const nextFrom = firstLines[n + 1] !== undefined ? (lines[firstLines[n + 1]]?.page ?? null) : null;
    let to = seg.lines[seg.lines.length - 1]?.page ?? seg.pages.from;
    // On real pages a document also owns the textless pages (pictures, blank pages) before the next one.
    if (realPages) to = nextFrom !== null ? Math.max(to, nextFrom - 1) : lastPage;
    seg.pages.to = Math.max(to, seg.pages.from);
  });
  return segments;
}

/**
 * The front sheet: the pack's opening document when it reads as an agenda, found before the
 * agenda is known so that parseFrontSheet can read it first.
 */
export function findFrontSheet(layout: Layout): Segment | null {
  const first = split(layout, [])[0];
  return first && first.kind === 'agenda' ? first : null;
}

/** The pack's documents in page order; every line of the pack belongs to exactly one. */
export function segmentPack(layout: Layout, ctx: Context, options: SegmentOptions = {}): Segment[] {
  const agenda = options.agenda ?? [];
  const segments = split(layout, agenda);
  if (agenda.length > 0) {
    for (const seg of segments) {
      if (seg.kind === 'agenda' || seg.item !== null) continue;
      const first = seg.lines[0];
      ctx.warn('document-item-unknown', `The ${seg.kind} "${seg.title}" (pages ${seg.pages.from}-${seg.pages.to}) could not be matched to an agenda item.`, {
        page: first?.page ?? seg.pages.from,
        line: first?.line ?? null,
      });
    }
  }
  if (segments.length === 1 && layout.pages.length > 1 && segments[0].kind === 'other') {
    ctx.warn('pack-not-segmented', 'No document boundaries were found: the whole file is read as one document.', { page: layout.pages[0]?.number ?? null });
  }
  return segments;
}
