/**
 * Action history: each action followed from tracker to tracker across the packs of one
 * committee, in meeting order. A row of a later tracker continues a thread when `packtool diff`
 * would pair it with the thread's latest row (same stable id, or a rewording of it: the same
 * matching, src/diff/match.ts); a row nobody pairs starts a thread of its own.
 *
 * Threads are worked out again, whole, for every committee whose packs changed (history_stale,
 * filled in the same transaction as the pack), so they depend only on the packs in the
 * database, never on the order they arrived in or on a run that was killed half-way.
 */
import { matchRows } from '../diff/match.js';
import type { ActionRow } from '../schema/pack.js';
import type { Db } from './schema.js';

/** The committee a pack's actions are filed under: the meeting's committee, else its body. */
export function historyCommittee(pack: { committee: string | null; body: string | null }): string {
  return pack.committee ?? pack.body ?? '';
}

/** SQL for the same rule, over the packs table. */
export const HISTORY_COMMITTEE_SQL = "coalesce(committee, body, '')";

interface StoredAction {
  pack_id: number;
  n: number;
  action_id: string;
  tracker: string;
  date: string | null;
  minute: string | null;
  item: string | null;
  action: string;
  lead: string | null;
  update_text: string | null;
  status: ActionRow['status'];
  due: string | null;
}

/** Recompute the threads of every stale committee; returns how many committees were redone. */
export function refreshHistory(db: Db): number {
  const stale = db.prepare('SELECT committee FROM history_stale ORDER BY committee').pluck().all() as string[];
  for (const committee of stale) {
    db.transaction(() => {
      db.prepare('DELETE FROM action_threads WHERE committee = ?').run(committee);
      const insert = db.prepare('INSERT INTO action_threads (pack_id, n, committee, thread, matched_by) VALUES (?, ?, ?, ?, ?)');
      for (const link of threadCommittee(db, committee)) insert.run(link.pack_id, link.n, committee, link.thread, link.matchedBy);
      db.prepare('DELETE FROM history_stale WHERE committee = ?').run(committee);
    })();
  }
  return stale.length;
}

interface Link {
  pack_id: number;
  n: number;
  thread: string;
  matchedBy: 'id' | 'text' | null;
}

function threadCommittee(db: Db, committee: string): Link[] {
  // Meeting order; packs of the same date (two printings) by path, undated ones last.
  const packs = db
    .prepare(
      `SELECT id FROM packs WHERE ${HISTORY_COMMITTEE_SQL} = ? AND EXISTS (SELECT 1 FROM actions WHERE pack_id = packs.id)
       ORDER BY date IS NULL, date, path`,
    )
    .pluck()
    .all(committee) as number[];
  const actionsOf = db.prepare('SELECT * FROM actions WHERE pack_id = ? ORDER BY n');
  const links: Link[] = [];
  /** The latest row of each thread, in the order threads began. */
  const latest = new Map<string, ActionRow>();
  const threadOf = new Map<ActionRow, string>();
  const stored = new Map<ActionRow, StoredAction>();
  for (const packId of packs) {
    const rows = (actionsOf.all(packId) as StoredAction[]).map((s) => {
      const row = asActionRow(s);
      stored.set(row, s);
      return row;
    });
    const { pairs, added } = matchRows([...latest.values()], rows);
    for (const { before, after, matchedBy } of pairs) {
      const thread = threadOf.get(before) as string;
      threadOf.set(after, thread);
      latest.set(thread, after);
      links.push({ pack_id: packId, n: (stored.get(after) as StoredAction).n, thread, matchedBy });
    }
    for (const row of added) {
      const thread = uniqueName(row.id, latest);
      threadOf.set(row, thread);
      latest.set(thread, row);
      links.push({ pack_id: packId, n: (stored.get(row) as StoredAction).n, thread, matchedBy: null });
    }
  }
  return links;
}

/** A thread is named by the id of the row that began it; a tracker listing one action twice gets `id~2`. */
function uniqueName(id: string, taken: Map<string, unknown>): string {
  if (!taken.has(id)) return id;
  let k = 2;
  while (taken.has(`${id}~${k}`)) k++;
  return `${id}~${k}`;
}

function asActionRow(s: StoredAction): ActionRow {
  return {
    id: s.action_id, tracker: s.tracker, date: s.date, minute: s.minute, item: s.item, action: s.action,
    lead: s.lead, update: s.update_text, status: s.status, due: s.due, source: { page: null, line: null },
  };
}
