/**
 * Columns from the header and the text beneath it, and each body line divided among them.
 *
 * A header label may be centred or indented over its column, so a PDF column's left edge is
 * the leftmost body cell that starts between the previous label's end and this label's
 * start; text sources use the header cells' column indices (or character columns) as they are.
 */
import type { Line } from '../../layout/types.js';
import type { Column } from './types.js';
import { cellWords, emOf, unitsOf } from './words.js';

/** A body cell may start this many font sizes right of its label and still be that label's column. */
const LABEL_OVERHANG_RATIO = 1.0;
/**
 * Estimated word positions are good to about half a font size; a word is placed in a column
 * when it starts no more than this far left of the column's edge.
 */
const WORD_SLACK_RATIO = 0.5;
/** A whole cell may start this far left of its column (kerning, a bullet hanging in the gutter). */
const CELL_SLACK_RATIO = 0.6;

export function refineColumns(columns: Column[], body: Line[]): Column[] {
  const cellStarts = body.filter((l) => unitsOf(l) !== 'index').flatMap((l) => l.cells.map((c) => ({ x: c.x, size: emOf(l) })));
  if (cellStarts.length === 0) return columns;
  return columns.map((col, i) => {
    const lower = i === 0 ? Number.NEGATIVE_INFINITY : columns[i - 1].labelEnd;
    const starts = cellStarts.filter((s) => s.x > lower && s.x <= col.x + LABEL_OVERHANG_RATIO * s.size).map((s) => s.x);
    return starts.length > 0 ? { ...col, x: Math.min(col.x, ...starts) } : col;
  });
}

function columnAt(columns: Column[], x: number, slack: number): Column | null {
  let found: Column | null = null;
  for (const c of columns) if (c.x <= x + slack) found = c;
  return found;
}

export interface Division {
  cells: Map<string, string>;
  /** Text left of the first column (it could not be placed). */
  unplaced: string[];
}

/** A crossed column edge is split at the word boundary nearest to it, if one is this close (font sizes). */
const SPLIT_TOLERANCE_RATIO = 3;

/**
 * Divide a line's text among the columns. A cell is kept whole unless it runs across a
 * column's edge; then it is split at the word boundary nearest that edge (word positions are
 * estimates, so the nearest boundary is more reliable than a strict comparison).
 */
export function divideLine(line: Line, columns: Column[]): Division {
  const sorted = [...columns].sort((a, b) => a.x - b.x);
  const units = unitsOf(line);
  const geometry = units !== 'index';
  const size = emOf(line);
  const cells = new Map<string, string>();
  const unplaced: string[] = [];
  const put = (col: Column | null, text: string) => {
    if (!col) return void unplaced.push(text);
    const before = cells.get(col.key);
    cells.set(col.key, before ? `${before} ${text}` : text);
  };
  line.cells.forEach((cell, i) => {
    const home = columnAt(sorted, cell.x, geometry ? CELL_SLACK_RATIO * size : 0);
    const homeIndex = home ? sorted.indexOf(home) : -1;
    const crossed = sorted.slice(homeIndex + 1).filter((c) => geometry && c.x < cell.x2 - WORD_SLACK_RATIO * size);
    if (crossed.length === 0) return put(home, cell.text);
    const words = cellWords(cell, i, units);
    let from = 0;
    let col = home;
    for (const edge of crossed) {
      let best = -1;
      for (let k = Math.max(from, 1); k < words.length; k++) {
        const distance = Math.abs(words[k].x - edge.x);
        if (distance <= SPLIT_TOLERANCE_RATIO * size && (best < 0 || distance < Math.abs(words[best].x - edge.x))) best = k;
      }
      if (best < 0) continue;
      put(col, words.slice(from, best).map((w) => w.text).join(' '));
      from = best;
      col = edge;
    }
    put(col, words.slice(from).map((w) => w.text).join(' '));
  });
  return { cells, unplaced };
}
