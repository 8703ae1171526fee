/**
 * Writers: a Pack (or one part of it) → YAML, JSON or CSV text. Output is stable: keys in
 * contract order (the order zod validation produced), no timestamps, no absolute paths.
 */
import { stringify } from 'yaml';
import type { Pack } from '../schema/pack.js';
import { packCsv, type Selection } from './tables.js';

export type OutputFormat = 'yaml' | 'json' | 'csv';
/** Formats that hold any value: a whole Pack or any part of it. */
export type DataFormat = Exclude<OutputFormat, 'csv'>;

export function formatOutput(value: unknown, format: DataFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(value, null, 2) + '\n';
    case 'yaml':
      // lineWidth 0: never fold long text fields, so a line of output is a line of the record.
      return stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
  }
}

export interface PackOutputOptions {
  format: OutputFormat;
  /** One part of the Pack; CSV needs one (a CSV file holds one kind of record). */
  select?: Selection;
  /** CSV only: start with a UTF-8 byte order mark, for Excel. */
  bom?: boolean;
}

/** Selections that are tables made for CSV (a minute's resolutions and votes, the minutes' attendance), not parts of the Pack. */
export const CSV_ONLY_SELECTIONS: readonly Selection[] = ['resolutions', 'votes', 'attendance'];

/** A Pack, or the selected part of it, as text in the format asked for. */
export function formatPack(pack: Pack, options: PackOutputOptions): string {
  const { format, select } = options;
  if (format === 'csv') {
    if (!select) throw new Error('CSV output needs a selection');
    return packCsv(pack, select, { bom: options.bom });
  }
  if (select === undefined) return formatOutput(pack, format);
  if (CSV_ONLY_SELECTIONS.includes(select)) throw new Error(`--select ${select} is a CSV table`);
  return formatOutput(pack[select as keyof Pack], format);
}
