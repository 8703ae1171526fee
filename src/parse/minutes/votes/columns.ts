/**
 * A recorded vote set as a table with a column per side: "For (3) | Against (2) |
 * Abstain (0)" on one line, each heading a column of names.
 */
import { joinLines } from '../../../text/join.js';
import { splitNames } from '../../common/names.js';
import { ref, type MLine } from '../lines.js';
import { reportsResult } from './result.js';
import { cellTexts, looksLikeNameLine, motionAbove, parseSideLabel, readResult, warnMismatches } from './sides.js';
import { noSides, type SideName, type VoteReader } from './types.js';

interface Column {
  side: SideName;
  count: number | null;
  x: number;
}

/** How far left of its column heading a name may start and still be under it (points or characters). */
const COLUMN_SLACK = 6;

/** The side headings of a column table, or null when the line is not one. */
export function columnHeader(l: MLine): Column[] | null {
  const cells = cellTexts(l);
  if (cells.length < 2) return null;
  const cols: Column[] = [];
  for (const c of cells) {
    const label = parseSideLabel(c.text);
    if (!label || label.rest) return null;
    cols.push({ side: label.side, count: label.count, x: c.x });
  }
  return cols;
}

export const sideColumns: VoteReader = {
  name: 'a column of names per side',
  read(body, at, { used, ctx }) {
    const cols = columnHeader(body[at]);
    if (!cols) return null;
    const motion = motionAbove(body, at, used);
    const texts: Record<SideName, string[]> = { for: [], against: [], abstain: [] };
    const lines = [at];
    let k = at + 1;
    for (; k < body.length; k++) {
      const t = body[k].text;
      if (parseSideLabel(t) || reportsResult(t) || !looksLikeNameLine(t)) break;
      // Each cell goes to the column it starts under.
      for (const cell of cellTexts(body[k])) {
        const col = [...cols].reverse().find((c) => cell.x >= c.x - COLUMN_SLACK) ?? cols[0];
        texts[col.side].push(cell.text.endsWith(',') ? cell.text : cell.text + ',');
      }
      lines.push(k);
    }
    const sides = noSides();
    for (const c of cols) sides[c.side] = { count: c.count, names: splitNames(joinLines(texts[c.side])) };
    const { result, next } = readResult(body, k, lines);
    warnMismatches(sides, body[at], ctx);
    return { votes: [{ motion, ...sides, result, source: ref(body[at]) }], used: lines, next };
  },
};
