/**
 * Text and markdown sources: extractions of PDFs made by other tools (plain text with
 * tab-separated tables, markdown, raw `pdftotext` and `pdftotext -layout` output) → raw pages
 * of lines, the same shape the PDF source gives.
 *
 * The steps, in order, each a pure function below:
 *  1. split the text into lines and form feeds;
 *  2. find the printed page stamps ("Page 38 of 178"), whole lines or glued inside a line,
 *     and decide which belong to the pack's own page sequence;
 *  3. cut the text into pages: at form feeds where the file has them (pdftotext), else after
 *     each stamp (a stamp is a footer: the lines before it are on its page);
 *  4. take a block of bookmark titles appended after the last page as the outline;
 *  5. read each line into cells: tab-separated columns, `-layout` columns, markdown.
 */
import type { OutlineNode, PageSpan } from '../layout/types.js';
import { LEADING_PAGE_STAMP } from '../text/page-stamp.js';
import { cellFromSpans, lineFromCells } from './cells.js';
import { ATX_HEADING, heading, markdownReader, pipeTables, renderInline, tabRow, type LineReader } from './markdown.js';
import type { RawDocument, RawLine, RawPage } from './raw.js';

const FORM_FEED = '\f';

// ---------------------------------------------------------------------------------------------
// 2. Page stamps

/**
 * A line that is only a page stamp: "Page 38 of 178", "- Page 7 -", "Page 9" (ModernGov packs
 * print no total). Extraction damage is tolerated here because the whole line is the stamp:
 * tabs between the words ("Page\t28\tof\t178"), a split or doubled letter ("Pa\tage 117 of
 * 178") and a garbled total ("1/8", "1 78 3").
 */
const WHOLE_LINE_STAMP = /^[\s\-–]*P\s*a(?:\s*a)?\s*g\s*e\s+(\d{1,4})(?:\s+of\s+([\d\s/|Il]{1,16}?))?[\s\-–]*$/i;
/**
 * A stamp glued inside a line ("…Youth Page 65 of 178 \tHoS…"), where a table cell ran over
 * the page foot. Only taken when its total is the pack's own total, so that "page 3 of 12"
 * in a sentence is left alone.
 */
const GLUED_STAMP = /\bPage\s+(\d{1,4})\s+of\s+(\d[\d/|]*(?:[ \t]+\d[\d/|]*){0,2})/gi;
/** Leftover beside a whole-line stamp that is debris of the stamp itself (the "3" in "Page 34 of 1 78 3"). */
const STAMP_DEBRIS = /^[\d\s/|.\-–]{0,4}$/;

interface Stamp {
  /** Index of the line in the split text. */
  line: number;
  /** Character range of the stamp in the line; the whole line for a whole-line stamp. */
  start: number;
  end: number;
  page: number;
  of: number | null;
  whole: boolean;
  /** True when the stamp belongs to the pack's page sequence, false for an embedded document's own ("Page 1 of 7"). */
  pack: boolean;
}

/** The total most whole-line stamps print, read from clean stamps only: the pack's page count. */
function dominantTotal(lines: string[]): number | null {
  const counts = new Map<number, number>();
  lines.forEach((raw) => {
    const m = WHOLE_LINE_STAMP.exec(raw);
    const total = m?.[2]?.trim();
    if (total && /^\d+$/.test(total)) counts.set(Number(total), (counts.get(Number(total)) ?? 0) + 1);
  });
  let best: number | null = null;
  // On a tie the larger total wins: a pack is at least as long as any document embedded in it.
  for (const [total, n] of counts) if (best === null || n > (counts.get(best) ?? 0) || (n === counts.get(best) && total > best)) best = total;
  return best;
}

/**
 * Read a stamp's total from its possibly garbled text. Tokens are joined until they have the
 * shape of the pack total (same length, digits where both have digits: "1/8" and "1 78" are
 * 178); otherwise a clean number is its own total and anything else is unknown.
 */
function readTotal(text: string, total: number | null): { of: number | null; length: number } {
  const tokens = [...text.matchAll(/\S+/g)];
  if (tokens.length === 0) return { of: null, length: 0 };
  if (total !== null) {
    const want = String(total);
    let joined = '';
    for (const token of tokens) {
      joined += token[0];
      if (sameShape(joined, want)) return { of: total, length: token.index + token[0].length };
      if (joined.length >= want.length) break;
    }
  }
  const first = tokens[0];
  return { of: /^\d+$/.test(first[0]) ? Number(first[0]) : null, length: first.index + first[0].length };
}

function sameShape(seen: string, want: string): boolean {
  if (seen.length !== want.length) return false;
  for (let i = 0; i < seen.length; i++) if (seen[i] !== want[i] && /\d/.test(seen[i])) return false;
  return true;
}

function findStamps(lines: string[], layout: boolean): Stamp[] {
  const total = dominantTotal(lines);
  const stamps: Stamp[] = [];
  lines.forEach((raw, line) => {
    // In `pdftotext -layout` output a stamp can share its line with a table row of a landscape page.
    const leading = layout ? LEADING_PAGE_STAMP.exec(raw) : null;
    if (leading) {
      const of = leading[3] ? Number(leading[3]) : null;
      stamps.push({ line, start: 0, end: leading[1].length, page: Number(leading[2]), of, whole: false, pack: false });
      return;
    }
    const whole = WHOLE_LINE_STAMP.exec(raw);
    if (whole) {
      const read = whole[2] ? readTotal(whole[2], total) : { of: null, length: 0 };
      const leftover = whole[2] ? whole[2].slice(read.length) : '';
      if (STAMP_DEBRIS.test(leftover)) {
        stamps.push({ line, start: 0, end: raw.length, page: Number(whole[1]), of: read.of, whole: true, pack: false });
        return;
      }
    }
    if (total === null) return;
    for (const m of raw.matchAll(GLUED_STAMP)) {
      const read = readTotal(m[2], total);
      if (read.of !== total) continue;
      const start = m.index;
      const end = start + m[0].length - m[2].length + read.length;
      stamps.push({ line, start, end, page: Number(m[1]), of: total, whole: false, pack: false });
    }
  });
  markPackSequence(stamps);
  return stamps;
}

/**
 * The pack's own stamps are those of the most common kind (same total, or no total) that
 * count upwards: the longest increasing run of page numbers among them. The rest are the
 * stamps of documents embedded in the pack (a report's own "Page 1 of 7") or misreadings,
 * which cannot place a page in the pack: they are removed from the text but end no page.
 */
function markPackSequence(stamps: Stamp[]): void {
  const kinds = new Map<string, number>();
  for (const s of stamps) kinds.set(String(s.of), (kinds.get(String(s.of)) ?? 0) + 1);
  let kind: string | null = null;
  for (const [k, n] of kinds) if (kind === null || n > (kinds.get(kind) ?? 0)) kind = k;
  const candidates = stamps.filter((s) => String(s.of) === kind && (s.of === null || s.page <= s.of));
  for (const i of longestIncreasing(candidates.map((s) => s.page))) candidates[i].pack = true;
}

/** Indexes of a longest strictly increasing subsequence (patience sorting, O(n log n)). */
function longestIncreasing(values: number[]): number[] {
  const tails: number[] = [];
  const previous: number[] = new Array(values.length).fill(-1);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]] < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const out: number[] = [];
  for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) out.unshift(i);
  return out;
}

/** The line with its stamps cut out (glued stamps leave spaces, whole-line stamps leave nothing). */
function withoutStamps(raw: string, stamps: Stamp[]): string {
  let out = raw;
  for (const s of [...stamps].sort((a, b) => b.start - a.start)) {
    if (s.whole) return '';
    // Blank the stamp out with as many spaces, so that `-layout` columns keep their positions.
    out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// 3. Pages

/** A page's raw lines, before they are read into cells. */
interface TextPage {
  number: number;
  printed?: { page: number; of: number | null };
  span?: PageSpan;
  lines: string[];
}

/**
 * Pages of a file with form feeds (pdftotext ends every page with one): one page per form
 * feed. A page is numbered with the pack stamp printed on it, pages without one count on from
 * the page before (or back from the first stamped page), so numbers always increase.
 */
function pagesByFormFeed(lines: string[], breaks: Set<number>, stamps: Map<number, Stamp[]>): { pages: TextPage[]; tail: string[] } {
  const physical: Array<{ lines: string[]; stamp?: Stamp }> = [{ lines: [] }];
  lines.forEach((raw, i) => {
    if (breaks.has(i)) physical.push({ lines: [] });
    const page = physical[physical.length - 1];
    const here = stamps.get(i) ?? [];
    const pack = here.find((s) => s.pack);
    if (pack && !page.stamp) page.stamp = pack;
    page.lines.push(withoutStamps(raw, here));
  });
  // pdftotext ends the last page with a form feed: whatever follows it is not on any page.
  const tail = physical.length > 1 ? (physical.pop()?.lines ?? []) : [];
  const firstStamped = physical.findIndex((p) => p.stamp);
  const pages: TextPage[] = [];
  let previous = 0;
  physical.forEach((p, i) => {
    let number = previous + 1;
    if (p.stamp && p.stamp.page > previous) number = p.stamp.page;
    else if (!p.stamp && firstStamped > i) number = Math.max(previous + 1, (physical[firstStamped].stamp?.page ?? 0) - (firstStamped - i));
    const page: TextPage = { number, lines: p.lines };
    if (p.stamp) page.printed = { page: p.stamp.page, of: p.stamp.of };
    pages.push(page);
    previous = number;
  });
  return { pages, tail };
}

/**
 * Pages of a file without form feeds: each pack stamp ends its page (stamps are footers, so
 * the lines since the previous stamp end on its page). Where the extraction dropped stamps,
 * one page holds several printed pages: it is numbered with the stamp that ends it and
 * carries the span of printed pages its lines may be on (28 → 34: pages 29-34), so that no
 * line claims a page the text does not prove. Lines before the first stamp are on pages 1 to
 * that stamp. Lines after the last stamp are on the next page (up to the pack's last page),
 * unless that stamp was the last page ("Page 178 of 178"), when they are returned as the tail
 * (an appended outline).
 */
function pagesByStamp(lines: string[], stamps: Map<number, Stamp[]>): { pages: TextPage[]; tail: string[] } {
  const pages: TextPage[] = [];
  let current: string[] = [];
  let last: Stamp | null = null;
  lines.forEach((raw, i) => {
    const here = stamps.get(i) ?? [];
    current.push(withoutStamps(raw, here));
    const pack = here.find((s) => s.pack);
    if (!pack) return;
    const page: TextPage = { number: pack.page, printed: { page: pack.page, of: pack.of }, lines: current };
    const from = last ? last.page + 1 : 1;
    if (from < pack.page) page.span = { from, to: pack.page, firstKnown: last !== null, lastKnown: true };
    pages.push(page);
    current = [];
    last = pack;
  });
  const lastStamp = last as Stamp | null;
  if (lastStamp && lastStamp.of !== null && lastStamp.page === lastStamp.of) return { pages, tail: current };
  if (current.some((l) => l.trim() !== '') || pages.length === 0) {
    const page: TextPage = { number: (lastStamp?.page ?? 0) + 1, lines: current };
    if (lastStamp?.of && lastStamp.of > page.number) page.span = { from: page.number, to: lastStamp.of, firstKnown: true, lastKnown: false };
    pages.push(page);
  }
  return { pages, tail: [] };
}

// ---------------------------------------------------------------------------------------------
// 4. Outline: bookmark titles appended after the last page

/** Bookmark titles are headings, not prose: longer lines mean the tail is text, not an outline. */
const MAX_TITLE_LENGTH = 160;
/** A bookmark points at the top of a page: its title is looked for in the page's first lines. */
const PAGE_HEAD_LINES = 8;
/** Numbering and labels that bookmarks add to the printed heading ("8 Scrutiny Review…", "Slide 3: GP Contract"). */
const TITLE_PREFIX = /^(?:(?:agenda\s+)?item\s+)?(?:\d+[a-z]?[.)]?\s+(?:[-–]\s+)?|slide\s+\d+\s*:\s*)/i;
/** A title shorter than this (after normalising) matches too much to place it on a page. */
const MIN_TITLE_MATCH = 4;

function normalise(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[^a-z0-9']+/g, ' ')
    .trim();
}

/**
 * The tail as an outline, or null when it does not look like one with confidence: at least
 * two short lines, one after another with no blank line or table between them, and at least
 * one title found at the head of a page. Indentation nests titles.
 */
function readOutline(tail: string[], pages: TextPage[], appended: boolean): OutlineNode[] | null {
  const first = tail.findIndex((l) => l.trim() !== '');
  if (first < 0) return null;
  let end = tail.length;
  while (end > first && tail[end - 1].trim() === '') end--;
  const titles = tail.slice(first, end);
  if (titles.length < 2 || titles.some((t) => t.trim() === '' || t.trim().length > MAX_TITLE_LENGTH || t.trim().includes('\t'))) return null;

  const heads = pages.map((p) => p.lines.filter((l) => l.trim() !== '').slice(0, PAGE_HEAD_LINES).map(normalise));
  let from = 0;
  let resolved = 0;
  const roots: OutlineNode[] = [];
  const stack: Array<{ indent: number; node: OutlineNode }> = [];
  for (const raw of titles) {
    const title = renderInline(unescapeTitle(raw.trim()), 'text').spans.map((s) => s.text).join('').replace(/\s+/g, ' ').trim();
    const key = normalise(title.replace(TITLE_PREFIX, ''));
    let page: number | null = null;
    if (key.length >= MIN_TITLE_MATCH) {
      const found = findTitle(heads, key, from);
      // A page that holds several printed pages (`span`) names none of them for its head.
      if (found >= 0 && !pages[found].span) {
        page = pages[found].number;
        from = found;
        resolved++;
      }
    }
    const node: OutlineNode = { title, page, children: [] };
    const indent = /^\s*/.exec(raw.replace(/\t/g, '    '))?.[0].length ?? 0;
    while (stack.length > 0 && stack[stack.length - 1].indent >= indent) stack.pop();
    (stack.length > 0 ? stack[stack.length - 1].node.children : roots).push(node);
    stack.push({ indent, node });
  }
  return resolved > 0 || appended ? roots : null;
}

/** Some tools write a bookmark title's spaces escaped: `Item\ 5\ Report\ of\ the\ Director`. */
const ESCAPED_SPACE = /\\ /g;

function unescapeTitle(title: string): string {
  return title.replace(ESCAPED_SPACE, ' ');
}

/** Fewer titles than this at the end of a file are a closing block of text (a signature, "Chair"), not a bookmark list. */
const MIN_APPENDED_TITLES = 3;

/**
 * Where a bookmark list appended after the text starts, or -1. A raw extraction of a PDF may
 * end with the PDF's bookmark titles: a block of short lines after the last paragraph, nested
 * by indentation (tabs or spaces) or with spaces escaped (`Item\ 5\ Report`), at least one
 * of them a heading printed in the text above. A table's rows (cells between tabs) and a
 * paragraph (no indentation, no escapes) are not.
 */
export function appendedOutlineStart(lines: string[]): number {
  let end = lines.length;
  while (end > 0 && lines[end - 1].trim() === '') end--;
  let start = end;
  while (start > 0 && lines[start - 1].trim() !== '') start--;
  const block = lines.slice(start, end);
  if (block.length < MIN_APPENDED_TITLES || start === 0) return -1;
  if (block.some((l) => l.trim().length > MAX_TITLE_LENGTH || l.trim().includes('\t'))) return -1;
  const indented = block.filter((l) => /^(\t| {2,})\S/.test(l)).length;
  const escaped = block.some((l) => l.includes('\\ '));
  if (!escaped && (indented === 0 || indented === block.length)) return -1;
  const printed = new Set(lines.slice(0, start).map((l) => normalise(l)).filter((l) => l.length >= MIN_TITLE_MATCH));
  const heading = block.some((l) => {
    const key = normalise(unescapeTitle(l.trim()).replace(TITLE_PREFIX, ''));
    return key.length >= MIN_TITLE_MATCH && [...printed].some((p) => p.startsWith(key));
  });
  return heading ? start : -1;
}

/** Lines at the top of a page that may come before a document's heading (a stamp, "Agenda Item 8", a classification banner). */
const HEADING_WITHIN = 3;

/**
 * The first page from `from` on whose head the title is printed as a heading (a line of its
 * own, or the start of the page's first lines), else the first that has it anywhere in its
 * first lines.
 */
function findTitle(heads: string[][], key: string, from: number): number {
  const starts = (lines: string[]) =>
    lines.includes(key) || lines.slice(0, HEADING_WITHIN).some((_, i) => (lines.slice(i).join(' ') + ' ').startsWith(key + ' '));
  const contains = (lines: string[]) => (' ' + lines.join(' ') + ' ').includes(' ' + key + ' ');
  for (const test of [starts, contains]) {
    const found = heads.findIndex((lines, i) => i >= from && test(lines));
    if (found >= 0) return found;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// 5. Lines → cells

/**
 * `pdftotext -layout` output keeps the page's columns as runs of spaces; prose never has
 * three spaces in a row, so that is a column gap.
 */
const LAYOUT_GAP = / {3,}/;
/**
 * A file is `-layout` output when this share of its lines is indented or has a column gap
 * (raw pdftotext and other extractions start every line at the margin).
 */
const LAYOUT_SHARE = 0.3;
/** How many lines are sampled to decide the style: enough for a front sheet and some minutes. */
const STYLE_SAMPLE = 2000;

function isLayoutText(lines: string[]): boolean {
  let seen = 0;
  let spaced = 0;
  let tabbed = 0;
  for (const raw of lines) {
    if (raw.trim() === '') continue;
    if (++seen > STYLE_SAMPLE) break;
    if (raw.includes('\t')) tabbed++;
    else if (/^ {2,}\S/.test(raw) || /\S {3,}\S/.test(raw)) spaced++;
  }
  return seen > 0 && tabbed === 0 && spaced / seen >= LAYOUT_SHARE;
}

/** Plain text: tab-separated and pipe-table rows become table rows, `-layout` columns become cells at their character column. */
function textReader(layout: boolean): LineReader {
  let boldOpen = false;
  const tables = pipeTables('text');
  return {
    end: () => [],
    read(raw, next) {
      if (raw.trim() === '') {
        boldOpen = false;
        tables.read(raw, next);
        return [];
      }
      const piped = tables.read(raw, next);
      if (piped) return piped;
      if (raw.includes('\t')) {
        const row = tabRow(raw, 'text');
        return row && row !== 'separator' ? [row] : [];
      }
      // "## 8 Forward Plan": a markdown heading left in a text extraction is a heading line, its marks gone.
      const atx = ATX_HEADING.exec(raw);
      if (atx?.[2]) {
        boldOpen = false;
        return heading(atx[2], atx[1].length, 0, 'text');
      }
      const cells = [];
      const pieces = layout ? [...raw.matchAll(/\S+(?: {1,2}\S+)*/g)] : [{ 0: raw.trim(), index: raw.length - raw.trimStart().length }];
      for (const piece of pieces) {
        const inline = renderInline(piece[0], 'text', boldOpen);
        boldOpen = inline.boldOpen;
        const cell = cellFromSpans(inline.spans, piece.index ?? 0, (piece.index ?? 0) + piece[0].length);
        if (cell) cells.push(cell);
      }
      const line = lineFromCells(cells, {});
      return line ? [line] : [];
    },
  };
}

function readPages(pages: TextPage[], reader: LineReader): RawPage[] {
  const read = pages.map((page) => {
    const lines: RawLine[] = [];
    // y is the line's index in the page's text, blank lines counted: a gap in y is a blank line,
    // which in a raw extraction is all that tells a paragraph (or a heading) from a wrapped line.
    page.lines.forEach((raw, i) => {
      for (const line of reader.read(raw, page.lines[i + 1])) lines.push({ ...line, y: i });
    });
    const out: RawPage = { number: page.number, width: null, height: null, lines };
    if (page.printed) out.printed = page.printed;
    if (page.span) out.span = page.span;
    return out;
  });
  const last = read[read.length - 1].lines;
  const lastY = (last[last.length - 1]?.y ?? -1) + 1;
  for (const line of reader.end()) last.push({ ...line, y: lastY });
  return read;
}

// ---------------------------------------------------------------------------------------------

/** A static-site page's metadata block at the top of the file: `---` YAML or `+++` TOML, closed by the same fence. */
const FRONT_MATTER_FENCE = /^(---|\+\+\+)\s*$/;
/** A metadata block is short; a longer run between two rules is content. */
const FRONT_MATTER_MAX_LINES = 40;
/** Every line inside it is a `key: value` / `key = value` pair, a list entry, or blank. */
const FRONT_MATTER_LINE = /^(?:\s*[A-Za-z_][\w-]*\s*(?::|=)(?:\s.*)?|\s+-\s.*|\s*)$/;

/**
 * The file's text without its front matter, and the front matter's lines. Front matter is the
 * web page's metadata (its publishing date, tags), not the paper: its "date" is when the page
 * was posted, not when the meeting met, so it must not be read as part of the first page.
 */
export function splitFrontMatter(rawLines: string[]): { body: string[]; frontMatter: string[] } {
  const fence = FRONT_MATTER_FENCE.exec(rawLines[0] ?? '');
  if (!fence) return { body: rawLines, frontMatter: [] };
  const end = rawLines.findIndex((l, i) => i > 0 && l.trim() === fence[1]);
  if (end < 0 || end > FRONT_MATTER_MAX_LINES || !rawLines.slice(1, end).every((l) => FRONT_MATTER_LINE.test(l))) return { body: rawLines, frontMatter: [] };
  return { body: rawLines.slice(end + 1), frontMatter: rawLines.slice(1, end).filter((l) => l.trim() !== '') };
}

export function readText(text: string, format: 'text' | 'markdown'): RawDocument {
  // 1. Lines (after any front matter), and the lines that start after a form feed.
  const lines: string[] = [];
  const breaks = new Set<number>();
  const { body, frontMatter } = splitFrontMatter(text.split(/\r\n|\r|\n/));
  for (const rawLine of body) {
    const parts = rawLine.split(FORM_FEED);
    parts.forEach((part, i) => {
      if (i > 0) breaks.add(lines.length);
      lines.push(part);
    });
  }
  // 2. Stamps, by line.
  const layout = format === 'text' && isLayoutText(lines);
  const stamps = new Map<number, Stamp[]>();
  for (const s of findStamps(lines, layout)) stamps.set(s.line, [...(stamps.get(s.line) ?? []), s]);
  // 3. Pages, and what follows the last one.
  // Without form feeds nothing else ends the text before an appended bookmark list.
  const appendedAt = breaks.size > 0 ? -1 : appendedOutlineStart(lines);
  const pageLines = appendedAt < 0 ? lines : lines.slice(0, appendedAt);
  const paged = breaks.size > 0 ? pagesByFormFeed(lines, breaks, stamps) : pagesByStamp(pageLines, stamps);
  const pages = paged.pages;
  const tail = appendedAt < 0 ? paged.tail : [...paged.tail, ...lines.slice(appendedAt)];
  // 4. The tail is an outline, or else more text that must not be lost.
  const outline = readOutline(tail, pages, appendedAt >= 0);
  if (!outline && tail.some((l) => l.trim() !== '')) pages.push({ number: (pages[pages.length - 1]?.number ?? 0) + 1, lines: tail });
  if (pages.length === 0) pages.push({ number: 1, lines: [] });
  // 5. Cells.
  const reader = format === 'markdown' ? markdownReader() : textReader(layout);
  // pdftotext ends every printed page with a form feed: its pages start where the printed ones do.
  const pageTops = breaks.size > 0;
  return { format, pages: readPages(pages, reader), outline: outline ?? [], pageCount: null, ...(pageTops ? { pageTops } : {}), ...(frontMatter.length ? { frontMatter } : {}) };
}
