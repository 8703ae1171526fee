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
 *     document's title and printed page matched against the agenda (items.ts);
 *  5. once the reports are known, the appendices each one lists, found by their titles
 *     (listed-appendices.ts) — a second pass over the same evidence.
 * Where the outline places its documents it decides alone; otherwise 2-5 are combined
 * (starts.ts merges evidence for the same line, the most trusted naming the document).
 *
 * Every line belongs to exactly one document: a document runs from its first line to the
 * line before the next document's first line. Each pass is linear in lines and pages.
 *
 * Wiring, in two explicit passes over the same evidence: `segmentEvidence(layout)` once, then
 * `findFrontSheet(layout, evidence)` (its lines go to parseFrontSheet), then
 * `segmentPack(layout, ctx, { agenda, evidence })` with the parsed agenda.
 */
import type { Context } from '../context.js';
import { hasPageTops, type Layout, type Line } from '../layout/types.js';
import type { AgendaItem, DocumentKind } from '../schema/pack.js';
import { APPENDIX_HEADING, looksLikeFrontSheet, looksLikeMeetingRecord } from './cues.js';
import { ItemMatcher } from './items.js';
import { indexLines, type LineIndex } from './line-index.js';
import { numberingStarts, runningHeaderStarts, separatorStarts, stampStarts } from './signals.js';
import {
  agendaTitleStarts,
  cueStarts,
  fromPageStarts,
  headingAgendaStarts,
  listedAppendixStarts,
  mergeStarts,
  outlineStarts,
  type Start,
} from './starts.js';
import { KIND_LABEL, openingTitle } from './titles.js';
import type { Segment, SegmentOptions } from './types.js';

export type { Segment, SegmentOptions } from './types.js';

/** Lines of a document read (with its title) when matching it to an agenda item. */
const EVIDENCE_LINES = 6;

/** A landscape first page: a slide deck or a wide table, not an appendix of prose. */
function isLandscape(layout: Layout, pageIndex: number | undefined): boolean {
  const p = pageIndex === undefined ? undefined : layout.pages[pageIndex];
  return !!p && p.width !== null && p.height !== null && p.width > p.height;
}

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

/** What segmentation finds without the agenda: computed once, read by both passes. */
export interface SegmentEvidence {
  ix: LineIndex;
  fromOutline: Start[] | null;
  /** Cue and page-fact starts (none when the outline decides). */
  found: Start[];
}

/**
 * The evidence that does not depend on the agenda: findFrontSheet and segmentPack split the
 * same layout, before and after the agenda is read, and the caller passes it to both.
 */
export function segmentEvidence(layout: Layout): SegmentEvidence {
  const ix = indexLines(layout);
  // Text extractions may carry the bookmark titles at their end; the source resolves them to pages too.
  const fromOutline = outlineStarts(ix, layout);
  const found = fromOutline
    ? []
    : [
        ...cueStarts(ix, hasPageTops(layout)),
        ...fromPageStarts(ix, [...stampStarts(layout), ...numberingStarts(layout), ...separatorStarts(layout), ...runningHeaderStarts(layout)]),
      ];
  return { ix, fromOutline, found };
}

function split(layout: Layout, agenda: AgendaItem[], evidence: SegmentEvidence): Segment[] {
  const { ix, fromOutline, found } = evidence;
  const realPages = hasPageTops(layout);
  const raw: Start[] = fromOutline ?? [...found, ...(realPages ? agendaTitleStarts(ix, layout, agenda) : headingAgendaStarts(ix, agenda))];
  const first = build(layout, ix, agenda, mergeStarts(raw));
  if (fromOutline) return first;
  // A second pass with the appendices the reports list, once the reports are known.
  const listed = listedAppendixStarts(first, ix, realPages);
  return listed.length > 0 ? build(layout, ix, agenda, mergeStarts([...raw, ...listed])) : first;
}

function build(layout: Layout, ix: LineIndex, agenda: AgendaItem[], starts: Start[]): Segment[] {
  const { lines } = ix;
  const realPages = hasPageTops(layout);
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
    let kind: DocumentKind = s.kind ?? (isPackStart ? packStartKind(ix.cueLines) : null) ?? s.fallbackKind ?? 'other';
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
    // A front sheet's opening lines are the summons ("Summons to and / Agenda for a …"), not a title.
    const opening = untitledCue || kind === 'agenda' ? '' : openingTitle(lines, s.at, nextAt);
    const title = s.title || opening || agendaTitle || KIND_LABEL[kind];
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
export function findFrontSheet(layout: Layout, evidence = segmentEvidence(layout)): Segment | null {
  const first = split(layout, [], evidence)[0];
  return first && first.kind === 'agenda' ? first : null;
}

/** The pack's documents in page order; every line of the pack belongs to exactly one. */
export function segmentPack(layout: Layout, ctx: Context, options: SegmentOptions & { evidence?: SegmentEvidence } = {}): Segment[] {
  const agenda = options.agenda ?? [];
  const segments = split(layout, agenda, options.evidence ?? segmentEvidence(layout));
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
