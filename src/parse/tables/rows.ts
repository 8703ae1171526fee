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
import { endsMidPhrase, joinText } from './join.js';
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

function append(row: TableRow, f: LineFragments, atStart: boolean): void {
  for (const [col, text] of f.cells) {
    row.cells[col] = atStart ? joinText(text, row.cells[col] ?? '').trim() : joinText(row.cells[col], text);
  }
  if (atStart) row.lines.unshift(f.line);
  else row.lines.push(f.line);
}

export function groupByKeyColumn(body: LineFragments[], key: string): TableRow[] {
  const direction = continuationDirection(body, key);
  const rows: TableRow[] = [];
  let pending: LineFragments[] = [];
  for (const f of body) {
    if (!hasKey(f, key)) {
      if (direction === 'up' && rows.length > 0) append(rows[rows.length - 1], f, false);
      else pending.push(f);
      continue;
    }
    const row: TableRow = { cells: {}, lines: [] };
    append(row, f, false);
    for (const p of pending.reverse()) append(row, p, true);
    pending = [];
    rows.push(row);
  }
  // Pieces below the last row with nothing to continue downwards belong to that row.
  for (const p of pending) if (rows.length > 0) append(rows[rows.length - 1], p, false);
  return rows;
}
