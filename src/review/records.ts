/**
 * The Pack as a tree of review records: each record has a stable key (`KIND:ID`), a title,
 * the fields a person checks against the page, and the place it was read from. The review
 * page shows these; `spans.ts` ties them to lines.
 */
import type { Pack, Vote } from '../schema/pack.js';

export type RecordKind =
  | 'meeting'
  | 'agenda'
  | 'document'
  | 'minutes'
  | 'minute-item'
  | 'resolution'
  | 'vote'
  | 'action'
  | 'programme'
  | 'decision'
  | 'warning';

/** In the order the page lists them and the counts name them. */
export const RECORD_KINDS: readonly RecordKind[] = ['meeting', 'agenda', 'document', 'minutes', 'minute-item', 'resolution', 'vote', 'action', 'programme', 'decision', 'warning'];

export interface ReviewRecord {
  /** `KIND:ID`: an action's or decision's own id, else its index path (`minute-item:0.2` is item 2 of minutes 0). */
  key: string;
  kind: RecordKind;
  title: string;
  /** Fields as they are in the Pack, shown as name → value (children and `source` left out). */
  fields: Record<string, unknown>;
  page: number | null;
  line: number | null;
  /** Lines the record names itself (an `unparsed-lines` warning's `lines`). */
  namedLines?: number[];
  children: ReviewRecord[];
}

/** Fields never shown as fields: where the record is, and what is shown as nested records. */
const NOT_SHOWN = new Set(['source', 'items', 'resolutions', 'votes', 'lines']);

function fieldsOf(value: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([k]) => !NOT_SHOWN.has(k)));
}

interface Sourced {
  source: { page: number | null; line: number | null };
}

function record(kind: RecordKind, id: string, title: string, value: Sourced & object, children: ReviewRecord[] = []): ReviewRecord {
  return { key: `${kind}:${id}`, kind, title, fields: fieldsOf(value), page: value.source.page, line: value.source.line, children };
}

/**
 * Keys from ids that a pack may repeat (two trackers can hold the same row): the second and
 * later take `#2`, `#3`, so every key names one element.
 */
function uniqueIds(ids: string[]): string[] {
  const seen = new Map<string, number>();
  return ids.map((raw) => {
    // Keys are matched as whitespace-separated tokens on the page (`[data-owners~=…]`).
    const id = raw.replace(/\s+/g, '_');
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}#${n}`;
  });
}

/** "vote: carried, 57 for, 0 against, 2 abstained": what a reader checks first. */
function voteTitle(v: Vote): string {
  const side = (n: number | null, label: string) => (n === null ? [] : [`${n} ${label}`]);
  return ['vote: ' + (v.result ?? 'result not printed'), ...side(v.for.count, 'for'), ...side(v.against.count, 'against'), ...side(v.abstain.count, 'abstained')].join(', ');
}

/** Every record of the Pack, top-level ones in RECORD_KINDS order. */
export function reviewRecords(pack: Pack): ReviewRecord[] {
  const out: ReviewRecord[] = [];
  const m = pack.meeting;
  out.push(record('meeting', '0', [m.committee, m.date].filter(Boolean).join(', ') || 'meeting', m));
  out.push(...pack.agenda.map((a, i) => record('agenda', String(i), `${a.number}. ${a.title}`, a)));
  out.push(...pack.documents.map((d, i) => record('document', String(i), `${d.kind}: ${d.title}`, d)));
  pack.minutes.forEach((mins, i) => {
    const items = mins.items.map((item, j) => {
      const path = `${i}.${j}`;
      const resolutions = item.resolutions.map((r, k) => record('resolution', `${path}.${k}`, 'resolution', r));
      const votes = item.votes.map((v, k) => record('vote', `${path}.${k}`, voteTitle(v), v));
      const title = `${item.number ?? '(unnumbered)'}. ${item.title}`;
      // In the order they are printed, as the page shows them.
      const parts = [...resolutions, ...votes].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
      return record('minute-item', path, title, item, parts);
    });
    const title = `${mins.kind}: ${[mins.meeting.committee, mins.meeting.date].filter(Boolean).join(', ')}`;
    // The minutes' meeting is shown as a field; where it was read is the minutes' own source.
    const { source: _meetingSource, ...meeting } = mins.meeting;
    const shown = { ...mins, meeting };
    out.push(record('minutes', String(i), title, shown, items));
  });
  const actionIds = uniqueIds(pack.actions.map((a) => a.id));
  out.push(...pack.actions.map((a, i) => record('action', actionIds[i], a.action, a)));
  out.push(...pack.programme.map((p, i) => record('programme', String(i), `${p.date ?? ''} ${p.item}`.trim(), p)));
  const decisionIds = uniqueIds(pack.decisions.map((d) => d.id));
  out.push(...pack.decisions.map((d, i) => record('decision', decisionIds[i], d.title, d)));
  out.push(
    ...pack.warnings.map((w, i) => {
      const r = record('warning', String(i), w.code, w);
      if (w.lines?.length) r.namedLines = w.lines;
      return r;
    }),
  );
  return out;
}

/** Each record once, parents before their children. */
export function flatten(records: ReviewRecord[]): ReviewRecord[] {
  return records.flatMap((r) => [r, ...flatten(r.children)]);
}
