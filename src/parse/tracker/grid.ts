/**
 * Tracker rows from a grid (one action per row), where cells wrap over several lines, rows
 * run on across page breaks, and the date and agenda item are merged cells spanning the
 * actions beneath them.
 *
 * Whether a line starts a new action or carries on the one above is decided from the text,
 * because text extractions keep no rules or padding between rows:
 * - a fresh meeting date (or reference number) starts a new row;
 * - a line with nothing in the action column carries on the row above (its update wraps),
 *   except a lead printed at the top of its row, above the action's first line (a template
 *   whose action cell is taller, a checkbox beside it): a line holding only a lead, when the
 *   row above has its action and lead and the next line has an action and no lead, starts a
 *   new row;
 * - an action that opens with an enumerator ("ii)", "b.", "3)") starts a new row;
 * - an action piece that opens in lower case carries on the row above;
 * - a line that fills the lead, due or status column when the row above already has a
 *   complete value there starts a new row (one-line rows without closing punctuation);
 * - an action piece that follows an action stopped without closing punctuation
 *   ("… alongside future") carries on the row above;
 * - anything else starts a new row.
 * A lead column printed as one stacked cell of first names beside the whole table, not level
 * with its rows, is paired with the rows in order: see restackLeads.
 * Merged columns (date, agenda item) belong to a group of rows: text printed beside any row
 * of the group (the item's second line beside the second action) is part of the group's value.
 */
import type { Line } from '../../layout/types.js';
import { parseDate } from '../../text/dates.js';
import { CellText, endsMidPhrase, endsSentence, type LineFragments } from '../tables/index.js';
import type { TrackerKey } from './columns.js';

/** "ii)", "(b)", "c.", "3)", "1." opening an action: each enumerated action is its own row. */
const ENUMERATOR = /^\(?(?:[ivx]{1,5}|[a-h]|\d{1,2})[.)]\s/i;

export interface Group {
  date: string;
  item: string;
}

export interface DraftRow {
  group: Group;
  cells: Partial<Record<TrackerKey, string>>;
  lines: Line[];
  /** True on the first row of a group started because the merged cell above ran on too long. */
  mergedCut?: boolean;
}

/** A group and a row while lines are still being added to them (texts as pieces: see CellText). */
interface GroupInProgress {
  date: CellText;
  item: CellText;
}
interface RowInProgress {
  group: GroupInProgress;
  cells: Map<TrackerKey, CellText>;
  lines: Line[];
  mergedCut?: boolean;
}

/** Columns whose cells span several rows in the trackers we know. */
const MERGED: ReadonlySet<string> = new Set(['date', 'item']);

/**
 * A merged cell is a date or an agenda item's title (the longest in the corpus is about 130
 * characters). One that has run on past this is not a merged cell but a damaged or
 * run-together table: its group ends at the next row, rather than its text being repeated on
 * every row below it (a damaged tracker gave 9,000 rows each carrying the same 80 KB "item").
 */
export const MAX_MERGED_CHARS = 1_000;

/** Join a merged cell's next piece; an extraction sometimes repeats the word at the wrap. */
function appendMerged(cell: CellText, piece: string): void {
  const last = cell.last.split(' ').at(-1)?.toLowerCase();
  const words = piece.split(' ');
  if (last && words.length > 1 && words[0].toLowerCase() === last) words.shift();
  cell.add(words.join(' '));
}

function cellOf(row: RowInProgress, key: TrackerKey): CellText {
  let cell = row.cells.get(key);
  if (!cell) row.cells.set(key, (cell = new CellText()));
  return cell;
}

function addCells(row: RowInProgress, f: LineFragments, skip: ReadonlySet<string> = new Set()): void {
  for (const [key, text] of f.cells) {
    if (skip.has(key)) continue;
    if (MERGED.has(key)) appendMerged(row.group[key as 'date' | 'item'], text);
    else cellOf(row, key as TrackerKey).add(text);
  }
  row.lines.push(f.line);
}

function startsLowerCase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/** Columns that hold one short value per row: a second value means a second row. */
const ONE_VALUE_COLUMNS: TrackerKey[] = ['lead', 'due', 'status'];

function fillsAgain(f: LineFragments, current: RowInProgress): boolean {
  return ONE_VALUE_COLUMNS.some((key) => {
    const before = current.cells.get(key);
    return f.cells.has(key) && before !== undefined && !before.isEmpty && !endsMidPhrase(before.last);
  });
}

/** A lead alone on its line, above the action it belongs to (see the rules above). */
function leadAboveAction(f: LineFragments, next: LineFragments | undefined, current: RowInProgress): boolean {
  const hasText = (key: TrackerKey) => !(current.cells.get(key)?.isEmpty ?? true);
  return f.cells.has('lead') && !f.cells.has('action') && hasText('action') && hasText('lead') && next !== undefined && next.cells.has('action') && !next.cells.has('lead');
}

export function groupTrackerRows(body: LineFragments[], keys: Set<string>): DraftRow[] {
  const rows: RowInProgress[] = [];
  const groupKey = keys.has('date') ? 'date' : keys.has('item') ? 'item' : null;
  let current: RowInProgress | null = null;
  for (const [index, f] of body.entries()) {
    const action = f.cells.get('action') ?? '';
    const dateText = f.cells.get('date') ?? '';
    const freshDate = dateText !== '' && parseDate(dateText) !== null;
    const freshRef = (f.cells.get('ref') ?? f.cells.get('minute') ?? '') !== '' && action !== '';
    let newGroup = current === null || freshDate;
    // Checked where a new row could start (a line with an action): the lines of one row may
    // run on as they like, since only rows after them would repeat the text.
    const mergedCut =
      !newGroup && current !== null && action !== '' && (current.group.item.length > MAX_MERGED_CHARS || current.group.date.length > MAX_MERGED_CHARS);
    if (mergedCut) newGroup = true;
    if (!newGroup && groupKey === 'item' && current) {
      const item = f.cells.get('item') ?? '';
      newGroup = item !== '' && action !== '' && !startsLowerCase(item) && !endsMidPhrase(current.group.item.last);
    }
    const leadFirst = current !== null && action === '' && leadAboveAction(f, body[index + 1], current);
    let newRow: boolean;
    if (current === null || newGroup || freshRef) newRow = true;
    else if (action === '') newRow = leadFirst;
    else if (ENUMERATOR.test(action)) newRow = true;
    else if (startsLowerCase(action)) newRow = false;
    else if (fillsAgain(f, current)) newRow = true;
    else if (!endsSentence(current.cells.get('action')?.last ?? '')) newRow = false;
    else newRow = true;

    if (!newRow && current) {
      addCells(current, f);
      continue;
    }
    const group: GroupInProgress = newGroup || !current ? { date: new CellText(), item: new CellText() } : current.group;
    const row: RowInProgress = { group, cells: new Map(), lines: [], ...(mergedCut ? { mergedCut } : {}) };
    // A lone word in the lead column of a new row in the same group is the tail of the lead
    // above (a merged or wrapped cell the extraction printed beside the next row).
    const lead = f.cells.get('lead') ?? '';
    const leadAbove = current?.cells.get('lead');
    const skip = new Set<string>();
    if (current && !newGroup && !leadFirst && lead !== '' && !lead.includes(' ') && leadAbove && !leadAbove.isEmpty && !endsSentence(leadAbove.last)) {
      leadAbove.add(lead);
      skip.add('lead');
    }
    addCells(row, f, skip);
    rows.push(row);
    current = row;
  }
  restackLeads(rows, body);
  return finished(rows);
}

/** One first name: a lead piece that is a whole lead, never the wrap of a longer one. */
const FIRST_NAME = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * A lead column that is one stacked cell ("Sam / Despo / Sam / Helen / Helen / Jac" beside six
 * actions, the names not level with their rows): row by row, some rows gather two names and
 * later rows none. When every piece of the column is one first name and there are as many as
 * rows, the names are the rows' leads in order.
 */
function restackLeads(rows: RowInProgress[], body: LineFragments[]): void {
  const withLead = body.filter((f) => f.cells.has('lead'));
  const names = withLead.map((f) => f.cells.get('lead')!);
  if (names.length !== rows.length || !names.every((n) => FIRST_NAME.test(n))) return;
  const leadLines = new Set(withLead.map((f) => f.line));
  const leadPieces = rows.map((row) => row.lines.filter((l) => leadLines.has(l)).length);
  if (!leadPieces.some((n) => n === 0) || !leadPieces.some((n) => n > 1)) return;
  rows.forEach((row, k) => {
    const lead = new CellText();
    lead.add(names[k]);
    row.cells.set('lead', lead);
  });
}

/** The rows with their texts joined; rows of one group share one Group, as they shared its cells. */
function finished(rows: RowInProgress[]): DraftRow[] {
  const groups = new Map<GroupInProgress, Group>();
  return rows.map((row) => {
    let group = groups.get(row.group);
    if (!group) groups.set(row.group, (group = { date: String(row.group.date), item: String(row.group.item) }));
    const cells: Partial<Record<TrackerKey, string>> = {};
    for (const [key, cell] of row.cells) cells[key] = String(cell);
    return { group, cells, lines: row.lines, ...(row.mergedCut ? { mergedCut: true } : {}) };
  });
}
