/**
 * The cells of a flattened table (see flattened.ts), told apart by what they say and by the
 * order of the header's columns.
 *
 * A flattened row is printed left to right, so within a row the columns of its cells only
 * increase; a cell in a column at or left of the one before starts the next row. A line holds
 * one cell (pdftotext read the table cell by cell) or several joined by single spaces. Each
 * way of dividing the lines into cells and columns is costed by the parser's scorer (how
 * unlike a date, a lead, an update a text is) plus a cost per cell and per row, and the
 * cheapest division is taken (a Viterbi search over the lines, the column as the state).
 */
import type { Line } from '../../layout/types.js';
import { fieldText } from '../../text/join.js';

/** How unlike a cell of this column the text is (0 is typical; lower is likelier). */
export type CellScorer = (key: string, text: string) => number;
/**
 * How strongly the words from `at` on look like the start of a new cell, after the words
 * before them on the same line (0: no evidence; the cell cost is lowered by this much).
 */
export type OpeningScorer = (words: readonly string[], at: number) => number;

/** Every cell costs this much, so that a line is not read as more cells than its text shows. */
const CELL_COST = 3;
/**
 * A cell that starts inside a line costs this much instead where rows are printed a line each:
 * lower than a line's first cell, as the columns' own scores (a name and post, a date, an
 * update's opening) are the evidence.
 */
export const SPLIT_COST = 1.5;
/** Where cells are printed one to a line, two cells share a line only on strong evidence. */
export const SPLIT_COST_CELL_PER_LINE = 3;
/** Starting a row costs this much, so that a row's cells are not scattered over several rows. */
const ROW_COST = 2;
/**
 * A row starting inside a joined-back line costs this much more: the joining is right far more
 * often than not, so only a cell that shows it opens a row (an enumerator, a date) starts one there.
 */
const ROW_INSIDE_LINE_COST = 3;
/**
 * A cell inside a line starts at a word that can open a cell: a capital, a digit, a quote, a
 * bracket or an enumerator ("ii)", "b."), or after a word that closes a sentence or a clause.
 * Trying only these keeps the search small on long rows.
 */
const CELL_OPENER = /^[\p{Lu}\p{N}'‘“"(£]|^(?:[ivx]{1,5}|[a-h])[.)]$/u;
const CELL_CLOSER = /[.;:!?)]$/;
/** A capitalised word followed by one in lower case: where a title cell ("… Business Case") may meet a wrapped sentence ("additional information …"). */
const TITLE_WORD = /^\p{Lu}\p{Ll}/u;
/**
 * A line with more places a cell could start than this is not divided (it is kept as one
 * cell): the search is quadratic in them, and no printed row has so many cells' worth.
 */
const MAX_CUTS_PER_LINE = 400;

export interface FlatRow {
  cells: Map<string, string>;
  lines: Line[];
}

export interface FlatCells {
  rows: FlatRow[];
  /** True when some line was divided into several cells (the boundaries are guesses). */
  split: boolean;
}

interface Step {
  /** Cost so far. */
  cost: number;
  /** Back-pointer: where the previous cell ended (line, word boundary) and its column. */
  from: { line: number; at: number; column: number } | null;
  /** Whether the cell ending here starts a row. */
  newRow: boolean;
}

function boundaries(words: string[]): number[] {
  const at = [0];
  for (let i = 1; i < words.length; i++) {
    if (CELL_OPENER.test(words[i]) || CELL_CLOSER.test(words[i - 1]) || (TITLE_WORD.test(words[i - 1]) && /^\p{Ll}/u.test(words[i]))) at.push(i);
  }
  at.push(words.length);
  return at.length > MAX_CUTS_PER_LINE ? [0, words.length] : at;
}

/** What a column left empty between two cells of a row costs (0 where empty cells are usual). */
export type SkipScorer = (before: string, after: string) => number;

export interface DivideOptions {
  opening?: OpeningScorer;
  /** What a cell starting inside a line costs (SPLIT_COST, or SPLIT_COST_CELL_PER_LINE). */
  splitCost?: number;
  /**
   * The table's printed lines, where an extraction broke them at a width (see unwrap): each
   * group of lines is read as one line.
   */
  printed?: Line[][];
  skip?: SkipScorer;
}

/** Divide the lines into cells and rows. */
export function divideFlatCells(body: Line[], keys: string[], score: CellScorer, options: DivideOptions = {}): FlatCells {
  const groups = options.printed ?? body.map((l) => [l]);
  const words = groups.map((g) => g.flatMap((l) => fieldText(l.text).split(/\s+/).filter((w) => w !== '')));
  const divided = divideWords(words, keys, score, options);
  return { split: divided.split, rows: divided.rows.map((r) => ({ cells: r.cells, lines: r.lines.flatMap((i) => groups[i]) })) };
}

function divideWords(words: string[][], keys: string[], score: CellScorer, options: DivideOptions): { rows: Array<{ cells: Map<string, string>; lines: number[] }>; split: boolean } {
  const K = keys.length;
  const { opening = () => 0, splitCost = SPLIT_COST } = options;
  const rowsInLines = options.printed?.some((g) => g.length > 1) ?? false;
  // skipped[p][k]: what leaving the columns between p and k empty costs.
  const skipped = keys.map((_, p) => keys.map((_, k) => (options.skip && k > p + 1 ? options.skip(keys[p], keys[k]) : 0)));
  const cuts = words.map(boundaries);
  // best[l][b][k]: cheapest division of lines before l and of line l's words up to cuts[l][b],
  // its last cell in column k (k = K: nothing placed yet).
  const best: Step[][][] = [];
  let entry: Step[] = Array.from({ length: K + 1 }, (_, k) => ({ cost: k === K ? 0 : Infinity, from: null, newRow: false }));
  const memo = new Map<string, number>();
  const cellCost = (k: number, text: string) => {
    const id = `${k}\u0000${text}`;
    let c = memo.get(id);
    if (c === undefined) memo.set(id, (c = score(keys[k], text)));
    return c;
  };
  for (let l = 0; l < words.length; l++) {
    const at = cuts[l];
    const table: Step[][] = at.map(() => Array.from({ length: K + 1 }, () => ({ cost: Infinity, from: null, newRow: false })));
    for (let e = 1; e < at.length; e++) {
      for (let s = 0; s < e; s++) {
        const text = words[l].slice(at[s], at[e]).join(' ');
        for (let k = 0; k < K; k++) {
          const own = cellCost(k, text) + (s > 0 ? splitCost - opening(words[l], at[s]) : CELL_COST);
          if (s === 0) {
            // The line's first cell: it carries on the row above (a column further right) or starts one.
            for (let p = 0; p <= K; p++) {
              if (entry[p].cost === Infinity) continue;
              const newRow = p === K || k <= p;
              const cost = entry[p].cost + own + (newRow ? ROW_COST : skipped[p][k]);
              if (cost < table[e][k].cost) table[e][k] = { cost, from: l === 0 && p === K ? null : { line: l - 1, at: -1, column: p }, newRow };
            }
          } else {
            // Inside a line the columns rise; where printed lines were joined back from a wrapped
            // text, a row may also start inside one (where the joining guessed wrong).
            for (let p = 0; p < (rowsInLines ? K : k); p++) {
              const before = table[s][p];
              if (before.cost === Infinity) continue;
              const newRow = k <= p;
              const cost = before.cost + own + (newRow ? ROW_COST + ROW_INSIDE_LINE_COST : skipped[p][k]);
              if (cost < table[e][k].cost) table[e][k] = { cost, from: { line: l, at: s, column: p }, newRow };
            }
          }
        }
      }
    }
    best.push(table);
    entry = table[at.length - 1].map((st) => ({ ...st }));
    entry.push({ cost: Infinity, from: null, newRow: false });
    entry = entry.slice(0, K + 1);
  }
  return rebuild(keys, words, cuts, best);
}

function rebuild(keys: string[], words: string[][], cuts: number[][], best: Step[][][]): ReturnType<typeof divideWords> {
  const cells: Array<{ line: number; key: string; text: string; newRow: boolean }> = [];
  if (words.length === 0) return { rows: [], split: false };
  let l = words.length - 1;
  let b = cuts[l].length - 1;
  let k = best[l][b].reduce((m, st, i, all) => (st.cost < all[m].cost ? i : m), 0);
  let split = false;
  while (l >= 0) {
    const step = best[l][b][k];
    const from = step.from;
    const start = from && from.line === l ? from.at : 0;
    cells.push({ line: l, key: keys[k], text: words[l].slice(cuts[l][start], cuts[l][b]).join(' '), newRow: step.newRow });
    if (from && from.line === l) split = true;
    if (!from) break;
    if (from.line === l) {
      b = from.at;
    } else {
      l = from.line;
      b = cuts[l].length - 1;
    }
    k = from.column;
  }
  cells.reverse();
  const rows: Array<{ cells: Map<string, string>; lines: number[] }> = [];
  for (const c of cells) {
    if (c.newRow || rows.length === 0) rows.push({ cells: new Map(), lines: [] });
    const row = rows[rows.length - 1];
    row.cells.set(c.key, row.cells.has(c.key) ? `${row.cells.get(c.key)} ${c.text}` : c.text);
    if (!row.lines.includes(c.line)) row.lines.push(c.line);
  }
  return { rows, split };
}
