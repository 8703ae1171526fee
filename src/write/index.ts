/**
 * Writers: a Pack (or one of its arrays) → YAML, JSON or CSV text. Output is stable: keys in
 * contract order (the order zod validation produced), no timestamps, no absolute paths.
 */
import { stringify } from 'yaml';
import { toCsv } from './csv.js';

export type OutputFormat = 'yaml' | 'json' | 'csv';

export function formatOutput(value: unknown, format: OutputFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(value, null, 2) + '\n';
    case 'yaml':
      // lineWidth 0: never fold long text fields, so a line of output is a line of the record.
      return stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
    case 'csv':
      if (!Array.isArray(value)) throw new Error('CSV output needs a list of records: use --select with it');
      return toCsv(value as Array<Record<string, unknown>>);
  }
}
