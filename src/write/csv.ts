/**
 * CSV (RFC 4180) for spreadsheet users: one row per record, nested objects flattened to dotted
 * columns ("source.page", "source.line"), lists joined with "; ", null as an empty field.
 *
 * Fields are quoted when they hold a comma, a double quote (doubled inside), a line break, or
 * leading/trailing spaces (which spreadsheets would otherwise trim). Lines end in CRLF,
 * including the last, as RFC 4180 section 2 says.
 */

/** Joins the items of a list field: a semicolon, because commas are common inside names. */
const LIST_SEPARATOR = '; ';
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark. */
const UTF8_BOM = '\ufeff';

export interface CsvOptions {
  /** Column order to use (dotted names); columns found in the records but not listed follow it. */
  columns?: string[];
  /** Start with a UTF-8 byte order mark so that Excel shows "–" and "’" correctly. */
  bom?: boolean;
}

function flatten(record: Record<string, unknown>, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const [key, value] of Object.entries(record)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value === null || value === undefined) out[name] = '';
    else if (Array.isArray(value)) out[name] = value.map((v) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v))).join(LIST_SEPARATOR);
    else if (typeof value === 'object') flatten(value as Record<string, unknown>, name, out);
    else out[name] = String(value);
  }
  return out;
}

export function quoteField(field: string): string {
  return NEEDS_QUOTES.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

/** The records as CSV text; an empty list gives just the header row when columns are given, else nothing. */
export function toCsv(records: Array<Record<string, unknown>>, options: CsvOptions = {}): string {
  const rows = records.map((r) => flatten(r));
  const columns: string[] = [...(options.columns ?? [])];
  const known = new Set(columns);
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!known.has(key)) {
        known.add(key);
        columns.push(key);
      }
    }
  }
  if (columns.length === 0) return '';
  const lines = [columns.map(quoteField).join(',')];
  for (const row of rows) lines.push(columns.map((c) => quoteField(row[c] ?? '')).join(','));
  return (options.bom ? UTF8_BOM : '') + lines.join('\r\n') + '\r\n';
}
