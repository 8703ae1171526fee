/** The diff itself: two lists of action rows in, a report out. Pure; no I/O. */
import { FORMAT_VERSION, type ActionRow } from '../schema/pack.js';
import { isClosed } from './closed.js';
import { changedFields } from './compare.js';
import { matchRows } from './match.js';
import type { ChangedRow, DiffReport } from '../schema/diff-report.js';

export interface DiffSide {
  /** The path as the user gave it (recorded in the report as is). */
  file: string;
  rows: ActionRow[];
}

export function diffActions(oldSide: DiffSide, newSide: DiffSide): DiffReport {
  const { pairs, added, gone } = matchRows(oldSide.rows, newSide.rows);
  const changed: ChangedRow[] = [];
  let unchanged = 0;
  for (const { before, after, matchedBy } of pairs) {
    const fields = changedFields(before, after);
    if (fields.length === 0) unchanged++;
    else changed.push({ id: after.id, fields, matchedBy, before, after });
  }
  const removed = gone.filter((row) => !isClosed(row.status));
  const retired = gone.filter((row) => isClosed(row.status));
  return {
    packtool: FORMAT_VERSION,
    old: { file: oldSide.file, rows: oldSide.rows.length },
    new: { file: newSide.file, rows: newSide.rows.length },
    summary: { added: added.length, removed: removed.length, retired: retired.length, changed: changed.length, unchanged },
    added,
    removed,
    retired,
    changed,
  };
}
