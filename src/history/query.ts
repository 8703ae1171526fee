/**
 * One committee's action history read from an archive database's `action_history` view: each
 * action (a thread of rows followed from tracker to tracker) with its status at every meeting.
 */
import { UsageError } from '../errors.js';
import type { Db } from '../db/schema.js';

export interface HistoryStep {
  meetingDate: string | null;
  status: string;
  action: string;
  update: string | null;
  lead: string | null;
  due: string | null;
  /** How this row was tied to the one before it: the same id, or its wording (a reworded action); null where the thread begins. */
  matchedBy: 'id' | 'text' | null;
  pack: string;
  page: number | null;
  line: number | null;
}

export interface ActionHistory {
  thread: string;
  firstSeen: string | null;
  lastSeen: string | null;
  steps: HistoryStep[];
}

export interface CommitteeHistory {
  committee: string;
  /** Every meeting of the committee with a tracker, in order (null: a pack whose date was not found). */
  meetings: (string | null)[];
  actions: ActionHistory[];
}

interface ViewRow {
  committee: string;
  thread: string;
  first_seen: string;
  last_seen: string;
  meeting_date: string | null;
  status: string;
  action: string;
  update_text: string | null;
  lead: string | null;
  due: string | null;
  matched_by: 'id' | 'text' | null;
  path: string;
  page: number | null;
  line: number | null;
}

/**
 * The committee NAME names: the one whose name is NAME (ignoring case), else the one whose name
 * contains it. Several or none is a usage error that lists what there is.
 */
export function findCommittee(db: Db, name: string): string {
  const all = db.prepare('SELECT DISTINCT committee FROM action_threads ORDER BY committee').pluck().all() as string[];
  const wanted = name.trim().toLowerCase();
  const exact = all.filter((c) => c.toLowerCase() === wanted);
  if (exact.length === 1) return exact[0];
  const partial = all.filter((c) => c.toLowerCase().includes(wanted));
  if (partial.length === 1) return partial[0];
  const listed = (partial.length > 1 ? partial : all).map((c) => `  ${c || '(no committee or body found)'}`).join('\n');
  if (all.length === 0) throw new UsageError('no action tracker rows in this archive, so there is no action history');
  throw new UsageError(`${partial.length > 1 ? `"${name}" names several committees` : `no committee with action rows is called "${name}"`}; give one of:\n${listed}`);
}

export function committeeHistory(db: Db, committee: string): CommitteeHistory {
  const rows = db
    .prepare('SELECT * FROM action_history WHERE committee = ? ORDER BY first_seen, thread, meeting_date IS NULL, meeting_date, path')
    .all(committee) as ViewRow[];
  const meetings = db
    .prepare('SELECT DISTINCT p.date FROM action_threads t JOIN packs p ON p.id = t.pack_id WHERE t.committee = ? ORDER BY p.date IS NULL, p.date')
    .pluck()
    .all(committee) as (string | null)[];
  const byThread = new Map<string, ActionHistory>();
  for (const r of rows) {
    let history = byThread.get(r.thread);
    if (!history) byThread.set(r.thread, (history = { thread: r.thread, firstSeen: r.first_seen || null, lastSeen: r.last_seen || null, steps: [] }));
    history.steps.push({
      meetingDate: r.meeting_date, status: r.status, action: r.action, update: r.update_text, lead: r.lead, due: r.due,
      matchedBy: r.matched_by, pack: r.path, page: r.page, line: r.line,
    });
  }
  // Actions in the order they first appeared: by meeting, then where they were on that tracker.
  const place = (a: ActionHistory) => [a.firstSeen ?? '\uffff', a.steps[0].page ?? 0, a.steps[0].line ?? 0] as const;
  const actions = [...byThread.values()].sort((x, y) => {
    const [a, b] = [place(x), place(y)];
    return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2];
  });
  return { committee, meetings, actions };
}
