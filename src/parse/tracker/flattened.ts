/**
 * Tracker rows from a table whose columns ran together (see tables/flattened.ts). Each cell is
 * told apart by what it says, in the order the header prints the columns:
 * - a date cell is a date ("12 Jan 2023", "9 Mar" with "2023" beneath), perhaps with its
 *   minute number ("17 July 2024 Minute No 17"): it anchors a row;
 * - an agenda item is a title (short, capitalised, no closing full stop), and known titles
 *   (the front sheet's and the minutes') are taken whole;
 * - an action is an instruction ("Officers to provide …", "ii) …");
 * - a lead names people and posts ("Dr Sue Harrison - Strategic Director, …");
 * - an update reports what was done or where things stand ("E-mailed Members on …",
 *   "Letter sent …", "Ongoing.", "It is anticipated …");
 * and the rows are then grouped as a structured tracker's are (grid.ts). Every such row says
 * its cells were inferred.
 */
import type { Line } from '../../layout/types.js';
import { parseDate } from '../common/dates.js';
import { divideFlatCells } from '../tables/flattened-cells.js';
import type { FlatRowSpec, FlatTable, LineFragments } from '../tables/index.js';
import { groupTrackerRows, type DraftRow } from './grid.js';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** A date cell: "18 Oct 2023", "9 Mar", "17 July 2024 Minute No 17", "11 October 2024 Minute No." */
const DATE_CELL = new RegExp(`^\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s+\\d{4})?(?:\\s+min(?:ute)?\\.?\\s*(?:no\\.?)?\\s*\\d*)?$`, 'i');
/** The rest of a date cell that wrapped: its year ("2023"), its minute ("Minute No. 26", "36"). */
const DATE_CELL_TAIL = /^(?:\d{4}|\d{1,3}|min(?:ute)?\.?\s*(?:no\.?)?\s*\d*)$/i;
/** "ii)", "(b)", "c.", "3)": an enumerated action. */
const ENUMERATOR = /^\(?(?:[ivx]{1,5}|[a-h]|\d{1,2})[.)]\s/i;
/** "Officers to e-mail", "The Director … to bring", "A briefing … to be arranged": an instruction. */
const INSTRUCTION = /\bto\s+(?:be\s+)?[a-z]+/;
/** Words that name a post: a lead cell has one. */
const POST = /\b(?:director|officer|head\s+of|chair|cabinet\s+member|cllr|councillor|manager|chief\s+executive|scrutiny\s+office|lead|clerk|service|team)\b/i;
/** How an update opens: a state, a report of what was done, a date it was done. */
const UPDATE_OPENING =
  /^(?:on-?going|completed?|closed|done|in\s+progress|to\s+be\s+discharged|discharged|outstanding|scheduled|this\s+(?:is|was|has)|it\s+is|linking|e-?mailed|emailed|letter\s+sent|report\s+presented|sent|circulated|held|the\s+\w+\s+(?:was|were|has|have)|\d{1,2}\s+\w+\s+\d{4}\s+-|we\s+would|there\s+was)\b/i;
/** A report in the past tense ("was forwarded", "has been", "were submitted"). */
const PAST_TENSE = /\b(?:was|were|has\s+been|have\s+been|had)\b|\b\w+ed\s+(?:on|to|by|at)\b/i;
/** Words of no weight in a name or a post (a lead is otherwise all capitalised words). */
const NAME_GLUE = new Set(['and', 'of', 'for', 'the', '&', '-', '–', 'to', 'in', 'at']);

function lowerWords(text: string): number {
  return text.split(' ').filter((w) => /^\p{Ll}/u.test(w) && !NAME_GLUE.has(w)).length;
}

function endsMidWord(text: string): boolean {
  return /(?:\b(?:and|or|of|for|the|to|in|on|with|by|a|an|at|from)|[,–-])$/i.test(text);
}

/** How unlike a cell of the column the text is (see CellScorer). */
export function trackerCellCost(key: string, text: string): number {
  const isDate = DATE_CELL.test(text) && parseDate(text) !== null;
  switch (key) {
    case 'date':
    case 'due':
      return isDate ? -4 : DATE_CELL_TAIL.test(text) ? -1 : 20;
    case 'minute':
    case 'ref':
      return /^(?:min(?:ute)?\.?\s*(?:no\.?)?\s*)?\d+[a-z]?\.?$/i.test(text) ? -3 : 20;
    case 'status':
      return /^(?:complete[d]?|open|closed|ongoing|on-going|in\s+progress|outstanding|discharged|red|amber|green|blue)\.?$/i.test(text) ? -4 : 12;
    case 'item': {
      if (isDate || ENUMERATOR.test(text)) return 15;
      const words = text.split(' ').length;
      let cost = words > 16 ? 8 : 1;
      if (/[.;:]$/.test(text)) cost += 4;
      if (INSTRUCTION.test(text)) cost += 3;
      if (UPDATE_OPENING.test(text)) cost += 4;
      return cost + lowerWords(text) * 0.3;
    }
    case 'action': {
      if (isDate) return 15;
      let cost = 2;
      if (ENUMERATOR.test(text)) cost -= 3;
      if (INSTRUCTION.test(text)) cost -= 1;
      if (/^\p{Ll}/u.test(text)) cost += 1;
      if (UPDATE_OPENING.test(text)) cost += 3;
      return cost;
    }
    case 'lead': {
      if (isDate || ENUMERATOR.test(text)) return 15;
      let cost = POST.test(text) ? -2 : 3;
      if (/[.;:]$/.test(text)) cost += 4;
      if (endsMidWord(text) && !/,$/.test(text)) cost += 1;
      return cost + lowerWords(text) * 1.5;
    }
    case 'update': {
      let cost = UPDATE_OPENING.test(text) ? -1 : 3;
      if (PAST_TENSE.test(text)) cost -= 1;
      if (ENUMERATOR.test(text)) cost += 3;
      if (isDate) cost += 2;
      return cost;
    }
    default:
      return 4;
  }
}

/** A tracker row starts at its date cell. */
export const TRACKER_ROWS: FlatRowSpec = {
  isAnchor: (text) => DATE_CELL.test(text.split(' ').slice(0, 3).join(' ')) && parseDate(text) !== null,
};

/** Draft rows of a flattened tracker, grouped as a structured tracker's are, and whether cells were split inside lines. */
export function flatTrackerRows(table: FlatTable): DraftRow[] {
  const { rows } = divideFlatCells(table.body, table.header.keys, trackerCellCost);
  const fragments: LineFragments[] = rows.map((r) => ({ line: r.lines[0] as Line, cells: r.cells, gap: null, afterBreak: false }));
  return groupTrackerRows(fragments, new Set(table.header.keys));
}
