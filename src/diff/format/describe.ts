/** Wording shared by the human and markdown reports: where a row is, and what became of a field. */
import type { ActionRow } from '../../schema/pack.js';
import type { ChangedRow, DiffField } from '../../schema/diff-report.js';

/** "2024-10-23 · minute 38 · Update on Birmingham Strategic Youth Justice Plan" */
export function rowPlace(row: ActionRow): string {
  const parts = [row.date ?? 'undated', row.minute ? `minute ${row.minute}` : null, row.item ?? 'no agenda item'];
  return parts.filter((p): p is string => p !== null).join(' · ');
}

/** ["status: open", "lead: Dr Sue Harrison", "due: 2025-01-31"]: the facts a reader checks first. */
export function rowFacts(row: ActionRow): string[] {
  const facts = [`status: ${row.status}`, row.lead ? `lead: ${row.lead}` : null, row.due ? `due: ${row.due}` : null];
  return facts.filter((f): f is string => f !== null);
}

export type FieldChange =
  /** status: "ongoing → discharged"; also short values such as dates */
  | { field: DiffField; kind: 'transition'; from: string; to: string }
  /** the new text is the old text with more after it (an update added to) */
  | { field: DiffField; kind: 'extended'; added: string }
  | { field: DiffField; kind: 'replaced'; from: string; to: string };

/** Fields whose values are short tokens, shown as "a → b" rather than quoted text. */
const TOKEN_FIELDS: ReadonlySet<DiffField> = new Set<DiffField>(['status', 'date', 'due', 'minute']);
const NONE = '(none)';

/** The changes of a row, status first: a status transition is what readers scan for. */
export function fieldChanges(change: ChangedRow): FieldChange[] {
  const fields = [...change.fields].sort((a, b) => Number(b === 'status') - Number(a === 'status'));
  return fields.map((field): FieldChange => {
    const from = change.before[field];
    const to = change.after[field];
    if (TOKEN_FIELDS.has(field)) return { field, kind: 'transition', from: from ?? NONE, to: to ?? NONE };
    if (from && to && to.startsWith(from)) return { field, kind: 'extended', added: to.slice(from.length).trim() };
    return { field, kind: 'replaced', from: from ?? NONE, to: to ?? NONE };
  });
}

/** "1 removed · 2 added · 4 changed · 17 unchanged" (retired only when there are some). */
export function summaryLine(report: { summary: Record<'added' | 'removed' | 'retired' | 'changed' | 'unchanged', number> }): string {
  const s = report.summary;
  const parts = [`${s.removed} removed`, s.retired > 0 ? `${s.retired} retired` : null, `${s.added} added`, `${s.changed} changed`, `${s.unchanged} unchanged`];
  return parts.filter((p): p is string => p !== null).join(' · ');
}

export function hasDifferences(report: { summary: Record<'added' | 'removed' | 'retired' | 'changed', number> }): boolean {
  const s = report.summary;
  return s.added + s.removed + s.retired + s.changed > 0;
}

/** "No differences: all 33 rows unchanged." */
export function noDifferences(unchanged: number): string {
  return `No differences: ${unchanged === 1 ? 'the one row is' : `all ${unchanged} rows`} unchanged.`;
}
