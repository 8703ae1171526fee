/**
 * Pages of lines that the source could only bracket: a text extraction without form feeds
 * keeps some "Page N of M" stamps and loses the rest, so the lines between "Page 1" (the start)
 * and "Page 28 of 178" may be on any of pages 1-28 (`PageSpan`). Once the documents are found,
 * more evidence places them:
 *  - a document opens its first printed page: the front sheet's range for its agenda item
 *    ("17 - 28") puts the document's first line on page 17;
 *  - a table's header row printed again is the top of a new page (trackers and programmes
 *    repeat their header on every page), counted back from the next known page;
 *  - the stamps themselves: the line above a stamp is on its page, the line below on the next.
 * Lines between two places are spread over the pages between them in proportion to the
 * printed lines they fill. A line whose page this proves (a document's first line, a bracket
 * one page wide) is given it; every other line of a span keeps `pageInferred: true`.
 */
import { placeSpan, spanStart, type Anchor } from '../layout/spans.js';
import type { Layout, Line, PageSpan } from '../layout/types.js';
import type { AgendaItem } from '../schema/pack.js';
import type { Segment } from './types.js';

/** The printed page (and whether it is inferred) of every line of a span, by line number. */
export type PlacedPages = Map<number, { page: number; inferred: boolean }>;

/** Agenda items' printed first pages, by item number. */
function firstPages(agenda: AgendaItem[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of agenda) if (item.number && item.pages) out.set(item.number, item.pages.from);
  return out;
}

/**
 * A line of run-together text printed this often word for word in one document, with this many
 * words and no sentence's end, is a table's header (a flattened table prints its header again
 * at each page's top); a shorter or rarer one may be a cell that recurs ("Ongoing.").
 */
const MIN_FLAT_HEADER_REPEATS = 3;
const MIN_FLAT_HEADER_WORDS = 4;

/**
 * Repeats of a table's header row inside one document: each is the top of a page. The header
 * is a table row printed again word for word, or a line of run-together text printed so often
 * that it can only be one; a document's first line is not a repeat.
 */
function headerRepeats(seg: Segment): Set<Line> {
  const flat = (line: Line) => !line.tableRow && line.cells.length <= 1;
  const counts = new Map<string, number>();
  for (const line of seg.lines) if (flat(line)) counts.set(line.text.trim(), (counts.get(line.text.trim()) ?? 0) + 1);
  // A block printed again whole (the same names in several recorded votes) is not a header: a
  // header's neighbours differ from one printing to the next, at least most times.
  const repeated = (line: Line | undefined) => line !== undefined && flat(line) && (counts.get(line.text.trim()) ?? 0) > 1;
  const inBlock = new Map<string, number>();
  seg.lines.forEach((line, i) => {
    const text = line.text.trim();
    if (repeated(line) && (repeated(seg.lines[i - 1]) || repeated(seg.lines[i + 1]))) inBlock.set(text, (inBlock.get(text) ?? 0) + 1);
  });
  const isFlatHeader = (text: string) => {
    const count = counts.get(text) ?? 0;
    return count >= MIN_FLAT_HEADER_REPEATS && text.split(/\s+/).length >= MIN_FLAT_HEADER_WORDS && !/[.;:!?]$/.test(text) && (inBlock.get(text) ?? 0) * 2 < count;
  };
  const seen = new Set<string>();
  const out = new Set<Line>();
  for (const line of seg.lines) {
    const text = line.text.trim();
    if (flat(line) ? !isFlatHeader(text) : !line.tableRow || line.cells.length < 2) continue;
    if (seen.has(text)) out.add(line);
    else seen.add(text);
  }
  return out;
}

/** The anchors of one span: its ends, the documents opening in it, its repeated headers. */
function anchorsOf(lines: Line[], span: PageSpan, opening: Map<Line, number>, repeats: Set<Line>): Anchor[] {
  const anchors: Anchor[] = [spanStart(span)];
  lines.forEach((line, at) => {
    const page = opening.get(line);
    // A printed first page outside the span contradicts the stamps, which are nearer evidence.
    if (page !== undefined && page >= anchors[anchors.length - 1].page && page <= span.to) {
      if (at === 0) anchors[0] = { at, page, known: true, opens: true };
      else anchors.push({ at, page, known: true, opens: true });
    } else if (repeats.has(line) && at > 0) anchors.push({ at, page: NaN, known: false, opens: true });
  });
  // Counted pages: each repeated header one page before the next place, from the end back.
  // A span with no stamp at its end (the lines after the last stamp) has nothing to count from.
  let next = span.lastKnown ? span.to : NaN;
  let nextOpens = false;
  for (let i = anchors.length - 1; i >= 0; i--) {
    const a = anchors[i];
    if (!Number.isNaN(a.page)) {
      next = a.page;
      nextOpens = a.opens;
      continue;
    }
    a.page = nextOpens ? next - 1 : next;
    next = a.page;
    nextOpens = true;
  }
  // Keep the pages rising: a counted top that falls at or below an earlier place is dropped.
  return anchors.filter((a, i) => i === 0 || (a.page > anchors[0].page && anchors.slice(0, i).every((b) => b.page < a.page)));
}

export function repage(layout: Layout, segments: Segment[], agenda: AgendaItem[]): PlacedPages {
  const placed: PlacedPages = new Map();
  if (!layout.pages.some((p) => p.span)) return placed;
  const printedFirst = firstPages(agenda);
  const opening = new Map<Line, number>();
  const repeats = new Set<Line>();
  for (const seg of segments) {
    const page = seg.item !== null && seg.kind !== 'appendix' ? printedFirst.get(seg.item) : undefined;
    // Only a document's first one under its item opens the item's printed range.
    if (page !== undefined && seg.lines[0] && !segments.some((s) => s !== seg && s.item === seg.item && s.lines[0] && s.lines[0].line < seg.lines[0].line)) opening.set(seg.lines[0], page);
    for (const line of headerRepeats(seg)) repeats.add(line);
  }
  for (const page of layout.pages) {
    if (!page.span || page.lines.length === 0) continue;
    const places = placeSpan(page.lines, page.span, anchorsOf(page.lines, page.span, opening, repeats));
    page.lines.forEach((line, i) => placed.set(line.line, places[i]));
  }
  return placed;
}

/**
 * The segments with their page ranges read from the placed pages of their first and last
 * lines. Only `pages` changes: the parsers read each document's lines as the source cut them.
 */
export function withPlacedPages(segments: Segment[], placed: PlacedPages): Segment[] {
  if (placed.size === 0) return segments;
  const pageOf = (line: Line | undefined) => (line ? (placed.get(line.line)?.page ?? line.page) : null);
  return segments.map((seg) => {
    const first = pageOf(seg.lines[0]);
    const last = pageOf(seg.lines[seg.lines.length - 1]);
    if (first === null || last === null) return seg;
    return { ...seg, pages: { from: first, to: Math.max(first, last) } };
  });
}
