/**
 * Running headers and footers: text that a page carries because it is a page, not because
 * it is part of the document ("Page 38 of 178", "Item 4", a council banner, a bare page
 * number). Found from page position and repetition, removed before parsing, kept as facts.
 */
import type { PageFurniture } from './types.js';
import type { RawPage } from '../sources/raw.js';
import { readPageStamp } from '../text/page-stamp.js';

/** How many lines at the top and at the bottom of a page can be running headers/footers. */
const EDGE_LINES = 3;
/** A header must repeat on at least this many pages, no more than MAX_GAP pages apart, to be furniture. */
const MIN_REPEATS = 3;
const MAX_GAP = 2;
/** Running headers drift by no more than a few points between pages. */
const SAME_HEIGHT_POINTS = 4;

const BARE_PAGE_NUMBER = /^[-–\s]*\d{1,4}[-–\s]*$/;
const ITEM_STAMP = /^(?:Agenda\s+)?Item\s+(?:No\.?\s*)?(\d{1,3}[a-z]?(?:\.\d+)?)$/i;

export interface PageFurnitureResult {
  removed: Set<number>;
  furniture: PageFurniture[];
  printed?: { page: number; of: number | null };
  itemStamp?: string;
}

/**
 * Repeated headers are compared as printed (case and spacing folded). Numbers are not folded:
 * a content line such as "(Item 8)" at the top of successive pages must not pass for a header;
 * numbered furniture ("Page 3 of 9", "Item 4") is caught by its own patterns below.
 */
function repetitionKey(line: { text: string; y: number }): string {
  // Furniture sits at the same height on every page; the same words at different heights
  // (a supplier name wrapping in a long table) are content.
  return `${Math.round(line.y / SAME_HEIGHT_POINTS)}|${line.text.toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

/**
 * The lines that can be running headers/footers: up to EDGE_LINES from the top and from the
 * bottom, stopping at the first table row (several cells, or a row of a table the source
 * marked), since nothing inside or below a table's header row is page furniture.
 */
function edgeIndexes(lines: RawPage['lines']): Array<{ index: number; where: 'header' | 'footer' }> {
  const out: Array<{ index: number; where: 'header' | 'footer' }> = [];
  const count = lines.length;
  const plain = (line: RawPage['lines'][number]) => line.cells.length === 1 && !line.tableRow;
  for (let i = 0; i < Math.min(EDGE_LINES, count) && plain(lines[i]); i++) out.push({ index: i, where: 'header' });
  for (let i = count - 1; i >= Math.max(EDGE_LINES, count - EDGE_LINES) && plain(lines[i]); i--) out.push({ index: i, where: 'footer' });
  return out;
}

export function findFurniture(pages: RawPage[]): PageFurnitureResult[] {
  // Pages on which each edge text appears, to find the ones that repeat page after page.
  const pagesByKey = new Map<string, number[]>();
  pages.forEach((page, p) => {
    const seen = new Set<string>();
    for (const { index } of edgeIndexes(page.lines)) {
      const line = page.lines[index];
      if (!/[a-z]/i.test(line.text)) continue;
      const key = repetitionKey(line);
      if (seen.has(key)) continue;
      seen.add(key);
      const list = pagesByKey.get(key) ?? [];
      list.push(p);
      pagesByKey.set(key, list);
    }
  });
  const repeatedOn = new Map<string, Set<number>>();
  const runStarts = new Map<string, Set<number>>();
  for (const [key, list] of pagesByKey) {
    const keep = new Set<number>();
    const starts = new Set<number>();
    let run: number[] = [];
    const flush = () => {
      if (run.length >= MIN_REPEATS) {
        run.forEach((p) => keep.add(p));
        starts.add(run[0]);
      }
      run = [];
    };
    for (const p of list) {
      if (run.length > 0 && p - run[run.length - 1] > MAX_GAP) flush();
      run.push(p);
    }
    flush();
    if (keep.size > 0) repeatedOn.set(key, keep);
    if (starts.size > 0) runStarts.set(key, starts);
  }

  return pages.map((page, p) => {
    const result: PageFurnitureResult = { removed: new Set(), furniture: [] };
    const lastIndex = page.lines.length - 1;
    for (const { index, where } of edgeIndexes(page.lines)) {
      const text = page.lines[index].text;
      const pageOf = readPageStamp(text);
      const stamp = ITEM_STAMP.exec(text);
      const isPageNumber = BARE_PAGE_NUMBER.test(text) && (index === 0 || index === lastIndex);
      const key = repetitionKey(page.lines[index]);
      // A running header's first page keeps it as a line: there it is the document's own heading
      // ("Whitbourne Parish Council / Minutes of Meeting / 3rd December 2025"), which says what
      // the document is and which meeting it records, and a new date there starts a new record.
      const opensRun = where === 'header' && runStarts.get(key)?.has(p);
      const repeated = repeatedOn.get(key)?.has(p) && !opensRun;
      if (!(pageOf || stamp || isPageNumber || repeated)) continue;
      result.removed.add(index);
      result.furniture.push({ text, where });
      if (pageOf && !result.printed) result.printed = pageOf;
      if (stamp && !result.itemStamp) result.itemStamp = stamp[1];
    }
    return result;
  });
}
