/**
 * CSV (RFC 4180) for spreadsheet users: one row per record, nested objects flattened to
 * dotted columns ("source.page"), lists joined with "; ".
 */

function flatten(record: Record<string, unknown>, prefix = '', out: Record<string, string> = {}): Record<string, string> {
  for (const [key, value] of Object.entries(record)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (value === null || value === undefined) out[name] = '';
    else if (Array.isArray(value)) out[name] = value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('; ');
    else if (typeof value === 'object') flatten(value as Record<string, unknown>, name, out);
    else out[name] = String(value);
  }
  return out;
}

function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function toCsv(records: Array<Record<string, unknown>>): string {
  const rows = records.map((r) => flatten(r));
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  const lines = [columns.map(quote).join(',')];
  for (const row of rows) lines.push(columns.map((c) => quote(row[c] ?? '')).join(','));
  return lines.join('\r\n') + '\r\n';
}
