/**
 * Action trackers: every table whose header row names an action column, wherever it is in the
 * lines given (a tracker document, or an "Action | Who | When" table inside minutes).
 */
import type { Context } from '../../context.js';
import type { Line } from '../../layout/types.js';
import type { ActionRow } from '../../schema/pack.js';
import { parseDate } from '../../text/dates.js';
import { cleanMarkup } from '../../text/join.js';
import { claim, type Parsed } from '../types.js';
import { readFlatTables, warnInterleaved, readTables, type Table } from '../tables/index.js';
import { TRACKER_HEADER } from './columns.js';
import { meetingDate, trackerTitle } from './context.js';
import { flatTrackerRows, TRACKER_ROWS } from './flattened.js';
import { groupTrackerRows, MAX_MERGED_CHARS, type DraftRow } from './grid.js';
import { actionId } from './id.js';
import { sideColumnActions } from './side-column.js';
import { statusOf } from './status.js';

export { actionId } from './id.js';
export { statusOf } from './status.js';

/** Title for a tracker that prints none. */
export const DEFAULT_TRACKER_TITLE = 'Action Tracker';
/** "Minute No. 26", "Minute No 17", "Min 5": the minute number inside a date or minute cell. */
const MINUTE_NUMBER = /\bmin(?:ute)?s?\.?\s*(?:no\.?|number)?\s*(\d+[a-z]?(?:\/\d+)?)\b/i;
const BARE_NUMBER = /^\s*(\d+[a-z]?(?:[./]\d+)*)\s*$/i;

function text(value: string | undefined): string | null {
  const t = cleanMarkup(value ?? '');
  return t === '' ? null : t;
}

function minuteOf(row: DraftRow): string | null {
  const fromColumn = text(row.cells.minute);
  if (fromColumn) return MINUTE_NUMBER.exec(fromColumn)?.[1] ?? BARE_NUMBER.exec(fromColumn)?.[1] ?? fromColumn;
  return MINUTE_NUMBER.exec(row.group.date)?.[1] ?? null;
}

function gridRows(table: Table, title: string, fallbackDate: string | null, ctx: Context): ActionRow[] {
  const keys = new Set(table.header.columns.map((c) => c.key));
  return actionRows(groupTrackerRows(table.body, keys), keys, title, fallbackDate, ctx);
}

function actionRows(rows: DraftRow[], keys: Set<string>, title: string, fallbackDate: string | null, ctx: Context, inferred = false): ActionRow[] {
  const out: ActionRow[] = [];
  for (const row of rows) {
    const first = row.lines[0];
    if (row.mergedCut) {
      ctx.warn('merged-cell-too-long', `A merged date or item cell of the tracker ran on for over ${MAX_MERGED_CHARS} characters; it was ended above this row, which starts a new group.`, { page: first.page, line: first.line });
    }
    const action = text(row.cells.action);
    if (!action) {
      ctx.warn('action-row-without-action', `A tracker row has no action text ("${row.lines.map((l) => l.text).join(' ').slice(0, 80)}"); it was left out.`, { page: first.page, line: first.line });
      continue;
    }
    const date = keys.has('date') ? parseDate(row.group.date) : fallbackDate;
    if (keys.has('date') && row.group.date !== '' && !date) {
      ctx.warn('action-date-unparsed', `The tracker row's date "${row.group.date}" is not a date.`, { page: first.page, line: first.line });
    }
    const item = text(row.group.item);
    const update = text(row.cells.update);
    const due = parseDate(row.cells.due);
    if (text(row.cells.due) && !due) {
      ctx.warn('action-due-unparsed', `The action's due text ("${text(row.cells.due)}") is not a date; its due date is left empty.`, { page: first.page, line: first.line });
    }
    out.push({
      id: actionId({ date, item, action }),
      tracker: title,
      date,
      minute: minuteOf(row),
      item,
      action,
      lead: text(row.cells.lead),
      update,
      status: statusOf(text(row.cells.status), update),
      due,
      ...(inferred ? { cellsInferred: true } : {}),
      source: { page: first.page, line: first.line },
    });
  }
  return out;
}

function sideRows(table: Table, title: string, date: string | null, ctx: Context): ActionRow[] {
  return sideColumnActions(table.body, ctx).map((a) => ({
    id: actionId({ date, item: a.item, action: a.action }),
    tracker: title,
    date,
    minute: a.minute,
    item: a.item,
    action: a.action,
    lead: a.lead,
    update: null,
    status: statusOf(null, null),
    due: a.due,
    source: { page: a.lines[0].page, line: a.lines[0].line },
  }));
}

export interface TrackerOptions {
  /** Agenda item titles the pack prints elsewhere (front sheet, minutes): a flattened tracker's item cells are told by them. */
  knownItems?: readonly string[];
}

export function parseActionTracker(lines: Line[], ctx: Context, options: TrackerOptions = {}): Parsed<ActionRow[]> {
  const claimed = new Set<number>();
  const value: ActionRow[] = [];
  for (const table of readTables(lines, TRACKER_HEADER, ctx, { warnFlattened: false })) {
    const headerIndex = lines.indexOf(table.header.lines[0]);
    const side = table.header.columns.some((c) => c.key === 'discussion');
    const title = trackerTitle(lines, headerIndex) ?? DEFAULT_TRACKER_TITLE;
    const fallbackDate = meetingDate(lines, headerIndex);
    value.push(...(side ? sideRows(table, title, fallbackDate, ctx) : gridRows(table, title, fallbackDate, ctx)));
    claim(claimed, table.lines);
  }
  for (const table of readFlatTables(lines, TRACKER_HEADER, TRACKER_ROWS)) {
    const headerIndex = lines.indexOf(table.header.lines[0]);
    const title = trackerTitle(lines, headerIndex) ?? DEFAULT_TRACKER_TITLE;
    const keys = new Set(table.header.keys);
    warnInterleaved(table, 'action tracker', ctx);
    value.push(...actionRows(flatTrackerRows(table, options.knownItems), keys, title, meetingDate(lines, headerIndex), ctx, true));
    claim(claimed, table.lines);
  }
  return { value, claimed };
}
