/**
 * Read one table: from its header row to the last line that still fits its columns, across
 * page breaks where the header row is printed again (the repeat is skipped, never read as data).
 */
import type { Context } from '../../context.js';
import { hasGeometry, type Line } from '../../layout/types.js';
import { divideLine, refineColumns } from './columns.js';
import { matchHeader } from './header.js';
import type { Column, Header, HeaderSpec, LineFragments, Table } from './types.js';

/** A body line more than this many font sizes below the previous one is past the table's end. */
const MAX_ROW_GAP_RATIO = 4;
/** Body text in a different size than this many points from the table's is not the table's. */
const SIZE_TOLERANCE = 1.5;
/** A single cell that runs across this many column edges is prose or a heading, not a table cell. */
const PROSE_SPAN_COLUMNS = 2;
/** How far (font sizes) a PDF cell may start from every column edge and still be in the table. */
const ALIGN_RATIO = 1.2;
/** Body text may start this many header font sizes left of the first label (labels are often centred). */
const LEFT_OVERHANG_RATIO = 3;
/** Lines a new page may print (a page title, a running heading) before the table's header repeats. */
const MAX_LINES_BEFORE_REPEAT = 3;
/** A repeated header whose labels sit within this many points of the last one keeps the refined columns. */
const SAME_HEADER_TOLERANCE = 2;

function alignedCells(line: Line, columns: Column[]): number {
  const size = line.size ?? 0;
  return line.cells.filter((cell) => columns.some((c) => Math.abs(c.x - cell.x) <= ALIGN_RATIO * size)).length;
}

/**
 * More cells than the table has columns, most of them off every column edge: a line laid out
 * on other tab stops ("Agenda item: | PVG's Update | Presenter: | Sam", the next item's heading
 * in minutes where a small table closes each item), not a row of this table.
 */
function otherTabStops(line: Line, columns: Column[]): boolean {
  return line.cells.length > columns.length && 2 * alignedCells(line, columns) < line.cells.length;
}

function crossedEdges(line: Line, columns: Column[]): number {
  if (line.cells.length !== 1) return 0;
  const cell = line.cells[0];
  const size = line.size ?? 0;
  return columns.filter((c) => c.x > cell.x + size && c.x < cell.x2 - size).length;
}

/** Whether a line can belong to the table's body. */
function fits(line: Line, columns: Column[], bodySize: number | null, previous: Line | null, headerSize = 0): boolean {
  if (!hasGeometry(line)) {
    // Text sources: a table row has tab/pipe cells, or leading empty cells.
    return line.tableRow === true || line.cells.length >= 2 || (line.cells[0]?.x ?? 0) > 0;
  }
  const size = line.size ?? 0;
  if (bodySize !== null && Math.abs(size - bodySize) > SIZE_TOLERANCE) return false;
  if (previous && previous.page === line.page && line.y - previous.y > MAX_ROW_GAP_RATIO * Math.max(size, 1)) return false;
  const first = Math.min(...columns.map((c) => c.x));
  if (line.x < first - Math.max(ALIGN_RATIO * size, LEFT_OVERHANG_RATIO * headerSize)) return false;
  if (crossedEdges(line, columns) >= PROSE_SPAN_COLUMNS || otherTabStops(line, columns)) return false;
  if (previous && previous.page !== line.page) {
    // A new page without a repeated header: only lines whose cells start on column edges.
    return alignedCells(line, columns) === line.cells.length;
  }
  return true;
}

function sameLabels(a: Column[], b: Column[]): boolean {
  return a.length === b.length && a.every((c, i) => c.key === b[i].key && Math.abs(c.labelEnd - b[i].labelEnd) <= SAME_HEADER_TOLERANCE);
}

function meaningfulKeys(columns: Column[]): number {
  return columns.filter((c) => !c.key.startsWith('column')).length;
}

/** Lines from `index` that fit the columns, up to the table's visible end or a repeated header. */
function pageBody(lines: Line[], index: number, columns: Column[], spec: HeaderSpec, headerSize: number): Line[] {
  const body: Line[] = [];
  for (let j = index; j < lines.length && body.length < 200; j++) {
    if (matchHeader(lines, j, spec) || !fits(lines[j], columns, body[0]?.size ?? null, body.at(-1) ?? null, headerSize)) break;
    body.push(lines[j]);
  }
  return body;
}

/** Where the header repeats at the top of the page `line` starts, within a few lines, or -1. */
function repeatAfterBreak(lines: Line[], index: number, spec: HeaderSpec): number {
  const page = lines[index].page;
  for (let j = index; j < Math.min(lines.length, index + MAX_LINES_BEFORE_REPEAT + 1) && lines[j].page === page; j++) {
    if (matchHeader(lines, j, spec)) return j;
  }
  return -1;
}

export function readTable(lines: Line[], index: number, header: Header, spec: HeaderSpec, ctx: Context): Table {
  const headerSize = header.lines[0].size ?? 0;
  let i = index + header.lines.length;
  let labels = header.columns;
  let columns = refineColumns(labels, pageBody(lines, i, labels, spec, headerSize));

  const body: LineFragments[] = [];
  const occupied: Line[] = [...header.lines];
  let previous: Line | null = null;
  let bodySize: number | null = null;
  let afterBreak = false;
  while (i < lines.length) {
    const line = lines[i];
    if (previous && line.page !== previous.page) {
      // A new page: skip its title lines if the header repeats just below them.
      const at = repeatAfterBreak(lines, i, spec);
      if (at > i) {
        occupied.push(...lines.slice(i, at));
        i = at;
        continue;
      }
    }
    const repeat = matchHeader(lines, i, spec);
    if (repeat) {
      // The same table's header again (after a page break): the table goes on beneath it.
      if (meaningfulKeys(repeat.columns) < meaningfulKeys(header.columns) - 1) break;
      occupied.push(...repeat.lines);
      i += repeat.lines.length;
      if (!sameLabels(repeat.columns, labels)) {
        labels = repeat.columns;
        columns = refineColumns(labels, pageBody(lines, i, labels, spec, repeat.lines[0].size ?? 0));
      }
      previous = null;
      afterBreak = true;
      continue;
    }
    if (!fits(line, columns, bodySize, previous, headerSize)) break;
    const { cells, unplaced } = divideLine(line, columns);
    if (unplaced.length > 0) {
      ctx.warn('table-cell-unplaced', `Text left of the table's first column was not placed in any column: "${unplaced.join(' ')}".`, { page: line.page, line: line.line });
    }
    const gap = previous && previous.page === line.page && hasGeometry(line) ? line.y - previous.y : null;
    body.push({ line, cells, gap, afterBreak: afterBreak || (previous !== null && previous.page !== line.page) });
    occupied.push(line);
    bodySize ??= line.size;
    previous = line;
    afterBreak = false;
    i++;
  }
  return { header: { columns, lines: header.lines }, body, lines: occupied, end: i };
}
