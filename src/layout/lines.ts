/**
 * Rebuild lines in reading order from positioned text runs (a pure step, tested alone).
 *
 * A "run" is what a PDF text-showing operator produced: a string at a baseline position.
 * Runs are grouped into lines by baseline, ordered by x, and joined with a space where the
 * gap between them is wider than a space, or split into cells where the gap is as wide as
 * a table gutter.
 */
import type { RawLine } from '../sources/raw.js';
import type { Cell } from './types.js';
import { cleanText } from './text.js';

export interface TextRun {
  text: string;
  /** Left edge and width in points, y of the baseline in points from the top of the page. */
  x: number;
  y: number;
  width: number;
  /** Font size in points (the height of the text matrix). */
  size: number;
  bold: boolean;
}

/**
 * A cell or line counts as bold when this share of its letters is bold: a bold heading keeps
 * its bold status with a regular digit or bracket in it. Text sources apply the same share to
 * their marked spans (sources/cells.ts).
 */
export const BOLD_SHARE = 0.8;

/** Runs whose baselines differ by less than this fraction of the font size sit on one line (sub/superscripts included). */
const BASELINE_TOLERANCE_RATIO = 0.45;
/** A gap wider than this fraction of the font size is a word space even if the PDF drew none. */
const WORD_SPACE_RATIO = 0.15;
/**
 * A gap wider than this many font sizes is a column gutter: the text on either side belongs
 * to different table cells or columns. Prose justification never opens a gap this wide.
 */
const COLUMN_GAP_RATIO = 1.6;
/** A run at most this fraction of a neighbour's font size may be that neighbour's superscript. */
const SUPERSCRIPT_SIZE_RATIO = 0.8;
/** A superscript's baseline sits at most this many of its word's font sizes above the word's. */
const SUPERSCRIPT_RAISE_RATIO = 0.75;
/** A superscript starts within this fraction of its word's font size of the word's right edge. */
const SUPERSCRIPT_ABUT_RATIO = 0.25;

export function buildLines(runs: TextRun[]): RawLine[] {
  const sorted = runs.filter((r) => r.text.trim() !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextRun[][] = [];
  let current: TextRun[] = [];
  let baseline = Number.NEGATIVE_INFINITY;
  let size = 0;
  for (const run of sorted) {
    const tolerance = BASELINE_TOLERANCE_RATIO * Math.max(size, run.size, 1);
    if (current.length > 0 && Math.abs(run.y - baseline) <= tolerance) {
      current.push(run);
      // Track the dominant run's baseline so a superscript does not drag the line.
      if (run.size > size) {
        baseline = run.y;
        size = run.size;
      }
    } else {
      if (current.length > 0) groups.push(current);
      current = [run];
      baseline = run.y;
      size = run.size;
    }
  }
  if (current.length > 0) groups.push(current);
  return lowerSuperscripts(groups).map(joinRuns).filter((l): l is RawLine => l !== null);
}

/** The run of `line` that `run` is a superscript of: smaller, raised a little, starting where that run ends. */
function superscriptOf(run: TextRun, line: TextRun[]): TextRun | undefined {
  return line.find(
    (q) =>
      run.size <= SUPERSCRIPT_SIZE_RATIO * q.size &&
      q.y - run.y > 0 &&
      q.y - run.y <= SUPERSCRIPT_RAISE_RATIO * q.size &&
      Math.abs(run.x - (q.x + q.width)) <= SUPERSCRIPT_ABUT_RATIO * q.size,
  );
}

/**
 * A superscript raised further than the baseline tolerance ("8th", its "th" set 5 points up in
 * a 10-point line) lands on a line of its own, or on the line of a cell beside it whose baseline
 * is higher ("Jac" top-aligned in a table cell): the ordinal ending then floats away from its
 * number ("… 8 December", "th" elsewhere). A small run that starts where a run of the next line
 * ends, just above that run's baseline, is put back on that line.
 */
function lowerSuperscripts(groups: TextRun[][]): TextRun[][] {
  for (let k = 0; k + 1 < groups.length; k++) {
    const next = groups[k + 1];
    const moved = groups[k].filter((r) => superscriptOf(r, next) !== undefined && superscriptOf(r, groups[k]) === undefined);
    if (moved.length === 0) continue;
    groups[k] = groups[k].filter((r) => !moved.includes(r));
    next.push(...moved);
  }
  return groups.filter((g) => g.length > 0);
}

function joinRuns(runs: TextRun[]): RawLine | null {
  runs.sort((a, b) => a.x - b.x);
  const cells: Cell[] = [];
  let cell: { parts: string[]; x: number; x2: number; boldChars: number; chars: number } | null = null;
  let maxSize = 0;
  let boldChars = 0;
  let chars = 0;
  let baseline = runs[0].y;
  for (const run of runs) {
    const n = run.text.replace(/\s/g, '').length;
    chars += n;
    if (run.bold) boldChars += n;
    if (run.size > maxSize) {
      maxSize = run.size;
      baseline = run.y;
    }
    const gap = cell ? run.x - cell.x2 : 0;
    if (cell && gap > COLUMN_GAP_RATIO * Math.max(run.size, 1)) {
      cells.push(finishCell(cell));
      cell = null;
    }
    if (!cell) {
      cell = { parts: [run.text], x: run.x, x2: run.x + run.width, boldChars: 0, chars: 0 };
    } else {
      const needsSpace = gap > WORD_SPACE_RATIO * run.size && !/\s$/.test(cell.parts[cell.parts.length - 1]) && !/^\s/.test(run.text);
      cell.parts.push(needsSpace ? ' ' + run.text : run.text);
      cell.x2 = Math.max(cell.x2, run.x + run.width);
    }
    cell.chars += n;
    if (run.bold) cell.boldChars += n;
  }
  if (cell) cells.push(finishCell(cell));
  const kept = cells.filter((c) => c.text !== '');
  if (kept.length === 0) return null;
  return {
    text: kept.map((c) => c.text).join(' '),
    cells: kept,
    x: kept[0].x,
    x2: kept[kept.length - 1].x2,
    y: baseline,
    size: Math.round(maxSize * 10) / 10,
    bold: chars > 0 && boldChars / chars >= BOLD_SHARE,
  };
}

function finishCell(c: { parts: string[]; x: number; x2: number; boldChars: number; chars: number }): Cell {
  return {
    text: cleanText(c.parts.join('')),
    x: round(c.x),
    x2: round(c.x2),
    bold: c.chars > 0 && c.boldChars / c.chars >= BOLD_SHARE,
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
