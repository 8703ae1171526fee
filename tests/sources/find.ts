/** Small look-ups over a layout, so the tests below read as sentences. */
import { allLines, type Layout, type Line } from '../../src/layout/types.js';

/** The first line whose text starts with `start`; fails loudly when there is none. */
export function lineStarting(layout: Layout, start: string): Line {
  const found = allLines(layout).find((l) => l.text.startsWith(start));
  if (!found) throw new Error(`no line starts with ${JSON.stringify(start)}`);
  return found;
}

/** Every line whose text contains `part`. */
export function linesContaining(layout: Layout, part: string): Line[] {
  return allLines(layout).filter((l) => l.text.includes(part));
}

/** A line's cells as [x, text] pairs. */
export function cellsOf(line: Line): Array<[number, string]> {
  return line.cells.map((c) => [c.x, c.text]);
}

/** True when no line or cell is empty: the layout contract. */
export function noEmptyText(layout: Layout): boolean {
  return allLines(layout).every((l) => l.text.trim() !== '' && l.cells.length > 0 && l.cells.every((c) => c.text.trim() !== ''));
}
