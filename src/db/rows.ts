/**
 * A Pack as database rows: pure, no I/O. Every record becomes one row of its table, numbered by
 * its position (n, from 1) in its list within the pack; children name their parent's n.
 */
import type { ActionRow, AgendaItem, Document, Minutes, Pack, PlannedDecision, ProgrammeEntry, SourceRef, Vote } from '../schema/pack.js';

export type SqlValue = string | number | null;
export type Row = Record<string, SqlValue>;

/** The pack's own row, without its id (allocated when written). */
export interface PackRow extends Row {
  path: string;
  sha256: string | null;
  status: 'ok' | 'failed';
  committee: string | null;
  body: string | null;
}

/** Records by table, each row still without its pack_id. */
export type RecordRows = Map<string, Row[]>;

const VOTE_SIDES = ['for', 'against', 'abstain'] as const;

/** Booleans as SQLite stores them; absent optional flags stay NULL rather than turning into 0. */
function flag(value: boolean | undefined): number | null {
  return value === undefined ? null : Number(value);
}

function json(list: unknown[] | undefined): string | null {
  return list === undefined ? null : JSON.stringify(list);
}

function source(ref: SourceRef): Row {
  return { page: ref.page, line: ref.line, page_inferred: flag(ref.pageInferred) };
}

export function packRow(pack: Pack, output: string | null): PackRow {
  const { meeting } = pack;
  return {
    path: pack.source.file,
    output,
    sha256: pack.source.sha256,
    status: 'ok',
    error_code: null,
    error_message: null,
    format: pack.source.format,
    pages: pack.source.pages,
    body: meeting.body,
    committee: meeting.committee,
    date: meeting.date,
    time: meeting.time,
    venue: meeting.venue,
    ...source(meeting.source),
  };
}

/** An input that failed: its row says why, and it has no records. */
export function failedPackRow(path: string, output: string | null, error: { code: string; message: string }): PackRow {
  return {
    // No sha256: a failed input is done again by every run, whatever its bytes.
    path, output, sha256: null, status: 'failed', error_code: error.code, error_message: error.message,
    format: null, pages: null, body: null, committee: null, date: null, time: null, venue: null, page: null, line: null, page_inferred: null,
  };
}

/** Appends rows numbered from 1 in order of arrival, per table. */
class Tables {
  readonly rows: RecordRows = new Map();

  add(table: string, row: Row): number {
    let list = this.rows.get(table);
    if (!list) this.rows.set(table, (list = []));
    const n = list.length + 1;
    list.push({ n, ...row });
    return n;
  }
}

export function recordRows(pack: Pack): RecordRows {
  const t = new Tables();
  for (const item of pack.agenda) t.add('agenda_items', agendaRow(item));
  for (const doc of pack.documents) t.add('documents', documentRow(doc));
  for (const minutes of pack.minutes) addMinutes(t, minutes);
  for (const row of pack.actions) addAction(t, row);
  for (const entry of pack.programme) t.add('programme', programmeRow(entry));
  for (const decision of pack.decisions) t.add('decisions', decisionRow(decision));
  for (const w of pack.warnings) t.add('warnings', { code: w.code, message: w.message, lines: json(w.lines), ...source(w.source) });
  return t.rows;
}

function agendaRow(item: AgendaItem): Row {
  return {
    number: item.number, number_inferred: Number(item.numberInferred), title: item.title,
    pages_from: item.pages?.from ?? null, pages_to: item.pages?.to ?? null,
    file_pages_from: item.filePages?.from ?? null, file_pages_to: item.filePages?.to ?? null,
    time_from: item.time?.from ?? null, time_to: item.time?.to ?? null,
    description: item.description, attending: JSON.stringify(item.attending), procedural: Number(item.procedural),
    ...source(item.source),
  };
}

function documentRow(doc: Document): Row {
  return {
    kind: doc.kind, title: doc.title, item: doc.item, pages_from: doc.pages.from, pages_to: doc.pages.to,
    report_of: doc.reportOf ?? null, author: doc.author ?? null, date: doc.date ?? null, recommendations: json(doc.recommendations),
    ...source(doc.source),
  };
}

function addMinutes(t: Tables, minutes: Minutes): void {
  const { meeting } = minutes;
  const minutesN = t.add('minutes', {
    kind: minutes.kind, body: meeting.body, committee: meeting.committee, date: meeting.date, time: meeting.time, venue: meeting.venue,
    ended: minutes.ended, ...source(minutes.source),
  });
  // Names carry no source of their own: they are where the minutes' attendance is.
  const roles: [string, string[]][] = [['present', minutes.present], ['also-present', minutes.alsoPresent], ['apologies', minutes.apologies]];
  for (const [role, names] of roles) {
    for (const member of names) t.add('attendance', { minutes_n: minutesN, role, member, ...source(minutes.source) });
  }
  for (const item of minutes.items) {
    const itemN = t.add('minute_items', {
      minutes_n: minutesN, number: item.number, number_inferred: Number(item.numberInferred), item: item.item, title: item.title, text: item.text,
      ...source(item.source),
    });
    t.add('search_text', { kind: 'minute', record_table: 'minute_items', record_n: itemN, text: `${item.title}\n${item.text}` });
    for (const r of item.resolutions) {
      const n = t.add('resolutions', { minute_item_n: itemN, text: r.text, parts: JSON.stringify(r.parts), ...source(r.source) });
      t.add('search_text', { kind: 'resolution', record_table: 'resolutions', record_n: n, text: r.text });
    }
    for (const vote of item.votes) addVote(t, itemN, vote);
  }
}

function addVote(t: Tables, itemN: number, vote: Vote): void {
  const voteN = t.add('votes', {
    minute_item_n: itemN, motion: vote.motion,
    for_count: vote.for.count, against_count: vote.against.count, abstain_count: vote.abstain.count, result: vote.result,
    ...source(vote.source),
  });
  for (const side of VOTE_SIDES) {
    for (const member of vote[side].names) t.add('vote_names', { vote_n: voteN, side, member, ...source(vote.source) });
  }
}

function addAction(t: Tables, row: ActionRow): void {
  const n = t.add('actions', {
    action_id: row.id, tracker: row.tracker, date: row.date, minute: row.minute, item: row.item, action: row.action,
    lead: row.lead, update_text: row.update, status: row.status, due: row.due, cells_inferred: flag(row.cellsInferred),
    ...source(row.source),
  });
  t.add('search_text', { kind: 'action', record_table: 'actions', record_n: n, text: row.action });
  if (row.update) t.add('search_text', { kind: 'update', record_table: 'actions', record_n: n, text: row.update });
}

function programmeRow(entry: ProgrammeEntry): Row {
  return {
    date: entry.date, item: entry.item, attending: JSON.stringify(entry.attending), deadline: entry.deadline, status: entry.status,
    ...source(entry.source),
  };
}

function decisionRow(d: PlannedDecision): Row {
  return {
    decision_id: d.id, title: d.title, portfolio: d.portfolio, proposed: d.proposed, decided: d.decided, cells_inferred: flag(d.cellsInferred),
    ...source(d.source),
  };
}
