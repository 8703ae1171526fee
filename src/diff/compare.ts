/** Which fields of a paired row changed between two versions of a tracker. */
import type { ActionRow } from '../schema/pack.js';
import type { DiffField } from '../schema/diff-report.js';
import { sameWording } from './fold.js';

/**
 * The fields compared, in contract order. Left out on purpose: `id` (a rewording changes it,
 * and that shows as `action`), `source` (page and line move whenever anything above moves,
 * and differ between a PDF and its text extraction) and `tracker` (the tracker's title,
 * e.g. "ACTION TRACKER 2020-21", changes with the year for every row at once).
 */
const COMPARED_FIELDS: readonly DiffField[] = ['date', 'item', 'minute', 'action', 'lead', 'update', 'status', 'due'];

/** Fields are compared by their words, so extraction debris is not a change (see fold.ts). */
export function changedFields(before: ActionRow, after: ActionRow): DiffField[] {
  return COMPARED_FIELDS.filter((field) => !sameWording(before[field], after[field]));
}
