/**
 * Page-level evidence that a document starts on a page, read from what the layout kept
 * about each page rather than from its text: the agenda-item stamp, the document's own page
 * numbering starting again, a separator page, and a running "Appendix 1" header.
 * Each function walks the pages once.
 */
import { hasRealPages, type Layout, type Page } from '../layout/types.js';
import type { DocumentKind } from '../schema/pack.js';
import { readPageStamp } from '../text/page-stamp.js';
import { APPENDIX_HEADING } from './cues.js';
import type { StartSignal } from './types.js';

export interface PageStart {
  /** Index into layout.pages of the page the document starts on. */
  pageIndex: number;
  signal: StartSignal;
  item?: string;
  kind?: DocumentKind;
  title?: string;
}

/** "Agenda Item 8" / "Item 4" printed in the first lines of a page, when the layout left it in the text. */
const STAMP_IN_TEXT = /(?:^|\s)(?:Agenda\s+)?Item(?:\s+No\.?)?\s+(\d{1,3}[a-z]?)\s*$/i;
/** Lines at the top of a page searched for a stamp the layout did not remove. */
const STAMP_TOP_LINES = 2;

function stampOf(page: Page): string | undefined {
  if (page.itemStamp) return page.itemStamp.replace(/^(?:agenda\s+)?item\s+(?:no\.?\s*)?/i, '').trim() || undefined;
  for (const line of page.lines.slice(0, STAMP_TOP_LINES)) {
    const m = STAMP_IN_TEXT.exec(line.text);
    if (m) return m[1];
  }
  return undefined;
}

/** A new document wherever the "Item N" stamp changes (pages without a stamp change nothing). */
export function stampStarts(layout: Layout): PageStart[] {
  const out: PageStart[] = [];
  let last: string | undefined;
  layout.pages.forEach((page, pageIndex) => {
    const stamp = stampOf(page);
    if (stamp === undefined || stamp === last) return;
    out.push({ pageIndex, signal: 'item-stamp', item: stamp });
    last = stamp;
  });
  return out;
}

/** A bare footer number ("7"); "Page 7" / "Page 7 of 9" are read by readPageStamp. */
const FOOTER_NUMBER = /^\d{1,3}$/;

/** The page number a furniture line prints, or null. */
function footerNumber(text: string): number | null {
  if (FOOTER_NUMBER.test(text)) return Number(text);
  return readPageStamp(text)?.page ?? null;
}
/** Pages that must agree on where a numbering run began, unless a page prints "1". */
const RUN_MIN_PAGES = 2;
/** A run this long that stops short of the pack's end marks the end of its document. */
const RUN_END_MIN_PAGES = 3;

/**
 * Documents bound into a pack keep their own page numbers: a page printing "3" five pages
 * after the pack's start says a document began two pages earlier. Continuous pack numbering
 * ("Page 38") points every page at the same start, so it adds at most one start. Only real
 * pages (PDF) count: a text extraction's pages are not the printed ones.
 */
export function numberingStarts(layout: Layout): PageStart[] {
  if (!hasRealPages(layout)) return [];
  const support = new Map<number, { pages: number; printsOne: boolean; last: number }>();
  for (const page of layout.pages) {
    const numbers = new Set<number>();
    if (page.printed) numbers.add(page.printed.page);
    for (const f of page.furniture) {
      const n = footerNumber(f.text.trim());
      if (n !== null) numbers.add(n);
    }
    for (const n of numbers) {
      const start = page.number - n + 1;
      if (n < 1 || start < 1) continue;
      const s = support.get(start) ?? { pages: 0, printsOne: false, last: page.number };
      s.pages++;
      s.printsOne ||= n === 1;
      s.last = Math.max(s.last, page.number);
      support.set(start, s);
    }
  }
  const indexOf = new Map(layout.pages.map((p, i) => [p.number, i]));
  const out: PageStart[] = [];
  const lastPage = layout.pages[layout.pages.length - 1]?.number ?? 0;
  for (const [start, s] of [...support].sort((a, b) => a[0] - b[0])) {
    if (s.pages < RUN_MIN_PAGES && !s.printsOne) continue;
    const pageIndex = indexOf.get(start);
    if (pageIndex !== undefined && pageIndex > 0) out.push({ pageIndex, signal: 'page-numbering' });
    // Where a long run stops, its document has ended: the next page with text starts another.
    const after = indexOf.get(s.last + 1);
    if (s.pages >= RUN_END_MIN_PAGES && s.last < lastPage && after !== undefined && !isBlankSeparator(layout.pages[after])) {
      out.push({ pageIndex: after, signal: 'page-numbering' });
    }
  }
  return out.sort((a, b) => a.pageIndex - b.pageIndex);
}

const BLANK_PAGE = /\bintentionally\s+(?:been\s+)?left\s+blank\b/i;

/** True for a separator page: nothing on it but "This page is intentionally left blank". */
export function isBlankSeparator(page: Page): boolean {
  return page.lines.length > 0 && page.lines.length <= 2 && page.lines.every((l) => BLANK_PAGE.test(l.text));
}

/** Official packs put a blank page before each document that would otherwise start on a left-hand page. */
export function separatorStarts(layout: Layout): PageStart[] {
  const out: PageStart[] = [];
  let afterBlank = false;
  layout.pages.forEach((page, pageIndex) => {
    if (isBlankSeparator(page)) {
      afterBlank = true;
      return;
    }
    if (page.lines.length === 0) return;
    if (afterBlank) out.push({ pageIndex, signal: 'blank-separator' });
    afterBlank = false;
  });
  return out;
}

/** An "Appendix 1" running header (removed from the text as furniture) starts an appendix where it first appears. */
export function runningHeaderStarts(layout: Layout): PageStart[] {
  const out: PageStart[] = [];
  let last = '';
  layout.pages.forEach((page, pageIndex) => {
    const headers = page.furniture.filter((f) => f.where === 'header').map((f) => f.text);
    const appendix = headers.find((t) => APPENDIX_HEADING.test(t));
    const key = appendix ? headers.join(' ') : '';
    if (appendix && key !== last) out.push({ pageIndex, signal: 'cue', kind: 'appendix', title: headers.join(' – ') });
    last = key;
  });
  return out;
}
