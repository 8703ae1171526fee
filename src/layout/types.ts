/**
 * The layout: the one shape every source (PDF, text, markdown, HTML) is turned into,
 * and the only thing segmenters and parsers ever read.
 *
 * Positions are in PDF points with the origin at the top-left of the page (y grows
 * downwards); the PDF source converts from PDF's y-up space once. Text sources have
 * no geometry: they use the character column for x and the line's index on its page
 * for y, and null sizes.
 */

/** A piece of a line separated from its neighbours by a column-sized gap, a tab or a table pipe. */
export interface Cell {
  text: string;
  /** Left edge (points for PDF, character column or table column index for text). */
  x: number;
  /** Right edge, same units as x. */
  x2: number;
  bold: boolean;
}

export interface Line {
  /** The line's text, cells joined by a single space, debris removed, never empty. */
  text: string;
  /** The line split at column gaps; a line with no gaps has one cell. */
  cells: Cell[];
  /** 1-based pack page, or null when the source does not say. */
  page: number | null;
  /**
   * True when the source only brackets the line's page (a text extraction that lost the page
   * stamps between two it kept) and `page` is the best reading of the evidence around it.
   */
  pageInferred?: boolean;
  /** 1-based index of this line in the whole normalised layout (provenance). */
  line: number;
  x: number;
  x2: number;
  y: number;
  /** Font size in points (PDF), or null where the source has none. */
  size: number | null;
  /** True when (nearly) all of the line is set in a bold face, or marked bold/heading in text. */
  bold: boolean;
  /** Markdown / HTML heading level (1-6) where the source marked one. */
  heading?: number;
  /** True when the line came from a table row of the source (TSV, markdown or HTML table). */
  tableRow?: boolean;
}

/**
 * The printed pages one source page may hold, where the source could not cut its lines apart:
 * a text extraction without form feeds is cut only at the "Page N of M" stamps it kept, so
 * the lines between "Page 28" and "Page 34" are somewhere on pages 29-34. `firstKnown` says
 * the first line is known to be on `from` (it follows a stamp: a footer closes its page), and
 * `lastKnown` that the last line is known to be on `to` (it precedes the stamp that closes it).
 */
export interface PageSpan {
  from: number;
  to: number;
  firstKnown: boolean;
  lastKnown: boolean;
}

/** Text removed from a page because it repeats on every page (running header, footer, page stamp). */
export interface PageFurniture {
  text: string;
  where: 'header' | 'footer';
}

export interface Page {
  /** 1-based page number in the pack. */
  number: number;
  width: number | null;
  height: number | null;
  lines: Line[];
  /** Running headers/footers removed before parsing, kept as facts about the page. */
  furniture: PageFurniture[];
  /** "Page N of M" printed on the page, if any. */
  printed?: { page: number; of: number | null };
  /** "Item 4" / "Agenda Item 5" stamp printed on the page, if any. */
  itemStamp?: string;
  /** The printed pages this page's lines may be on, where the source could not cut them apart. */
  span?: PageSpan;
  /** The page draws an image (known for PDF pages with little or no text; see RawPage.images). */
  images?: boolean;
}

/** One PDF bookmark (or an equivalent list of document titles in a text extraction). */
export interface OutlineNode {
  title: string;
  /** 1-based page the bookmark points at, or null when it cannot be resolved. */
  page: number | null;
  children: OutlineNode[];
}

export type SourceFormat = 'pdf' | 'text' | 'markdown' | 'html';

export interface Layout {
  format: SourceFormat;
  pages: Page[];
  outline: OutlineNode[];
  /** Page count of the file, or the highest "Page N of M" seen; null if unknown. */
  pageCount: number | null;
  /**
   * True when each page starts at the top of a printed page (a PDF, or a text extraction cut at
   * its form feeds), so that a line's place on its page means something: the first lines of a
   * page are where a document opens. A text cut only at page stamps has no such tops.
   */
  pageTops?: boolean;
  /** A text file's front matter (a web page's metadata block), as its lines: not part of any page. */
  frontMatter?: string[];
}

/**
 * True when the source measured the line (a PDF): x, y and size are points on the page. A text,
 * markdown or HTML line has no size; its x counts characters or table columns and its y counts
 * lines. Rules that read spacing or indentation ask this, never which source a line came from.
 */
export function hasGeometry(line: Line): line is Line & { size: number } {
  return line.size !== null;
}

/**
 * True when the layout's pages are the file's own pages (a PDF), so printed page numbers can be
 * compared page by page; a text extraction's pages are not the printed ones.
 */
export function hasRealPages(layout: Layout): boolean {
  return layout.format === 'pdf';
}

/** All lines of a layout in reading order. */
export function allLines(layout: Layout): Line[] {
  return layout.pages.flatMap((p) => p.lines);
}

/** Pages whose first lines are the printed page's first lines (see `Layout.pageTops`). */
export function hasPageTops(layout: Layout): boolean {
  return layout.format === 'pdf' || layout.pageTops === true;
}
