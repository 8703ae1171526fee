/**
 * HTML source: a saved web page (a council website's agenda or minutes page) → raw pages of
 * lines, with cheerio. Nothing is fetched and nothing is executed: scripts, frames, forms and
 * images are dropped unread, and the site's own navigation, banner and footer are removed so
 * that only the document's text remains.
 *
 * Text sources have no geometry: a line's x is its list nesting depth, a table cell's x is its
 * column index (as for tab-separated text), y is the line's index on its page, sizes are null.
 */
import { load, type CheerioAPI } from 'cheerio';
import { HTML_PARSER_OPTIONS, parseHtml } from './html-parse.js';
import type { AnyNode, Element } from 'domhandler';
import type { RawDocument, RawLine, RawPage } from './raw.js';
import { cellFromSpans, lineFromCells, type Span } from './cells.js';

/** Elements whose content is never document text: code, embedded pages, forms, media. */
const DROPPED_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'form', 'input', 'select', 'option', 'textarea', 'button', 'label', 'img', 'picture', 'svg', 'canvas',
  'audio', 'video', 'source', 'track', 'map', 'area', 'head', 'title', 'meta', 'link', 'base', 'dialog',
]);

/**
 * Site chrome rather than document: navigation, banners, footers, breadcrumbs, skip links
 * and cookie notices — as CSS: `nav`, `[role="navigation"]`, `[role="banner"]`,
 * `[role="contentinfo"]`, `[role="search"]`, `[aria-hidden="true"]`, `[hidden]`,
 * `[class*="breadcrumb" i]`, `.skip-link`, `.skiplink`, `[class*="skip-to" i]`,
 * `[id*="cookie" i]`, `[class*="cookie" i]`. A <header>/<footer> is chrome only outside the
 * document's own <main> or <article>, where it would be the document's heading block.
 *
 * Tested element by element in one pass of our own (scanPage) rather than with CSS selector
 * queries: the selector engine's tree search costs time in the product of the page's size and
 * its depth, which for a page of thousands of unclosed elements is minutes.
 */
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search']);
const CHROME_CLASS = /breadcrumb|skip-to|cookie|(?:^|\s)(?:skip-link|skiplink)(?:\s|$)/i;
const CHROME_ID = /cookie/i;

function isChrome(el: Element): boolean {
  const a = el.attribs;
  return (
    el.name === 'nav' ||
    CHROME_ROLES.has(a.role ?? '') ||
    a['aria-hidden'] === 'true' ||
    a.hidden !== undefined ||
    CHROME_CLASS.test(a.class ?? '') ||
    CHROME_ID.test(a.id ?? '')
  );
}

/** Elements removed with everything in them before the page is read (DROPPED_ELEMENTS are also skipped while reading). */
const REMOVED_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'form']);
/** Where a <header> or <footer> is the document's own. */
function isDocumentBody(el: Element): boolean {
  return el.name === 'main' || el.name === 'article' || el.attribs.role === 'main';
}

/**
 * Where the document lives on a page, most specific first: the HTML5 main landmark, then
 * ModernGov's content container (its agenda and minutes pages put everything in #modgov).
 */
const CONTENT_ROOTS: Array<(el: Element) => boolean> = [(el) => el.name === 'main', (el) => el.attribs.role === 'main', (el) => el.attribs.id === 'modgov'];

/** Elements that start and end a line of their own. */
const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'section', 'article', 'main', 'aside', 'header', 'footer', 'blockquote', 'address', 'figure',
  'figcaption', 'dl', 'dt', 'dd', 'pre', 'hr', 'center', 'fieldset', 'details', 'summary', 'caption', 'body', 'html',
]);
const BOLD_ELEMENTS = new Set(['b', 'strong', 'th']);
const HEADING = /^h([1-6])$/;

/** CSS that forces a printed page break before or after an element (CSS 2.1 §13.3.1, CSS Fragmentation §3.1). */
const BREAK_BEFORE = /(?:^|;)\s*(?:page-break-before\s*:\s*always|break-before\s*:\s*(?:page|always|left|right))/i;
const BREAK_AFTER = /(?:^|;)\s*(?:page-break-after\s*:\s*always|break-after\s*:\s*(?:page|always|left|right))/i;
/** Inline styles that hide an element: hidden text is not printed text. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const BOLD_STYLE = /font-weight\s*:\s*(?:bold|[6-9]00)/i;

/** An element that sets its text in bold: <b>, <strong>, <th>, or a bold font weight in its style. */
function setsBold(el: Element, name: string): boolean {
  return BOLD_ELEMENTS.has(name) || BOLD_STYLE.test(el.attribs.style ?? '');
}

/**
 * Parse with htmlparser2 rather than parse5 (cheerio's default): parse5's tree building slows
 * down more than linearly on a long run of sibling elements (16,000 <br>s take seconds), and a
 * hostile or huge page must not hang. htmlparser2 still closes <p>, <li>, <td> and <tr>
 * implicitly and decodes entities. It is run through parseHtml, which keeps its time linear
 * however deep the elements nest (see html-parse.ts), and the DOM is handed to cheerio.
 */
function loadHtml(html: string, isDocument = true): CheerioAPI {
  return load(parseHtml(html), { xml: HTML_PARSER_OPTIONS }, isDocument);
}

type Piece = Span | { boundary: 'space' | 'item' };

/**
 * How deep the structured reading of a page goes (elements inside elements). Real council
 * pages nest a few dozen levels; a page damaged or generated with unclosed elements (a
 * template repeated without its closing tags) nests thousands deep, and a recursive walk of
 * that overflows the call stack. Below this depth a subtree is read flat (see flatPieces):
 * its text is kept in order, one line per block element, but lists, tables and headings no
 * longer shape it.
 */
export const MAX_HTML_NESTING = 200;

/**
 * The text of an HTML fragment that must stay on one line (a table cell, a markdown line),
 * as spans. Inside one cell, paragraphs and line breaks are joined with a space (they are
 * the cell's wrapped lines and its sentences end with their own stops), and list items with
 * "; " so their boundaries stay readable; a cell is never split into several lines, because
 * a table reader relies on one line per row with the cells in their columns.
 */
export function fragmentSpans(html: string, bold = false): Span[] {
  const $ = loadHtml(html, false);
  const pieces: Piece[] = [];
  for (const node of $.root().contents().toArray()) collectInline(node, bold, pieces);
  return joinPieces(pieces);
}

function collectInline(node: AnyNode, bold: boolean, out: Piece[], marker?: string, nesting = 0): void {
  if (node.type === 'text') {
    out.push({ text: collapse(node.data), bold });
    return;
  }
  if (!isElement(node)) return;
  const name = node.name.toLowerCase();
  if (DROPPED_ELEMENTS.has(name) || isHidden(node)) return;
  if (nesting >= MAX_HTML_NESTING) {
    for (const piece of flatPieces(node, bold)) out.push(piece);
    return;
  }
  const strong = bold || setsBold(node, name) || HEADING.test(name);
  const boundary: Piece | null = name === 'li' ? { boundary: 'item' } : name === 'br' || BLOCK_ELEMENTS.has(name) || name === 'tr' || name === 'ul' || name === 'ol' || HEADING.test(name) ? { boundary: 'space' } : null;
  if (boundary) out.push(boundary);
  if (marker) out.push({ text: marker + ' ', bold: false });
  const markers = listMarkers(node);
  for (const child of node.children) collectInline(child, strong, out, isElement(child) ? markers.get(child) : undefined, nesting + 1);
  if (boundary) out.push(boundary);
}

/** Elements read flat that still end a line: every block, list item, table row or cell, heading and line break. */
function endsLine(name: string): boolean {
  return BLOCK_ELEMENTS.has(name) || HEADING.test(name) || ['br', 'hr', 'li', 'ul', 'ol', 'table', 'tr', 'td', 'th'].includes(name);
}

/**
 * The text under a node in document order, with a boundary where each block ends, read with
 * an explicit stack so that no nesting depth can overflow the call stack. Dropped and hidden
 * elements are skipped as in the structured reading; bold is inherited the same way.
 */
function flatPieces(root: AnyNode, bold: boolean): Piece[] {
  const out: Piece[] = [];
  // A frame is a node to read, or the boundary left behind after a block element's children.
  const stack: Array<{ node: AnyNode; bold: boolean } | Piece> = [{ node: root, bold }];
  while (stack.length > 0) {
    const top = stack.pop() as { node: AnyNode; bold: boolean } | Piece;
    if (!('node' in top)) {
      out.push(top);
      continue;
    }
    const { node } = top;
    if (node.type === 'text') {
      out.push({ text: collapse(node.data), bold: top.bold });
      continue;
    }
    if (!isElement(node)) continue;
    const name = node.name.toLowerCase();
    if (DROPPED_ELEMENTS.has(name) || isHidden(node)) continue;
    const strong = top.bold || setsBold(node, name) || HEADING.test(name);
    const block = endsLine(name);
    if (block) {
      out.push({ boundary: 'space' });
      stack.push({ boundary: 'space' });
    }
    for (let k = node.children.length - 1; k >= 0; k--) stack.push({ node: node.children[k], bold: strong });
  }
  return out;
}

function joinPieces(pieces: Piece[]): Span[] {
  const spans: Span[] = [];
  let pending: 'space' | 'item' | null = null;
  let hasText = false;
  let lastChar = '';
  for (const piece of pieces) {
    if ('boundary' in piece) {
      if (pending !== 'item') pending = piece.boundary;
      continue;
    }
    const blank = piece.text.trim() === '';
    // Whitespace between block elements is source formatting, not a word space.
    if (blank && (pending || !hasText)) continue;
    if (pending && hasText) {
      // A list item that already ends with its own punctuation needs no "; " after it.
      const separator = pending === 'item' && !/[;.,:]/.test(lastChar) ? '; ' : ' ';
      spans.push({ text: separator, bold: false });
    }
    pending = null;
    hasText ||= !blank;
    if (!blank) lastChar = piece.text.trimEnd().slice(-1);
    spans.push(piece);
  }
  return spans;
}

/** HTML whitespace (spaces, tabs, newlines) collapses to one space; no-break spaces survive until cleanText. */
function collapse(s: string): string {
  return s.replace(/[ \t\n\r\f]+/g, ' ');
}

/**
 * The numbers a browser prints before the items of an ordered list ("1.", "b.", "iv."), from
 * its start, type and each item's value, so that numbered agenda items keep their numbers.
 * A list styled with no markers prints none.
 */
function listMarkers(list: Element): Map<Element, string> {
  const markers = new Map<Element, string>();
  if (list.name !== 'ol' || /list-style(?:-type)?\s*:\s*none/i.test(list.attribs.style ?? '')) return markers;
  const type = list.attribs.type ?? '1';
  let n = Number.parseInt(list.attribs.start ?? '1', 10);
  if (!Number.isFinite(n)) n = 1;
  for (const item of list.children) {
    if (!isElement(item) || item.name !== 'li') continue;
    const value = Number.parseInt(item.attribs.value ?? '', 10);
    if (Number.isFinite(value)) n = value;
    markers.set(item, `${formatMarker(n, type)}.`);
    n++;
  }
  return markers;
}

function formatMarker(n: number, type: string): string {
  if (type === 'a' || type === 'A') {
    let out = '';
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
    return type === 'A' ? out.toUpperCase() : out;
  }
  if (type === 'i' || type === 'I') {
    const numerals: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
    let out = '';
    let k = n;
    for (const [v, r] of numerals) for (; k >= v; k -= v) out += r;
    return type === 'I' ? out.toUpperCase() : out;
  }
  return String(n);
}

function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function isHidden(el: Element): boolean {
  return HIDDEN_STYLE.test(el.attribs.style ?? '');
}

// ---------------------------------------------------------------------------------------------
// Whole pages

interface Collector {
  pages: RawLine[][];
  pieces: Piece[];
  x: number;
}

export function readHtml(html: string): RawDocument {
  const $ = loadHtml(html);
  const page = scanPage($.root().contents().toArray());
  const breakClasses = pageBreakClasses(page.css);
  $(page.removed).remove();
  // Only the outermost match of each kind: a page with unclosed elements can nest a <main>
  // or <body> inside another, and reading both would read the inner one's text twice.
  const root = CONTENT_ROOTS.map((test) => outermost(page.kept.filter(test))).find((found) => found.length === 1) ?? outermost(page.kept.filter((el) => el.name === 'body'));
  // A saved fragment has no <body>: read everything under the document root.
  const start = root.length > 0 ? root : $.root().contents().toArray();

  const out: Collector = { pages: [[]], pieces: [], x: 0 };
  for (const el of start) walkBlock(el, { bold: false, depth: 0, nesting: 0 }, out, breakClasses);
  flush(out);
  const pages: RawPage[] = out.pages
    .filter((lines, i) => lines.length > 0 || i === 0)
    .map((lines, i) => ({ number: i + 1, width: null, height: null, lines: lines.map((l, y) => ({ ...l, y })) }));
  return { format: 'html', pages, outline: [], pageCount: null };
}

/**
 * The lines of a block of HTML inside another document (a <table> or list that a markdown
 * converter left as HTML): table rows with their cells, one line per list item or paragraph.
 */
export function htmlBlockLines(html: string): RawLine[] {
  const $ = loadHtml(html, false);
  const out: Collector = { pages: [[]], pieces: [], x: 0 };
  const none = { before: new Set<string>(), after: new Set<string>() };
  for (const node of $.root().contents().toArray()) walkBlock(node, { bold: false, depth: 0, nesting: 0 }, out, none);
  flush(out);
  return out.pages.flat();
}

interface PageScan {
  /** The text of every <style> block, for the page-break classes. */
  css: string;
  /** Chrome and non-text elements to remove, outermost only. */
  removed: Element[];
  /** The elements that stay, in document order: candidates for the content root. */
  kept: Element[];
}

/** One walk over the page with an explicit stack (see isChrome for why not selector queries). */
function scanPage(nodes: AnyNode[]): PageScan {
  const scan: PageScan = { css: '', removed: [], kept: [] };
  const stack: Array<{ node: AnyNode; inBody: boolean; removed: boolean }> = [];
  for (let k = nodes.length - 1; k >= 0; k--) stack.push({ node: nodes[k], inBody: false, removed: false });
  while (stack.length > 0) {
    const { node, inBody, removed: inRemoved } = stack.pop() as { node: AnyNode; inBody: boolean; removed: boolean };
    if (!isElement(node)) continue;
    const name = node.name.toLowerCase();
    if (name === 'style') scan.css += node.children.map((c) => (c.type === 'text' ? c.data : '')).join('');
    let removed = inRemoved;
    if (!removed && (REMOVED_ELEMENTS.has(name) || isChrome(node) || ((name === 'header' || name === 'footer') && !inBody))) {
      scan.removed.push(node);
      removed = true;
    }
    if (!removed) scan.kept.push(node);
    // Style blocks inside removed elements still count, so removed subtrees are walked too.
    const below = inBody || isDocumentBody(node);
    for (let k = node.children.length - 1; k >= 0; k--) stack.push({ node: node.children[k], inBody: below, removed });
  }
  return scan;
}

/** The elements (in document order) that are not inside another of them. */
function outermost(elements: Element[]): Element[] {
  const chosen = new Set<AnyNode>();
  const out: Element[] = [];
  for (const el of elements) {
    let inside = false;
    for (let up = el.parent; up && !inside; up = up.parent) inside = chosen.has(up);
    if (inside) continue;
    chosen.add(el);
    out.push(el);
  }
  return out;
}

/**
 * Class names that a <style> block gives a forced page break, e.g. `.pagebreak { page-break-before: always }`.
 * Only simple class selectors are read: enough for the printable pages council sites generate.
 */
function pageBreakClasses(css: string): { before: Set<string>; after: Set<string> } {
  const before = new Set<string>();
  const after = new Set<string>();
  // Rules are cut at braces by hand: a regex for "selector { body }" backtracks over every
  // start position of a long style sheet with an unclosed brace (quadratic).
  for (const block of css.split('}')) {
    const open = block.lastIndexOf('{');
    if (open < 0) continue;
    const selector = block.slice(block.lastIndexOf('{', open - 1) + 1, open);
    const body = block.slice(open + 1);
    if (!/\S/.test(selector)) continue;
    const classes = [...selector.matchAll(/\.([A-Za-z_][\w-]*)\s*(?=,|$)/g)].map((m) => m[1]);
    if (BREAK_BEFORE.test(body)) classes.forEach((c) => before.add(c));
    if (BREAK_AFTER.test(body)) classes.forEach((c) => after.add(c));
  }
  return { before, after };
}

function breaks(el: Element, classes: { before: Set<string>; after: Set<string> }): { before: boolean; after: boolean } {
  const style = el.attribs.style ?? '';
  const names = (el.attribs.class ?? '').split(/\s+/).filter(Boolean);
  return {
    before: BREAK_BEFORE.test(style) || names.some((n) => classes.before.has(n)),
    after: BREAK_AFTER.test(style) || names.some((n) => classes.after.has(n)),
  };
}

interface BlockState {
  bold: boolean;
  /** List nesting depth: a list item's x. */
  depth: number;
  /** Element nesting depth, against MAX_HTML_NESTING. */
  nesting: number;
}

function walkBlock(node: AnyNode, state: BlockState, out: Collector, classes: { before: Set<string>; after: Set<string> }, marker?: string): void {
  if (node.type === 'text') {
    out.pieces.push({ text: collapse(node.data), bold: state.bold });
    return;
  }
  if (!isElement(node)) return;
  const name = node.name.toLowerCase();
  if (DROPPED_ELEMENTS.has(name) || isHidden(node)) return;
  if (state.nesting >= MAX_HTML_NESTING) {
    // Too deep to read as structure: the subtree's text, one line per block.
    for (const piece of flatPieces(node, state.bold)) {
      if ('boundary' in piece) flush(out);
      else out.pieces.push(piece);
    }
    return;
  }
  const pageBreak = breaks(node, classes);
  const nesting = state.nesting + 1;
  if (pageBreak.before) {
    flush(out);
    newPage(out);
  }
  const heading = HEADING.exec(name);
  const bold = state.bold || setsBold(node, name);
  if (name === 'br' || name === 'hr') {
    flush(out);
  } else if (heading) {
    flush(out);
    for (const child of node.children) walkBlock(child, { ...state, bold: true, nesting }, out, classes);
    flush(out, Number(heading[1]));
  } else if (name === 'pre') {
    // Preformatted text keeps its own line breaks; each becomes a line at its indentation.
    flush(out);
    for (const text of $text(node).split(/\r?\n/)) {
      const indent = /^ */.exec(text)?.[0].length ?? 0;
      const cell = cellFromSpans([{ text, bold }], indent, indent + text.trim().length);
      const line = cell && lineFromCells([cell], {});
      if (line) out.pages[out.pages.length - 1].push(line);
    }
  } else if (name === 'table' && isLayoutTable(node)) {
    // A table used to lay out the page, not to tabulate: read its cells as ordinary blocks.
    flush(out);
    for (const row of rowsOf(node)) for (const cell of row.children) walkBlock(cell, { ...state, nesting }, out, classes);
    flush(out);
  } else if (name === 'table') {
    flush(out);
    readTable(node, out, nesting);
  } else if (name === 'ul' || name === 'ol' || name === 'li' || BLOCK_ELEMENTS.has(name)) {
    flush(out);
    const depth = name === 'ul' || name === 'ol' ? state.depth + 1 : state.depth;
    const savedX = out.x;
    out.x = name === 'li' ? Math.max(0, state.depth - 1) : out.x;
    if (marker) out.pieces.push({ text: marker + ' ', bold: false });
    const markers = listMarkers(node);
    for (const child of node.children) walkBlock(child, { bold, depth, nesting }, out, classes, isElement(child) ? markers.get(child) : undefined);
    flush(out);
    out.x = savedX;
  } else {
    for (const child of node.children) walkBlock(child, { ...state, bold, nesting }, out, classes);
  }
  if (pageBreak.after) {
    flush(out);
    newPage(out);
  }
}

/** One line per table row, one cell per td/th at its column index (colspans advance the index); a caption comes first. */
function readTable(table: Element, out: Collector, nesting: number): void {
  const page = out.pages[out.pages.length - 1];
  const caption = table.children.find((c): c is Element => isElement(c) && c.name === 'caption');
  if (caption) {
    const pieces: Piece[] = [];
    collectInline(caption, false, pieces, undefined, nesting);
    const made = cellFromSpans(joinPieces(pieces), 0, 0);
    const line = made && lineFromCells([made], {});
    if (line) page.push(line);
  }
  for (const row of rowsOf(table)) {
    let column = 0;
    const cells = [];
    for (const cell of row.children) {
      if (!isElement(cell) || (cell.name !== 'td' && cell.name !== 'th')) continue;
      const span = Math.max(1, Number(cell.attribs.colspan) || 1);
      const pieces: Piece[] = [];
      for (const child of cell.children) collectInline(child, cell.name === 'th', pieces, undefined, nesting + 2);
      const made = cellFromSpans(joinPieces(pieces), column, column + span - 1);
      if (made) cells.push(made);
      column += span;
    }
    const line = lineFromCells(cells, { tableRow: true });
    if (line) page.push(line);
  }
}

/** Elements that a data cell does not hold but a page-layout cell does. */
const LAYOUT_CELL_CONTENT = new Set(['table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'main', 'article', 'section', 'nav']);

/**
 * Old council sites lay pages out with tables: a cell holding headings or another table is a
 * region of the page, not a table cell, and a one-column table whose cells hold paragraphs
 * is a column of the page.
 */
function isLayoutTable(table: Element): boolean {
  const cells = rowsOf(table).flatMap((row) => row.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th')));
  if (cells.some((cell) => hasDescendant(cell, (el) => LAYOUT_CELL_CONTENT.has(el.name)))) return true;
  const oneColumn = rowsOf(table).every((row) => row.children.filter((c) => isElement(c) && (c.name === 'td' || c.name === 'th')).length <= 1);
  return oneColumn && cells.some((cell) => cell.children.filter((c) => isElement(c) && c.name === 'p').length > 1);
}

/** Depth-first with an explicit stack: a cell may nest deeper than the call stack allows. */
function hasDescendant(el: Element, test: (el: Element) => boolean): boolean {
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    if (test(node)) return true;
    stack.push(...node.children);
  }
  return false;
}

/** The rows of this table (through thead/tbody/tfoot), not those of tables nested in its cells. */
function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (!isElement(child)) continue;
    if (child.name === 'tr') rows.push(child);
    else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
      for (const r of child.children) if (isElement(r) && r.name === 'tr') rows.push(r);
    }
  }
  return rows;
}

/** All text under a node, script and style excluded, <br> as a line break; read with an explicit stack. */
function $text(root: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') parts.push(node.data);
    if (!isElement(node) || DROPPED_ELEMENTS.has(node.name.toLowerCase())) continue;
    if (node.name.toLowerCase() === 'br') parts.push('\n');
    else for (let k = node.children.length - 1; k >= 0; k--) stack.push(node.children[k]);
  }
  return parts.join('');
}

function flush(out: Collector, heading?: number): void {
  const spans = joinPieces(out.pieces);
  out.pieces = [];
  const cell = cellFromSpans(spans, out.x, out.x);
  if (!cell) return;
  const line = lineFromCells([cell], heading ? { heading, bold: true } : {});
  if (line) out.pages[out.pages.length - 1].push(line);
}

function newPage(out: Collector): void {
  if (out.pages[out.pages.length - 1].length > 0) out.pages.push([]);
}
