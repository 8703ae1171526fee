/**
 * Candidate document starts from each kind of evidence (outline, first-page cues, page
 * facts, agenda titles, listed appendices), merged where several open the same line.
 * Each collector is one pass over the lines or the pages.
 */
import type { Layout, Line } from '../layout/types.js';
import type { AgendaItem, DocumentKind } from '../schema/pack.js';
import { bannerStart, CUE_RULES, rawHeadingEnd, type Cue } from './cues.js';
import { firstLineFrom, type LineIndex } from './line-index.js';
import { findListedAppendices } from './listed-appendices.js';
import { outlineDocuments } from './outline.js';
import type { PageStart } from './signals.js';
import type { Segment, StartSignal } from './types.js';
import { coverage, titleWords } from './words.js';

/** Deepest anchor line any page-top cue rule accepts on a PDF page (the letter rule's). */
const MAX_TOP_LINES = Math.max(...CUE_RULES.filter((r) => !r.midPage).map((r) => r.topLines));
const MID_PAGE_RULES = CUE_RULES.filter((r) => r.midPage);
/** In a text extraction, lines skipped after a cue: a cover's own labels must not open a second document. */
const TEXT_CUE_SKIP = 8;
/** Lines at the top of a page compared with the agenda's titles. */
const AGENDA_TITLE_TOP_LINES = 2;
/** Share of an agenda title a page heading must repeat, and share of the heading that must be the title. */
const AGENDA_TITLE_MATCH = 0.8;
const AGENDA_TITLE_PURITY = 0.6;
/** Heading levels that open a document in markdown and HTML (a level-3 heading is a section). */
const DOCUMENT_HEADING_LEVEL = 2;
/** A front-sheet entry: a numbered item, or one printing its page range. */
const AGENDA_LIST_ENTRY = /^\d{1,3}[a-z]?[.)]?\s|\(Pages?\s+\d/i;

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

export interface Start {
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

/** First-page cues. On PDF pages only anchors near the top are tried, one document per page. */
/**
 * A line of hard-wrapped prose that carries on the sentence above it ("…impact of the change
 * to post-16 transport" / "policy was published via the Equality Impact Assessment (EIA)…"):
 * it starts in lower case under a line that did not end a sentence. No document opens inside
 * a sentence, whatever title words the line happens to hold.
 */
function wrapsOn(lines: Line[], i: number): boolean {
  const previous = lines[i - 1];
  return !!previous && /^[a-z]/.test(lines[i].text) && /[\p{L}\d,]$/u.test(previous.text);
}

export function cueStarts(ix: LineIndex, realPages: boolean): Start[] {
  const out: Start[] = [];
  let skipUntil = -1;
  let cuedPage = -1;
  for (let i = 0; i < ix.lines.length; i++) {
    if (i < skipUntil) continue;
    const pos = ix.onPage[i];
    if (realPages && pos > 0) {
      // Part-way down a page only the mid-page rules apply; they start the document at their line.
      const mid = MID_PAGE_RULES.map((r) => r.match(ix.cueLines, i)).find((c): c is Cue => c !== null);
      if (mid) {
        out.push({ at: mid.from, signal: 'cue', kind: mid.kind, title: mid.title });
        continue;
      }
    }
    if (realPages && (pos > MAX_TOP_LINES || ix.pageIndexOf[i] === cuedPage)) continue;
    if (!realPages && wrapsOn(ix.cueLines, i)) continue;
    let cue: Cue | null = null;
    for (const rule of CUE_RULES) {
      if (realPages && (pos > rule.topLines || rule.midPage)) continue;
      cue = rule.match(ix.cueLines, i);
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
 * 2019/20") opens that item's document; in raw text, the same words on a line standing alone.
 */
export function headingAgendaStarts(ix: LineIndex, agenda: AgendaItem[]): Start[] {
  const items = agendaTitles(agenda);
  const out: Start[] = [];
  ix.lines.forEach((line, i) => {
    const isHeading = line.heading !== undefined ? line.heading <= DOCUMENT_HEADING_LEVEL : rawHeadingEnd(ix.cueLines, i) === i;
    if (!isHeading || AGENDA_LIST_ENTRY.test(line.text)) return;
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
export function agendaTitleStarts(ix: LineIndex, layout: Layout, agenda: AgendaItem[]): Start[] {
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

export function fromPageStarts(ix: LineIndex, starts: PageStart[]): Start[] {
  const out: Start[] = [];
  for (const s of starts) {
    const at = firstLineFrom(ix, s.pageIndex);
    if (at >= 0) out.push({ at, signal: s.signal, kind: s.kind, title: s.title, item: s.item });
  }
  return out;
}

/** Several pieces of evidence for the same first line become one start; the most trusted names it. */
export function mergeStarts(starts: Start[]): Start[] {
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
export function outlineStarts(ix: LineIndex, layout: Layout): Start[] | null {
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
      const cue = rule.match(ix.cueLines, i);
      if (cue && cue.kind !== 'appendix') return cue.kind;
    }
  }
  return null;
}

/** Starts for the appendices each report lists (see listed-appendices.ts). */
export function listedAppendixStarts(segments: Segment[], ix: LineIndex, realPages: boolean): Start[] {
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
      const at = realPages ? i - ix.onPage[i] : bannerStart(ix.cueLines, i);
      out.push({ at, signal: 'listed-appendix', kind: 'appendix', title: found.title });
    }
  });
  return out;
}

/** Kinds a report's appendix may have been read as before its list was known. */
const APPENDIX_KINDS = new Set<DocumentKind>(['appendix', 'report', 'other']);
