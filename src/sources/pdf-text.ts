/**
 * A page's text items from pdf.js, read as a stream so that a page that never stops drawing
 * text can be stopped. A content stream is compressed: 50 KB of file can inflate to 16 MB of
 * text operators on one page, or on every page that shares the stream, and pdf.js would turn
 * each into an item at about 20 µs apiece, minutes for the file. The most a page of the corpus
 * draws is about 1,400 items and 14,000 characters (a spending table in small print); the
 * limits below are 35 times that. Past them the read is cancelled, which stops pdf.js's
 * evaluation of the page (it waits for the reader between chunks), and the page is left out.
 */
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';

type PDFPageProxy = import('pdfjs-dist/legacy/build/pdf.mjs').PDFPageProxy;

/** Text items a page may draw before it is taken for a bomb rather than a page. */
export const MAX_PAGE_TEXT_ITEMS = 50_000;
/** Characters a page may draw, for text that comes as a few enormous items instead of many. */
export const MAX_PAGE_TEXT_CHARACTERS = 500_000;

export type PageText =
  | { ok: true; items: TextItem[] }
  /** The page drew more than a limit allows: what it passed, for the warning. */
  | { ok: false; over: 'items' | 'characters'; limit: number }
  /** The deadline passed while the page was being read. */
  | { ok: false; over: 'time' };

/** Whether a read's deadline (Date.now() milliseconds, none when undefined) has passed. */
export function pastDeadline(deadline: number | undefined): boolean {
  return deadline !== undefined && Date.now() > deadline;
}

export async function readPageText(page: PDFPageProxy, deadline: number | undefined): Promise<PageText> {
  const reader = page.streamTextContent().getReader();
  const items: TextItem[] = [];
  let characters = 0;
  let stop: PageText | null = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return { ok: true, items };
    for (const item of value.items) {
      if (!('str' in item)) continue; // marked-content markers: never asked for, never kept
      items.push(item);
      characters += item.str.length;
    }
    if (items.length > MAX_PAGE_TEXT_ITEMS) stop = { ok: false, over: 'items', limit: MAX_PAGE_TEXT_ITEMS };
    else if (characters > MAX_PAGE_TEXT_CHARACTERS) stop = { ok: false, over: 'characters', limit: MAX_PAGE_TEXT_CHARACTERS };
    else if (pastDeadline(deadline)) stop = { ok: false, over: 'time' };
    if (stop) {
      // pdf.js asserts that a cancelled stream is given an Error as its reason.
      await reader.cancel(new Error('packtool stopped reading the page')).catch(() => undefined);
      return stop;
    }
  }
}
