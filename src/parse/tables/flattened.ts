/**
 * Tables whose columns were flattened by the extraction (raw pdftotext without -layout): the
 * header's labels run together on one line with single spaces, or wrap over several lines
 * ("ID Number Title" / "Proposed" / "Date" / "Date of" / "Decision"), or stand one to a line;
 * the cells of each row follow one to a line or joined by single spaces. No column positions
 * are left, only the order of the header's labels.
 *
 * This file finds such a table and the lines it spans. Telling its cells apart is left to the
 * parser that knows what its cells look like (tracker/flattened.ts, forward-plan/flattened.ts);
 * a parser that cannot do that warns with `warnFlattened`.
 */
import type { Context } from '../../context.js';
import type { Line } from '../../layout/types.js';
import { fieldText } from '../../text/join.js';
import { unwrap, wrapWidth } from './wrapped.js';
import { fullMatch, hasKeywords } from './header.js';
import type { HeaderSpec } from './types.js';

/** A flattened header has at least this many labels (a line of prose is never all labels). */
const MIN_FLATTENED_COLUMNS = 2;
/** The most lines a flattened header wraps over (one label, or one word of one, to a line). */
const MAX_HEADER_LINES = 8;
/**
 * A header line is short: the longest seen, all five labels of a CMIS tracker on one line, is
 * about 80 characters. Longer lines are prose or cells and are not divided into labels (an
 * 8 MB line of minutes must not be split into words here).
 */
const MAX_HEADER_LINE_CHARS = 200;
/**
 * The most words one label is made of ("Date At 10am in Committee Rooms 3&4"). One more would
 * let such a label swallow the next ("… 3&4 Item/Topic"), the header then read as fewer labels.
 */
const MAX_LABEL_WORDS = 7;
/**
 * Lines a new page may print before the table shows it carries on (its header again, one of its
 * labels, or a row's anchor); a page that shows none of these within them is past the table.
 */
const MAX_LINES_BEFORE_CONTINUATION = 3;
/**
 * On a page the table runs on to, its header's labels may be read among the first cells (a
 * label, then the cell beneath it): within this many lines per column of the page's top.
 */
const LABEL_LINES_PER_COLUMN = 2;
/** "Page 28 of 178", "Page 3": a page stamp left in the text ends the page it is printed on. */
const PAGE_STAMP = /^page\s+\d+(?:\s+of\s+\d+)?$/i;
/** "*Outcome: This will be populated …": the footnote to a label marked with an asterisk, printed below the table. */
const FOOTNOTE = /^\*\p{L}/u;
/** "8.2 The following are joint decisions …": a numbered paragraph of the report, past the table. */
const NUMBERED_PARAGRAPH = /^\d+\.\d+\.?\s+\p{Lu}/u;

export interface FlatHeader {
  /** Column keys in the header's order (labels printed after the body's first cells are added last). */
  keys: string[];
  lines: Line[];
}

export interface FlatTable {
  header: FlatHeader;
  /** The table's body lines in reading order, repeated headers and stray labels left out. */
  body: Line[];
  /**
   * The body as the table's printed lines: one line each, or, where the extraction broke the
   * text at a width, the lines joined back into the printed lines they were broken from.
   */
  printed: Line[][];
  /** Every line the table occupies, headers and stray labels included (to claim). */
  lines: Line[];
  /**
   * Body lines that resume the table after a break: the first after a page stamp, a new page,
   * or its header printed again (where the row the break cut carries on).
   */
  resumed: Set<Line>;
  /**
   * Lines left out of the body: those between two breaks (page stamps, new pages, the header
   * printed again) where the header's labels were printed among the cells. There the extraction
   * read the table column by column, not row by row ("Date" / "9 Dec 2020" / "Agenda Item" /
   * …), and which cell goes with which cannot be told: they are reported, not read.
   */
  interleaved: Line[];
  /** Index just past the table's last line. */
  end: number;
}

/** What a parser tells the reader about its rows: whether a line starts one (a date, a reference). */
export interface FlatRowSpec {
  isAnchor(text: string): boolean;
}

function isFlatText(line: Line): boolean {
  return line.cells.length === 1 && !line.tableRow;
}

function mayBeHeaderLine(line: Line): boolean {
  return isFlatText(line) && line.text.length <= MAX_HEADER_LINE_CHARS;
}

/** The fewest labels the words divide into, each a whole label of the spec, or null. */
export function labelsOf(words: string[], spec: HeaderSpec): string[] | null {
  const n = words.length;
  const best: Array<string[] | null> = new Array(n + 1).fill(null);
  best[n] = [];
  for (let i = n - 1; i >= 0; i--) {
    for (let len = 1; len <= Math.min(MAX_LABEL_WORDS, n - i); len++) {
      const rest = best[i + len];
      if (!rest) continue;
      const label = words.slice(i, i + len).join(' ');
      const col = spec.columns.find((c) => fullMatch(c, label));
      if (!col) continue;
      if (!best[i] || rest.length + 1 < best[i]!.length) best[i] = [col.key, ...rest];
    }
  }
  return best[0];
}

function wordsOf(line: Line): string[] {
  return fieldText(line.text).split(/\s+/).filter((w) => w !== '');
}

/**
 * The words of the lines one table search reads, each line divided once: every line is a
 * candidate header, and a short one reads the up to MAX_HEADER_LINES lines after it as well.
 */
class LineWords {
  private readonly words: Array<string[] | undefined> = [];
  private readonly texts: Array<string | undefined> = [];
  /** Per keyword of the spec searched (by its index), the first line at or after each line that holds it. */
  private readonly nextHits = new Map<number, Int32Array>();
  private runEnds: Int32Array | null = null;

  constructor(readonly lines: Line[]) {}

  at(index: number): string[] {
    return (this.words[index] ??= wordsOf(this.lines[index]));
  }

  /** The line's words joined by single spaces (what fieldText makes of its text). */
  textAt(index: number): string {
    return (this.texts[index] ??= fieldText(this.lines[index].text));
  }

  /**
   * Index just past the run of lines from lines[index] on that a header may take: short flat
   * lines of one page. Found for every line at once, from the last line back.
   */
  runEnd(index: number): number {
    if (!this.runEnds) {
      const n = this.lines.length;
      const ends = new Int32Array(n);
      for (let j = n - 1; j >= 0; j--) {
        const line = this.lines[j];
        if (!mayBeHeaderLine(line)) ends[j] = j;
        else ends[j] = j + 1 < n && this.lines[j + 1].page === line.page && mayBeHeaderLine(this.lines[j + 1]) ? ends[j + 1] : j + 1;
      }
      this.runEnds = ends;
    }
    return this.runEnds[index];
  }

  /** The first line at or after lines[index] whose text holds the spec's keyword number `k` (lines.length if none). */
  nextHolding(index: number, k: number, keyword: RegExp): number {
    let next = this.nextHits.get(k);
    if (!next) {
      const n = this.lines.length;
      next = new Int32Array(n + 1);
      next[n] = n;
      for (let j = n - 1; j >= 0; j--) next[j] = keyword.test(this.textAt(j)) ? j : next[j + 1];
      this.nextHits.set(k, next);
    }
    return next[index];
  }
}

/** A first header line this short may be the first part of a wrapped label. */
const MAX_WRAPPED_LABEL_PIECE_WORDS = 3;

function opensWithLabel(words: string[], spec: HeaderSpec): boolean {
  if (words.length <= MAX_WRAPPED_LABEL_PIECE_WORDS) return true;
  let prefix = '';
  for (let len = 1; len <= Math.min(MAX_LABEL_WORDS, words.length); len++) {
    prefix = len === 1 ? words[0] : `${prefix} ${words[len - 1]}`;
    for (const c of spec.columns) if (fullMatch(c, prefix)) return true;
  }
  return false;
}

/** Index just past the last line a flattened header starting at lines[index] may take: short flat lines of one page. */
function headerReach(words: LineWords, index: number): number {
  return Math.min(index + MAX_HEADER_LINES, words.runEnd(index));
}

/**
 * A keyword made only of letters, alternatives and word boundaries (`\baction`,
 * `\b(?:title|subject)`) matches within one word, so within one line: text of several lines
 * holds it when one of the lines does. Others (`all\s+at`) may run across a line break.
 */
const WITHIN_A_WORD = /^(?:\\b|\(\?:|[\p{L}|)])*$/u;

/** A spec's keywords, by their index, told apart once: those found within a line, and those that may span lines. */
const kindsOfKeywords = new WeakMap<HeaderSpec, { withinLines: Array<[number, RegExp]>; acrossLines: RegExp[] }>();

function keywordKinds(spec: HeaderSpec): { withinLines: Array<[number, RegExp]>; acrossLines: RegExp[] } {
  let kinds = kindsOfKeywords.get(spec);
  if (!kinds) {
    const entries = [...spec.keywords.entries()];
    kinds = {
      withinLines: entries.filter(([, keyword]) => WITHIN_A_WORD.test(keyword.source)),
      acrossLines: entries.filter(([, keyword]) => !WITHIN_A_WORD.test(keyword.source)).map(([, keyword]) => keyword),
    };
    kindsOfKeywords.set(spec, kinds);
  }
  return kinds;
}

/**
 * Whether the lines a header starting at lines[index] may take hold all the spec's keywords.
 * The search below tests them on the header's text as it grows, line by line; keywords are
 * plain searches (no anchors, no lookaheads), so text whose whole reach lacks them lacks them
 * in every part. Most lines are prose and are ruled out here, a line's keywords found once for
 * every header that might start above it, not by dividing each line's opening into labels.
 */
function reachHasKeywords(words: LineWords, index: number, end: number, spec: HeaderSpec): boolean {
  const { withinLines, acrossLines } = keywordKinds(spec);
  for (const [k, keyword] of withinLines) if (words.nextHolding(index, k, keyword) >= end) return false;
  if (acrossLines.length === 0) return true;
  let text = '';
  for (let j = index; j < end; j++) text += ` ${words.textAt(j)}`;
  return acrossLines.every((k) => k.test(text));
}

/** The flattened header starting at lines[index]: the most lines whose words are all labels the spec accepts. */
function matchFlatHeader(words: LineWords, index: number, spec: HeaderSpec): FlatHeader | null {
  const lines = words.lines;
  if (!lines[index]) return null;
  const end = headerReach(words, index);
  if (end === index || !reachHasKeywords(words, index, end, spec)) return null;
  // A header's first line opens with one of the spec's labels, or is a short piece of a
  // wrapped one ("Date of").
  if (!opensWithLabel(words.at(index), spec)) return null;
  let found: FlatHeader | null = null;
  const headerWords: string[] = [];
  // The header's words joined by single spaces, kept as they grow (the words are never empty).
  let text = '';
  for (let j = index; j < end; j++) {
    const lineWords = words.at(j);
    if (lineWords.length > 0) {
      headerWords.push(...lineWords);
      text = text === '' ? words.textAt(j) : `${text} ${words.textAt(j)}`;
    }
    if (!hasKeywords(spec, text)) continue;
    const keys = labelsOf(headerWords, spec);
    if (keys && keys.length >= MIN_FLATTENED_COLUMNS && new Set(keys).size === keys.length && spec.accepts(new Set(keys))) {
      found = { keys, lines: lines.slice(index, j + 1) };
    }
  }
  return found;
}

/** The line at lines[index] when it is exactly one label of the spec ("Update", "Status" printed after the cells above it). */
function loneLabel(words: LineWords, index: number, spec: HeaderSpec): string | null {
  if (!mayBeHeaderLine(words.lines[index])) return null;
  const keys = labelsOf(words.at(index), spec);
  return keys && keys.length === 1 ? keys[0] : null;
}

/** Whether the table carries on at lines[index], the first line of a new page. */
function continuesOnPage(words: LineWords, index: number, spec: HeaderSpec, rows: FlatRowSpec): boolean {
  const lines = words.lines;
  const page = lines[index].page;
  for (let j = index; j < Math.min(lines.length, index + MAX_LINES_BEFORE_CONTINUATION) && lines[j].page === page; j++) {
    if (matchFlatHeader(words, j, spec) || loneLabel(words, j, spec) || rows.isAnchor(fieldText(lines[j].text))) return true;
  }
  return false;
}

/**
 * The flattened table whose header starts at lines[index]: its body runs across page breaks
 * (repeated headers and labels left out) until a page that does not carry it on, or a
 * structured table row (the extraction kept that table's columns: it is not this table).
 */
function readFlatTable(words: LineWords, index: number, header: FlatHeader, spec: HeaderSpec, rows: FlatRowSpec, width: number | null): FlatTable {
  const lines = words.lines;
  const keys = [...header.keys];
  const body: Line[] = [];
  const occupied: Line[] = [...header.lines];
  const resumed = new Set<Line>();
  const interleaved: Line[] = [];
  // The body lines since the last break, whether one opened a row, and whether a label was
  // printed after it. A label printed after cells that open no row (the last column's label
  // after a single undated row's first cells) leaves the reading unambiguous.
  let from = 0;
  let anchored = false;
  let mixed = false;
  const closeSegment = () => {
    if (mixed) interleaved.push(...body.splice(from));
    from = body.length;
    anchored = false;
    mixed = false;
  };
  let i = index + header.lines.length;
  const marked = header.lines.some((l) => l.text.includes('*'));
  while (i < lines.length) {
    const line = lines[i];
    if (PAGE_STAMP.test(line.text.trim())) {
      if (i + 1 >= lines.length || !continuesOnPage(words, i + 1, spec, rows)) break;
      closeSegment();
      occupied.push(line);
      i++;
      continue;
    }
    if (lines[i - 1].page !== line.page && !continuesOnPage(words, i, spec, rows)) break;
    if (lines[i - 1].page !== line.page) closeSegment();
    if (!isFlatText(line) || NUMBERED_PARAGRAPH.test(line.text) || (marked && FOOTNOTE.test(line.text))) break;
    const repeat = matchFlatHeader(words, i, spec);
    if (repeat) {
      // A header with columns this table has not is the next table's; one with some of this
      // table's labels is its header again, in pieces among a page's first cells.
      if (repeat.keys.some((k) => !keys.includes(k))) break;
      // The whole header again is a break (a new page); some of its labels are pieces of it
      // printed among the cells.
      if (repeat.keys.length === keys.length) closeSegment();
      else if (anchored) mixed = true;
      occupied.push(...repeat.lines);
      for (const k of repeat.keys) if (!keys.includes(k)) keys.push(k);
      i += repeat.lines.length;
      continue;
    }
    // A lone label is the header printed again (pdftotext reads a page's header labels among
    // its first cells) when its column is new or it is among the page's first lines; else it
    // is a cell's text that happens to be a label ("Update" ending an item's title).
    const label = loneLabel(words, i, spec);
    const pageStart = lines.findIndex((l) => l.page === line.page);
    const nearPageTop = line.page !== lines[index].page && i - pageStart < LABEL_LINES_PER_COLUMN * keys.length;
    if (label && (!keys.includes(label) || body.at(-1)?.page !== line.page || nearPageTop)) {
      if (!keys.includes(label)) keys.push(label);
      if (anchored) mixed = true;
      occupied.push(line);
      i++;
      continue;
    }
    if (body.length > 0 && (occupied.at(-1) !== body.at(-1) || body.at(-1)!.page !== line.page)) resumed.add(line);
    if (rows.isAnchor(fieldText(line.text).trim())) anchored = true;
    body.push(line);
    occupied.push(line);
    i++;
  }
  closeSegment();
  const left = new Set(interleaved);
  const placed = occupied.filter((l) => !left.has(l));
  const printed = width === null ? body.map((l) => [l]) : unwrap(body, width, (text) => rows.isAnchor(text));
  return { header: { keys, lines: header.lines }, body, printed, lines: placed, resumed, interleaved, end: i };
}

/** Every flattened table in the lines, in order. */
export function readFlatTables(lines: Line[], spec: HeaderSpec, rows: FlatRowSpec): FlatTable[] {
  const tables: FlatTable[] = [];
  const words = new LineWords(lines);
  // The width text was wrapped at is the extraction's, the same for its prose and its tables.
  let width: number | null | undefined;
  for (let i = 0; i < lines.length; i++) {
    const header = matchFlatHeader(words, i, spec);
    if (!header) continue;
    if (width === undefined) width = wrapWidth(lines.filter(isFlatText));
    const table = readFlatTable(words, i, header, spec, rows, width);
    tables.push(table);
    i = Math.max(i, table.end - 1);
  }
  return tables;
}

/** Say, page by page, which lines of a flattened table were left out as interleaved (see FlatTable.interleaved). */
export function warnInterleaved(table: FlatTable, what: string, ctx: Context): void {
  for (const page of [...new Set(table.interleaved.map((l) => l.page))]) {
    const on = table.interleaved.filter((l) => l.page === page);
    ctx.warn(
      'table-cells-interleaved',
      `On page ${page} the extraction printed the ${what}'s header labels among its cells (it read the table column by column), so ${on.length} of its lines could not be placed in rows and were left out. Re-extract the text with its layout (pdftotext -layout) or use the PDF.`,
      { page, line: on[0].line },
      on.map((l) => l.line),
    );
  }
}

/** Say that a flattened table was found whose rows this parser does not read. */
export function warnFlattened(lines: Line[], index: number, spec: HeaderSpec, ctx: Context): void {
  const line = lines[index];
  if (!mayBeHeaderLine(line) || !hasKeywords(spec, line.text)) return;
  const keys = labelsOf(wordsOf(line), spec);
  if (!keys || keys.length < MIN_FLATTENED_COLUMNS || !spec.accepts(new Set(keys))) return;
  ctx.warn(
    'table-columns-flattened',
    `A table header ("${line.text}") was found, but the extraction ran its columns together; its rows were not read. Re-extract the text with its layout (pdftotext -layout) or use the PDF.`,
    { page: line.page, line: line.line },
  );
}
