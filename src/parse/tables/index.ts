/**
 * The table reader the tracker, forward-plan and work-programme parsers share. It works from
 * the layout alone: header labels and x-positions (PDF), tab/pipe cells with column indices
 * (text, markdown, HTML), never from knowledge of one source.
 */
import type { Context } from '../../context.js';
import type { Line } from '../../layout/types.js';
import { matchHeader } from './header.js';
import { readTable } from './read.js';
import type { HeaderSpec, Table } from './types.js';
import { warnFlattened } from './flattened.js';

export type { Column, ColumnSpec, Header, HeaderSpec, LineFragments, Table, TableRow } from './types.js';
export { groupByKeyColumn } from './rows.js';
export { CellText, endsMidPhrase, endsSentence } from './join.js';
export { matchHeader, findHeaders } from './header.js';
export { readFlatTables, warnInterleaved, type FlatRowSpec, type FlatTable } from './flattened.js';

export interface ReadOptions {
  /** Warn of flattened tables (false where the caller reads them itself: see flattened.ts). */
  warnFlattened?: boolean;
}

/** Every table in the lines whose header row the spec accepts, in order. */
export function readTables(lines: Line[], spec: HeaderSpec, ctx: Context, options: ReadOptions = {}): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = matchHeader(lines, i, spec);
    if (!header) {
      if (options.warnFlattened !== false) warnFlattened(lines, i, spec, ctx);
      continue;
    }
    const table = readTable(lines, i, header, spec, ctx);
    tables.push(table);
    i = table.end - 1;
  }
  return tables;
}
