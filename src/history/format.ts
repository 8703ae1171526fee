/** An action history printed for people (text, markdown) and for programs (CSV, JSON). */
import { cell } from '../diff/format/markdown.js';
import { CRLF, csvLine } from '../write/csv.js';
import type { CommitteeHistory, HistoryStep } from './query.js';

export const HISTORY_FORMATS = ['text', 'markdown', 'csv', 'json'] as const;
export type HistoryFormat = (typeof HISTORY_FORMATS)[number];

/** Shown for a meeting at which a thread's action was not on the tracker. */
const ABSENT = '—';

export function formatHistory(history: CommitteeHistory, format: HistoryFormat): string {
  switch (format) {
    case 'text':
      return formatText(history);
    case 'markdown':
      return formatMarkdown(history);
    case 'csv':
      return formatCsv(history);
    case 'json':
      return JSON.stringify(history, null, 2) + '\n';
  }
}

function dated(date: string | null): string {
  return date ?? 'undated';
}

function latest(steps: HistoryStep[]): HistoryStep {
  return steps[steps.length - 1];
}

function formatText(h: CommitteeHistory): string {
  const out = [`${h.committee}: ${h.actions.length} actions over ${h.meetings.length} meetings (${h.meetings.map(dated).join(', ')})`];
  for (const a of h.actions) {
    out.push('', latest(a.steps).action, `  first seen ${dated(a.firstSeen)}, last seen ${dated(a.lastSeen)}`);
    let wording = a.steps[0].action;
    for (const step of a.steps) {
      const reworded = step.action !== wording ? `  (reworded; was "${wording}")` : '';
      wording = step.action;
      out.push(`  ${dated(step.meetingDate).padEnd(10)}  ${step.status}${reworded}`);
    }
  }
  return out.join('\n') + '\n';
}

/** One row per action, one column per meeting: the tracker's story at a glance. */
function formatMarkdown(h: CommitteeHistory): string {
  const out = [`### Action history: ${cell(h.committee)}`, '', `${h.actions.length} actions over ${h.meetings.length} meetings.`, ''];
  out.push(`| Action | First seen | Last seen | ${h.meetings.map(dated).join(' | ')} |`);
  out.push(`|---|---|---|${h.meetings.map(() => '---|').join('')}`);
  for (const a of h.actions) {
    const statusAt = new Map(a.steps.map((s) => [s.meetingDate, s.status]));
    const cells = h.meetings.map((m) => statusAt.get(m) ?? ABSENT);
    out.push(`| ${cell(latest(a.steps).action)} | ${dated(a.firstSeen)} | ${dated(a.lastSeen)} | ${cells.join(' | ')} |`);
  }
  return out.join('\n') + '\n';
}

/** CSV with the fixed header every packtool CSV has, and its cells defused as csv.ts says. */
function formatCsv(h: CommitteeHistory): string {
  const rows = csvRows(h).map((row) => CSV_COLUMNS.map((column) => row[column] as string | number | null | undefined));
  return [CSV_COLUMNS, ...rows].map(csvLine).join(CRLF) + CRLF;
}

const CSV_COLUMNS = ['committee', 'thread', 'first_seen', 'last_seen', 'meeting_date', 'status', 'action', 'update', 'lead', 'due', 'matched_by', 'pack', 'page', 'line'];

function csvRows(h: CommitteeHistory): Record<string, unknown>[] {
  return h.actions.flatMap((a) =>
    a.steps.map((s) => ({
      committee: h.committee, thread: a.thread, first_seen: a.firstSeen, last_seen: a.lastSeen, meeting_date: s.meetingDate,
      status: s.status, action: s.action, update: s.update, lead: s.lead, due: s.due, matched_by: s.matchedBy, pack: s.pack, page: s.page, line: s.line,
    })),
  );
}
