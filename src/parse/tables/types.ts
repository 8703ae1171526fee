import type { Line } from '../../layout/types.js';

/** How a parser recognises one of its columns by the header cell's label. */
export interface ColumnSpec {
  key: string;
  /** Matched against the label from its start (case-insensitive by the caller's flags). */
  label: RegExp;
}

/** What a table's header row must look like for a parser to read the table. */
export interface HeaderSpec {
  columns: ColumnSpec[];
  /** Whether the keys recognised on a candidate header row make it this parser's table. */
  accepts(keys: Set<string>): boolean;
  /**
   * Words every header this spec accepts has on its first two lines: the starts of the labels
   * of the columns `accepts` requires ("action" for a tracker). Lines without all of them are
   * not tried as headers. Most lines of a pack are prose, and dividing each into labels costs
   * far more than these tests.
   */
  keywords: RegExp[];
}

/** One column of a table as printed: its key, its label and where it starts. */
export interface Column {
  key: string;
  label: string;
  /** Left edge (points for PDF; column index or character column for text). */
  x: number;
  /** Right edge of the label (a lower bound for where the next column's text may start). */
  labelEnd: number;
}

export interface Header {
  columns: Column[];
  /** The header's lines: one, or two where the labels wrap. */
  lines: Line[];
}

/** One body line of a table, its text divided among the columns. */
export interface LineFragments {
  line: Line;
  /** Column key → the text of this line in that column (absent when empty). */
  cells: Map<string, string>;
  /** Vertical distance from the previous body line on the same page (null at a page or header break). */
  gap: number | null;
  /** True for the first body line after a repeated header (a page break inside the table). */
  afterBreak: boolean;
}

/** A row of a table: its cell texts, whole, and the lines it was read from. */
export interface TableRow {
  cells: Record<string, string>;
  lines: Line[];
}

export interface Table {
  header: Header;
  /** Body lines in reading order, divided among the columns (repeated headers left out). */
  body: LineFragments[];
  /** Every line the table occupies, headers included (to claim). */
  lines: Line[];
  /** Index just past the table's last line in the lines it was read from. */
  end: number;
}
