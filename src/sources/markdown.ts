/**
 * Markdown (and the markdown debris found in plain-text extractions): inline emphasis, links,
 * escapes and HTML fragments become plain spans marked bold or not; block syntax (headings,
 * lists, tables, rules, code fences) becomes layout lines. One line of input at a time, in
 * order, so that a page-by-page reader can drive it.
 */
import type { Cell } from '../layout/types.js';
import { cellFromSpans, lineFromCells, type Span } from './cells.js';
import { fragmentSpans, htmlBlockLines } from './html.js';
import type { RawLine } from './raw.js';

/** Which inline syntax a line may carry: full markdown, or only what leaks into plain-text extractions. */
export type Flavour = 'markdown' | 'text';

/**
 * HTML that extraction tools leave inside text and markdown (table cells, underlined links,
 * superscript ordinals). Only these known element names count, so that "<30 days" or
 * "a < b" in prose is never taken for markup.
 */
const HTML_TAG =
  /<\/?(?:p|br|ul|ol|li|u|b|i|em|strong|sup|sub|span|div|a|font|s|strike|del|ins|mark|small|big|h[1-6]|img|hr|blockquote|code|pre|table|thead|tbody|tr|td|th|center|dl|dt|dd)\b[^<>]*\/?>/i;
const HTML_ENTITY = /&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/i;

/** Backslash escapes of ASCII punctuation (CommonMark §2.4) are parked in the private use area while emphasis is read. */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
const PARKED = /[\ue000-\ue07f]/g;
const PARK_BASE = 0xe000;

const IMAGE = /!\[[^\]]*\]\([^()]*(?:\([^()]*\)[^()]*)*\)/g;
const LINK = /\[([^\]]*)\]\([^()]*(?:\([^()]*\)[^()]*)*\)/g;
const REFERENCE_LINK = /\[([^\]]+)\]\[[^\]]*\]/g;
const AUTOLINK = /<((?:https?|ftp|mailto):[^<>\s]*)>/gi;
const CODE_SPAN = /`+([^`]+?)`+/g;
const STRIKE = /~~(?=\S)([^~]*?\S)~~/g;
/** `***x***` is bold italic: the italic star is dropped and the bold pair kept. */
const BOLD_ITALIC = /(?<!\*)\*\*\*(?!\*)/g;
/** `__x__` is bold only at word boundaries, so "______" fill-in lines and snake_case survive. */
const UNDERSCORE_STRONG = /(^|[^\w_])__(?=[^\s_])([^_]*?[^\s_])__(?![\w_])/g;
const STAR_EMPHASIS = /(^|[^*\w])\*(?=[^\s*])([^*]*?[^\s*])\*(?![*\w])/g;
const UNDERSCORE_EMPHASIS = /(^|[^\w_])_(?=[^\s_])([^_]*?[^\s_])_(?![\w_])/g;
const STRONG_MARK = '**';

export interface InlineResult {
  spans: Span[];
  /** True when a `**` opened on this line has not closed: the next line of the paragraph starts bold. */
  boldOpen: boolean;
}

/** Read one line's inline syntax into spans. `boldOpen` carries an unclosed `**` from the line before. */
export function renderInline(source: string, flavour: Flavour, boldOpen = false): InlineResult {
  let s = source;
  if (flavour === 'markdown') {
    s = s.replace(ESCAPE, (_, c: string) => String.fromCharCode(PARK_BASE + c.charCodeAt(0)));
    s = s
      .replace(IMAGE, '')
      .replace(LINK, '$1')
      .replace(REFERENCE_LINK, '$1')
      .replace(AUTOLINK, '$1')
      .replace(CODE_SPAN, '$1')
      .replace(STRIKE, '$1')
      .replace(BOLD_ITALIC, STRONG_MARK)
      .replace(UNDERSCORE_STRONG, `$1${STRONG_MARK}$2${STRONG_MARK}`)
      .replace(STAR_EMPHASIS, '$1$2')
      .replace(UNDERSCORE_EMPHASIS, '$1$2');
  }
  const { spans: marked, boldOpen: open } = splitStrong(s, boldOpen);
  let spans = marked;
  if (HTML_TAG.test(s) || (flavour === 'markdown' && HTML_ENTITY.test(s))) {
    // One parse per line: markdown bold becomes <b> so that cheerio reads both kinds of markup together.
    spans = fragmentSpans(marked.map((m) => (m.bold ? `<b>${m.text}</b>` : m.text)).join(''));
  }
  if (flavour === 'markdown') for (const span of spans) span.text = span.text.replace(PARKED, (c) => String.fromCharCode(c.charCodeAt(0) - PARK_BASE));
  return { spans, boldOpen: open };
}

/** Toggle bold at every `**`. Two bold runs glued as `**A****B**` were separate lines when printed: keep a space between them. */
function splitStrong(s: string, boldOpen: boolean): InlineResult {
  if (!s.includes(STRONG_MARK)) return { spans: [{ text: s, bold: boldOpen }], boldOpen };
  const parts = s.split(STRONG_MARK);
  const spans: Span[] = [];
  let bold = boldOpen;
  parts.forEach((part, i) => {
    if (i > 0) bold = !bold;
    if (part !== '') spans.push({ text: part, bold });
    else if (i > 0 && i < parts.length - 1) spans.push({ text: ' ', bold: false });
  });
  return { spans, boldOpen: bold };
}

// ---------------------------------------------------------------------------------------------
// Table rows shared by text and markdown: tab-separated and pipe tables

/** A separator row under a table header: only dashes, colons, pipes and spaces in every non-empty cell. */
const SEPARATOR_CELL = /^[\s:|]*[-–—]+[-–—\s:|]*$/;

/**
 * A tab-separated row: one cell per non-empty column, x = column index, so a wrapped cell
 * continued on the next line (leading empty cells) keeps its column and a table reader can
 * join it. A row of dashes only is the separator under a header row and is dropped.
 */
export function tabRow(raw: string, flavour: Flavour): RawLine | null | 'separator' {
  return tableRow(raw.split('\t'), flavour);
}

function tableRow(columns: string[], flavour: Flavour): RawLine | null | 'separator' {
  const nonEmpty = columns.filter((c) => c.trim() !== '');
  if (nonEmpty.length > 0 && nonEmpty.every((c) => SEPARATOR_CELL.test(c))) return 'separator';
  const cells: Cell[] = [];
  columns.forEach((column, index) => {
    const cell = cellFromSpans(renderInline(column, flavour).spans, index, index);
    if (cell) cells.push(cell);
  });
  return lineFromCells(cells, { tableRow: true });
}

/** Split a pipe-table row at unescaped pipes, without the optional outer pipes. */
function pipeColumns(raw: string): string[] {
  let s = raw.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  return s.split(/(?<!\\)\|/).map((c) => c.replace(/\\\|/g, '|'));
}

const PIPE_SEPARATOR_ROW = /^\s*\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)*\|?\s*$/;

/**
 * Pipe tables (GitHub-flavoured markdown), line by line. A table starts only at a row whose
 * next line is a `|---|---|` separator, so prose with a "|" in it is never split, and runs
 * until a line without a pipe. Used for markdown, and for text files that are markdown
 * saved under a .txt name.
 */
export function pipeTables(flavour: Flavour): { read(raw: string, next: string | undefined): RawLine[] | null } {
  let inTable = false;
  return {
    read(raw, next) {
      if (!raw.includes('|')) {
        inTable = false;
        return null;
      }
      if (!inTable && !(next !== undefined && next.includes('|') && PIPE_SEPARATOR_ROW.test(next))) return null;
      inTable = true;
      if (PIPE_SEPARATOR_ROW.test(raw)) return [];
      const row = tableRow(pipeColumns(raw), flavour);
      return row && row !== 'separator' ? [row] : [];
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Block syntax, one line at a time

/** Reads the lines of one document in order; blank lines end paragraphs (and an open `**`). */
export interface LineReader {
  read(raw: string, next: string | undefined): RawLine[];
  /** Lines still held when the document ends (an unfinished HTML block). */
  end(): RawLine[];
}

/**
 * A line that opens an HTML block (CommonMark §4.6, kind 6): a block-level tag at the start
 * of the line. The block runs to the next blank line and is read as HTML, so a table that a
 * converter wrote as <table>…</table> over many lines keeps its rows and cells.
 */
const HTML_BLOCK_START = /^ {0,3}<\/?(?:table|thead|tbody|tr|ul|ol|dl|div|p|blockquote|h[1-6]|center|section|article|figure)(?:[\s>/]|$)/i;

/** `## Title`: a heading of level 2. Plain-text extractions saved from markdown carry these too. */
export const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(```|~~~)/;
const BLOCKQUOTE = /^ {0,3}>[ ]?/;
/** Bullet markers are markdown syntax (the printed bullet); ordered numbers ("1.") are printed text and stay. */
const BULLET = /^([ \t]*)[-*+][ \t]+(?=\S)/;

export function markdownReader(): LineReader {
  let boldOpen = false;
  let inFence = false;
  const tables = pipeTables('markdown');
  let skipUnderline = false;
  let htmlBlock: string[] | null = null;
  const endHtmlBlock = (): RawLine[] => {
    const lines = htmlBlock ? htmlBlockLines(htmlBlock.join('\n')) : [];
    htmlBlock = null;
    return lines;
  };

  return {
    end: endHtmlBlock,
    read(raw, next) {
      if (htmlBlock) {
        if (raw.trim() !== '') {
          htmlBlock.push(raw);
          return [];
        }
        return endHtmlBlock();
      }
      // A tab-separated row that starts with a tag is a table row with HTML in its first cell.
      if (!inFence && !raw.includes('\t') && HTML_BLOCK_START.test(raw)) {
        htmlBlock = [raw];
        return next === undefined ? endHtmlBlock() : [];
      }
      if (FENCE.test(raw)) {
        inFence = !inFence;
        return [];
      }
      if (inFence) return plainLine(raw);
      if (raw.trim() === '') {
        boldOpen = false;
        tables.read(raw, next);
        return [];
      }
      if (skipUnderline) {
        skipUnderline = false;
        if (SETEXT_UNDERLINE.test(raw)) return [];
      }
      if (raw.includes('\t')) {
        const row = tabRow(raw, 'markdown');
        return row && row !== 'separator' ? [row] : [];
      }
      const piped = tables.read(raw, next);
      if (piped) return piped;
      if (THEMATIC_BREAK.test(raw)) return [];
      const atx = ATX_HEADING.exec(raw);
      if (atx) {
        boldOpen = false;
        return heading(atx[2] ?? '', atx[1].length, 0);
      }
      let body = raw.replace(BLOCKQUOTE, '');
      const bullet = BULLET.exec(body);
      if (bullet) body = body.slice(bullet[0].length);
      const indent = bullet ? bullet[1].replace(/\t/g, '    ').length : (/^ */.exec(body)?.[0].length ?? 0);
      if (!bullet && next !== undefined && SETEXT_UNDERLINE.test(next) && !THEMATIC_BREAK.test(raw)) {
        skipUnderline = true;
        return heading(body, next.trim().startsWith('=') ? 1 : 2, indent);
      }
      const inline = renderInline(body, 'markdown', boldOpen);
      boldOpen = inline.boldOpen;
      const cell = cellFromSpans(inline.spans, indent, indent + body.trim().length);
      const line = cell && lineFromCells([cell], {});
      return line ? [line] : [];
    },
  };
}

/** A heading line: bold, its level kept as `Line.heading`, its marks gone. */
export function heading(text: string, level: number, indent: number, flavour: Flavour = 'markdown'): RawLine[] {
  const spans = renderInline(text, flavour).spans.map((s) => ({ ...s, bold: true }));
  const cell = cellFromSpans(spans, indent, indent + text.length);
  const line = cell && lineFromCells([cell], { heading: level, bold: true });
  return line ? [line] : [];
}

function plainLine(raw: string): RawLine[] {
  const indent = /^ */.exec(raw)?.[0].length ?? 0;
  const cell = cellFromSpans([{ text: raw, bold: false }], indent, raw.trimEnd().length);
  const line = cell && lineFromCells([cell], {});
  return line ? [line] : [];
}
