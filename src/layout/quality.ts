/**
 * Is the text layer worth parsing? Two ways a file's text can fail before any rule sees it:
 *
 * - no text at all on a page: a scan or photo without OCR (or a blank page). Parsing finds
 *   nothing, so the user must be told why the output is empty, and how to fix it (OCR).
 * - text that is not text: a PDF font whose encoding maps glyphs to the wrong characters (the
 *   Horsley parish minutes come out as `6',8 /398+74,8.+2++8/3-.+1*43` and control
 *   characters). Parsed, it would give confident nonsense, so those pages are named, and
 *   the pipeline drops their lines before segmentation (`withoutPages`).
 *
 * The garbled measure is per page: the share of its non-space characters that sit in tokens
 * no real document is made of. A token is fine when it is word-shaped (letters, with inner
 * apostrophes, hyphens, dots or ampersands), number-shaped (dates, money, minute numbers,
 * percentages), a letter-digit reference (B4.1, A21, 2023/24) or an address (URL, e-mail,
 * path), once surrounding punctuation is stripped. A token with a control, private-use,
 * unassigned or replacement (U+FFFD) character is never fine.
 */
import type { Context } from '../context.js';
import type { Layout, Page } from './types.js';

/**
 * A page is garbled when at least this share of its characters is in junk tokens. Clean
 * pages in the corpus score at most 0.16 (a Baltimore page dense with legal citations such as
 * "23(9)"); the garbled Horsley pages score 0.99 and 1.00. One half sits far from both, and
 * means most of what would be parsed from the page is not text.
 */
export const GARBLED_PAGE_SHARE = 0.5;

/**
 * Pages with fewer non-space characters than this are not judged: a page number or a stamp is
 * too little text to tell an encoding fault from an odd reference, and too little to mislead.
 */
export const MIN_JUDGED_CHARACTERS = 20;

/** Characters no document text contains: controls, private use (unmapped glyphs), unassigned, U+FFFD. */
const NOT_TEXT = /[\p{Cc}\p{Co}\p{Cn}\uFFFD]/u;
/** Punctuation and symbols around a token: brackets, quotes, trailing full stops, bullets. */
const SURROUNDING_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;
/** Letters in any script, joined by apostrophes, hyphens, dots or ampersands: "O'Neill", "co-opted", "U.K", "B&Q". */
const WORD = /^[\p{L}\p{M}]+(?:['’\-.&][\p{L}\p{M}]+)*$/u;
/** Numbers, dates, times, money and minute numbers: "19.11.01", "£705.25", "3rd", "9:08am", "12%". */
const NUMBER = /^[£$€#]?\d+(?:[.,:/\-–]\d+)*(?:st|nd|rd|th|am|pm|p|k|m|bn|%)?$/iu;
/** Letter-digit references: "B4.1", "A21", "2023/24", "KCC/24-25". */
const REFERENCE = /^(?=.*\p{L})(?=.*\d)[\p{L}\p{M}\d]+(?:[.\-/][\p{L}\p{M}\d]+)*$/u;
/** Web and mail addresses and paths, which reports quote often and break across lines. */
const ADDRESS = /^(?:https?:\/\/|www\.)\S+$|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$|^[\p{L}\d][\p{L}\d._%-]*(?:\/[\p{L}\d._%-]*)+$/u;
/**
 * Most tokens are a plain ASCII word or number, perhaps bracketed or followed by a comma or a
 * stop: plausible by the rules below, and recognised without their Unicode-aware tests.
 */
const PLAIN_TOKEN = /^[("']?(?:[A-Za-z]+|\d+)[.,;:)"']?$/;
/** A run of punctuation alone ("–", "•", "...", "&") is ordinary; a longer run of symbols is not. */
const MAX_PLAIN_SYMBOL_RUN = 3;

export interface PageTextScore {
  /** Non-space characters on the page. */
  characters: number;
  /** Of those, characters in tokens that are not word-, number-, reference- or address-shaped. */
  junk: number;
}

/** How much of a page's text is junk, in characters. */
export function scoreText(text: string): PageTextScore {
  let characters = 0;
  let junk = 0;
  for (const token of text.split(/\s+/)) {
    if (token === '') continue;
    if (PLAIN_TOKEN.test(token)) {
      characters += token.length;
      continue;
    }
    const length = [...token].length;
    characters += length;
    if (!isPlausibleToken(token, length)) junk += length;
  }
  return { characters, junk };
}

function isPlausibleToken(token: string, length: number): boolean {
  if (NOT_TEXT.test(token)) return false;
  const core = token.replace(SURROUNDING_PUNCTUATION, '');
  if (core === '') return length <= MAX_PLAIN_SYMBOL_RUN;
  return WORD.test(core) || NUMBER.test(core) || REFERENCE.test(core) || ADDRESS.test(core);
}

export function pageScore(page: Page): PageTextScore {
  return scoreText(page.lines.map((l) => l.text).join('\n'));
}

export function isGarbled(score: PageTextScore): boolean {
  return score.characters >= MIN_JUDGED_CHARACTERS && score.junk / score.characters >= GARBLED_PAGE_SHARE;
}

export interface TextLayerAssessment {
  /** Pages whose text is mostly not text: their lines must not be parsed. */
  garbledPages: Set<number>;
  /** Pages with no text at all. */
  emptyPages: Set<number>;
}

/**
 * Find pages with no text and pages with garbled text, and warn about each kind once, naming
 * the pages (`no-text-layer`, `garbled-text`).
 */
export function assessTextLayer(layout: Layout, ctx: Context): TextLayerAssessment {
  const garbledPages = new Set<number>();
  const emptyPages = new Set<number>();
  for (const page of layout.pages) {
    if (page.lines.length === 0) emptyPages.add(page.number);
    else if (isGarbled(pageScore(page))) garbledPages.add(page.number);
  }
  const all = layout.pages.length;
  if (emptyPages.size > 0) {
    const which = describePages(emptyPages);
    const message =
      emptyPages.size === all
        ? `the file has no text layer (${which}): it is probably scanned images; run OCR on it first (e.g. ocrmypdf in.pdf out.pdf) and extract from the result`
        : `${which} ${emptyPages.size === 1 ? 'has' : 'have'} no text layer (blank, or scanned images); if they hold text, run OCR on the file first (e.g. ocrmypdf in.pdf out.pdf)`;
    ctx.warn('no-text-layer', message, { page: firstOf(emptyPages) });
  }
  if (garbledPages.size > 0) {
    const which = describePages(garbledPages);
    ctx.warn(
      'garbled-text',
      `the text layer of ${which} is garbled (a font maps its letters to the wrong characters), so nothing was extracted from ${garbledPages.size === 1 ? 'it' : 'them'}; run OCR on the file, replacing its text (e.g. ocrmypdf --force-ocr in.pdf out.pdf)`,
      { page: firstOf(garbledPages) },
    );
  }
  return { garbledPages, emptyPages };
}

/**
 * The layout with the lines of garbled pages removed, after warning about garbled and empty
 * pages: records read from a garbled page would be confident nonsense. The pages stay, so page
 * counts hold.
 */
export function withReadableText(layout: Layout, ctx: Context): Layout {
  return withoutPages(layout, assessTextLayer(layout, ctx).garbledPages);
}

/** The layout with the lines of the given pages removed (the pages themselves stay, so page counts hold). */
export function withoutPages(layout: Layout, pages: ReadonlySet<number>): Layout {
  if (pages.size === 0) return layout;
  return { ...layout, pages: layout.pages.map((p) => (pages.has(p.number) ? { ...p, lines: [] } : p)) };
}

function firstOf(pages: ReadonlySet<number>): number {
  let first = Infinity;
  for (const p of pages) first = Math.min(first, p);
  return first;
}

/** "page 3", "pages 1-3, 7": pages as a short list of ranges. */
export function describePages(pages: ReadonlySet<number>): string {
  const sorted = [...pages].sort((a, b) => a - b);
  const ranges: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    ranges.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return `${sorted.length === 1 ? 'page' : 'pages'} ${ranges.join(', ')}`;
}
