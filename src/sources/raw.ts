/**
 * What a source hands to the layout builder: pages of lines with geometry, before running
 * headers/footers are removed and before lines are numbered (the layout builder alone
 * assigns provenance).
 */
import type { Line, OutlineNode, PageSpan, SourceFormat } from '../layout/types.js';

export type RawLine = Omit<Line, 'line' | 'page'>;

export interface RawPage {
  number: number;
  width: number | null;
  height: number | null;
  lines: RawLine[];
  /** Set by sources that know where page furniture is (e.g. a "Page N of M" line in text). */
  printed?: { page: number; of: number | null };
  /** Set where the source could not cut its lines into single pages (see `PageSpan`). */
  span?: PageSpan;
  /**
   * Whether the page draws an image: set by the PDF source on pages with too little text to
   * judge, so that a scan (an image: OCR it) is told from a blank page. Unset elsewhere.
   */
  images?: boolean;
}

export interface RawDocument {
  format: SourceFormat;
  pages: RawPage[];
  outline: OutlineNode[];
  /** The file's own page count where it has one (PDF). */
  pageCount: number | null;
  /** Each page starts at a printed page's top (see `Layout.pageTops`). */
  pageTops?: boolean;
  /** A text file's front matter (`---` / `+++` metadata block), kept apart from its pages. */
  frontMatter?: string[];
}
