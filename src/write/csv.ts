/**
 * CSV (RFC 4180) for spreadsheet users: a fixed header, one row per record, null as an empty
 * field. Which columns a selection has, and how a record fills them, is in tables.ts.
 *
 * Fields are quoted when they hold a comma, a double quote (doubled inside), a line break, or
 * leading/trailing spaces (which spreadsheets would otherwise trim). Lines end in CRLF,
 * including the last, as RFC 4180 section 2 says.
 *
 * Formula injection (OWASP, "CSV Injection"): a spreadsheet runs a cell that starts with `=`,
 * `+`, `-` or `@` (and, in some, a tab or carriage return) as a formula, so an action that reads
 * `=HYPERLINK("http://…","Click")` would come out as a live link. Such a cell is written with a
 * single quote in front, which spreadsheets take as "this is text" and do not show. A cell that
 * is a whole number or decimal (`-3`, `+44`, `-0.5`) is left alone: as a formula it can only
 * be that number, and the quote would turn a number into text.
 */

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark; without one it reads Windows-1252 ("â€“" for "–"). */
export const UTF8_BOM = '\ufeff';

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
/** First characters that make a spreadsheet read a cell as a formula (OWASP: = + - @ tab CR). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A cell that is only a number: harmless as a formula, and meant to stay a number. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** Defuse a cell a spreadsheet would run as a formula, by a leading single quote. */
export function neutraliseFormula(field: string): string {
  return FORMULA_START.test(field) && !PLAIN_NUMBER.test(field) ? `'${field}` : field;
}

export function quoteField(field: string): string {
  return NEEDS_QUOTES.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** A cell's text: null and undefined are empty, everything else its string form, defused. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  return quoteField(neutraliseFormula(String(value)));
}

/** One CSV line (without its line end). */
export function csvLine(cells: Array<string | number | boolean | null | undefined>): string {
  return cells.map(csvField).join(',');
}

/** The line end RFC 4180 asks for. */
export const CRLF = '\r\n';
