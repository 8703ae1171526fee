/**
 * An action read from minutes rather than a tracker table (an "Actions" list, a margin note, a
 * "Clerk to …" in the text): what the phrasing found, made into an ActionRow the one way.
 */
import type { ActionRow, SourceRef } from '../../schema/pack.js';
import { actionId } from '../tracker/id.js';

export interface MinutesAction {
  /** Where it was found: the list, margin or text it came from (ActionRow.tracker). */
  tracker: string;
  /** The meeting's date. */
  date: string | null;
  minute?: string | null;
  item?: string | null;
  action: string;
  lead: string | null;
  status?: ActionRow['status'];
  source: SourceRef;
}

export function minutesActionRow(a: MinutesAction): ActionRow {
  const item = a.item ?? null;
  return {
    id: actionId({ date: a.date, item, action: a.action }),
    tracker: a.tracker,
    date: a.date,
    minute: a.minute ?? null,
    item,
    action: a.action,
    lead: a.lead,
    update: null,
    status: a.status ?? 'open',
    due: null,
    source: a.source,
  };
}
