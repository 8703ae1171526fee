/**
 * Tracker rows from a grid (one action per row), where cells wrap over several lines, rows
 * run on across page breaks, and the date and agenda item are merged cells spanning the
 * actions beneath them.
 *
 * Whether a line starts a new action or carries on the one above is decided from the text,
 * because text extractions keep no rules or padding between rows:
 * - a fresh meeting date (or reference number) starts a new row;
 * - a line with nothing in the action column carries on the row above (its update wraps);
 * - an action that opens with an enumerator ("ii)", "b.", "3)") starts a new row;
 * - an action piece that opens in lower case carries on the row above;
 * - a line that fills the lead, due or status column when the row above already has a
 *   complete value there starts a new row (one-line rows without closing punctuation);
 * - an action piece that follows an action stopped without closing punctuation
 *   ("… alongside future") carries on the row above;
 * - anything else starts a new row.
 * Merged columns (date, agenda item) belong to a group of rows: text printed beside any row
 * of the group (the item's second line beside the second action) is part of the group's value.
 */
import type { Line } from '../../layout/types.js';
import { parseDate } from '../common/dates.js';
import { endsMidPhrase, endsSentence, joinText, type LineFragments } from '../tables/index.js';
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
}

/** Columns whose cells span several rows in the trackers we know. */
const MERGED: ReadonlySet<string> = new Set(['date', 'item']);

/** Join a merged cell's next piece; an extraction sometimes repeats the word at the wrap. */
function appendMerged(before: string, piece: string): string {
  const last = before.split(' ').at(-1)?.toLowerCase();
  const words = piece.split(' ');
  if (last && words.length > 1 && words[0].toLowerCase() === last) words.shift();
  return joinText(before || undefined, words.join(' '));
}

function addCells(row: DraftRow, f: LineFragments, skip: ReadonlySet<string> = new Set()): void {
  for (const [key, text] of f.cells) {
    if (skip.has(key)) continue;
    if (MERGED.has(key)) {
      const k = key as 'date' | 'item';
      row.group[k] = appendMerged(row.group[k], text);
    } else {
      const k = key as TrackerKey;
      row.cells[k] = joinText(row.cells[k], text);
    }
  }
  row.lines.push(f.line);
}

function startsLowerCase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/** Columns that hold one short value per row: a second value means a second row. */
const ONE_VALUE_COLUMNS: TrackerKey[] = ['lead', 'due', 'status'];

function fillsAgain(f: LineFragments, current: DraftRow): boolean {
  return ONE_VALUE_COLUMNS.some((key) => {
    const before = current.cells[key];
    return f.cells.has(key) && before !== undefined && before !== '' && !endsMidPhrase(before);
  });
}

export function groupTrackerRows(body: LineFragments[], keys: Set<string>): DraftRow[] {
  const rows: DraftRow[] = [];
  const groupKey = keys.has('date') ? 'date' : keys.has('item') ? 'item' : null;
  let current: DraftRow | null = null;
  for (const f of body) {
    const action = f.cells.get('action') ?? '';
    const dateText = f.cells.get('date') ?? '';
    const freshDate = dateText !== '' && parseDate(dateText) !== null;
    const freshRef = (f.cells.get('ref') ?? f.cells.get('minute') ?? '') !== '' && action !== '';
    let newGroup = current === null || freshDate;
    if (!newGroup && groupKey === 'item' && current) {
      const item = f.cells.get('item') ?? '';
      newGroup = item !== '' && action !== '' && !startsLowerCase(item) && !endsMidPhrase(current.group.item);
    }
    let newRow: boolean;
    if (current === null || newGroup || freshRef) newRow = true;
    else if (action === '') newRow = false;
    else if (ENUMERATOR.test(action)) newRow = true;
    else if (startsLowerCase(action)) newRow = false;
    else if (fillsAgain(f, current)) newRow = true;
    else if (!endsSentence(current.cells.action ?? '')) newRow = false;
    else newRow = true;

    if (!newRow && current) {
      addCells(current, f);
      continue;
    }
    const group: Group = newGroup || !current ? { date: '', item: '' } : current.group;
    const row: DraftRow = { group, cells: {}, lines: [] };
    // A lone word in the lead column of a new row in the same group is the tail of the lead
    // above (a merged or wrapped cell the extraction printed beside the next row).
    const lead = f.cells.get('lead') ?? '';
    const skip = new Set<string>();
    if (current && !newGroup && lead !== '' && !lead.includes(' ') && current.cells.lead && !endsSentence(current.cells.lead)) {
      current.cells.lead = joinText(current.cells.lead, lead);
      skip.add('lead');
    }
    addCells(row, f, skip);
    rows.push(row);
    current = row;
  }
  return rows;
}
