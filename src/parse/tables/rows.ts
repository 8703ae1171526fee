/**
 * Rows of a plain grid table (one record per row, a key column filled on every row): lines
 * with a value in the key column start rows, and lines without one are pieces of wrapped cells.
 *
 * Where a row's other cells wrap, the pieces sit on their own lines either below the key line
 * (text set at the top of the row) or above it (text centred or set at the bottom). Which one
 * is decided per table from the evidence of the text itself: a piece that stops mid-phrase
 * ("GREAT ORMOND STREET HOSPITAL FOR") continues downwards; a key row whose cell stops
 * mid-phrase is continued by the piece below it.
 */
import { joinLines } from '../../text/join.js';
import { endsMidPhrase } from './join.js';
import type { LineFragments, TableRow } from './types.js';

type Direction = 'up' | 'down';

function hasKey(f: LineFragments, key: string): boolean {
  return (f.cells.get(key) ?? '').trim() !== '';
}

/** Which way this table's loose pieces go, by majority of the pieces that say so. */
function continuationDirection(body: LineFragments[], key: string): Direction {
  let up = 0;
  let down = 0;
  body.forEach((f, i) => {
    if (hasKey(f, key)) return;
    if (i === 0 || body[i].afterBreak) down += 2; // nothing above on this page to continue
    for (const [col, text] of f.cells) {
      if (endsMidPhrase(text)) down++;
      const above = body[i - 1]?.cells.get(col);
      if (above && hasKey(body[i - 1], key) && endsMidPhrase(above)) up++;
    }
  });
  return down > up ? 'down' : 'up';
}

/**
 * A row as its lines are gathered: the key line, the loose pieces above it (in order) and
 * below it. Cells are joined once, when the table is done: appending to a growing cell on every
 * line re-reads the cell and is quadratic in a long one.
 */
interface RowInProgress {
  key: LineFragments;
  above: LineFragments[];
  below: LineFragments[];
}

function finished(row: RowInProgress): TableRow {
  const lines = [...row.above, row.key, ...row.below];
  // Columns in the order they were first filled: the key line's, then the pieces' above it
  // (nearest first), then those below.
  const columns = new Set<string>();
  for (const f of [row.key, ...[...row.above].reverse(), ...row.below]) for (const col of f.cells.keys()) columns.add(col);
  const cells: Record<string, string> = {};
  for (const col of columns) cells[col] = joinLines(lines.flatMap((f) => f.cells.get(col) ?? []));
  return { cells, lines: lines.map((f) => f.line) };
}

export function groupByKeyColumn(body: LineFragments[], key: string): TableRow[] {
  const direction = continuationDirection(body, key);
  const rows: RowInProgress[] = [];
  let pending: LineFragments[] = [];
  for (const f of body) {
    if (!hasKey(f, key)) {
      if (direction === 'up' && rows.length > 0) rows[rows.length - 1].below.push(f);
      else pending.push(f);
      continue;
    }
    rows.push({ key: f, above: pending, below: [] });
    pending = [];
  }
  // Pieces below the last row with nothing to continue downwards belong to that row.
  if (rows.length > 0) rows[rows.length - 1].below.push(...pending);
  return rows.map(finished);
}
