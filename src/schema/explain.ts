/**
 * Problems found by checking a file against the output contract, said in the file's terms:
 * which record (its kind and its number or id, as a person would look it up), which field,
 * the value found there, and what the contract expects. Pure: where a path is in the file
 * (its line) is asked of `locate`, which the caller builds from the parsed file.
 */
import type { z } from 'zod';
import { PackSchema, type Pack } from './pack.js';

type Path = ReadonlyArray<PropertyKey>;

/** How a record in each list of a Pack is named: its kind, and the field that identifies it. */
const RECORD_NAMES: Record<string, { kind: string; key?: string }> = {
  agenda: { kind: 'agenda item', key: 'number' },
  documents: { kind: 'document', key: 'title' },
  minutes: { kind: 'minutes', key: 'meeting.date' },
  items: { kind: 'minute', key: 'number' },
  resolutions: { kind: 'resolution' },
  votes: { kind: 'vote' },
  actions: { kind: 'action', key: 'id' },
  programme: { kind: 'programme entry', key: 'item' },
  decisions: { kind: 'decision', key: 'id' },
  warnings: { kind: 'warning', key: 'code' },
};

/** Values are shown cut to this many characters: enough to recognise, short enough for one line. */
const MAX_SHOWN = 60;

export interface ExplainedIssue {
  /** Where in the Pack: keys and 0-based array indexes, e.g. `['minutes', 0, 'items', 3, 'number']`. */
  path: PropertyKey[];
  /** 1-based line of the file where the value (or, when missing, its record) is; null if unknown. */
  line: number | null;
  /** `action "kcc-2025-03-13-…"`, `minutes of 2025-03-13 › minute 299 › vote 1`, or `the Pack`. */
  record: string;
  /** The field inside that record, dotted: `due`, `for.count`, `source.page`. */
  field: string;
  /** The value found, shown as JSON and cut short, or `nothing` when the field is missing. */
  found: string;
  /** What the contract wants there. */
  expected: string;
}

function get(value: unknown, path: Path): unknown {
  let v = value;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** The record a path points into (the innermost list entry) and the field left inside it. */
function recordAndField(data: unknown, path: Path): { record: string; field: string } {
  const names: string[] = [];
  let fieldStart = 0;
  for (let i = 1; i < path.length; i++) {
    const list = path[i - 1];
    const index = path[i];
    if (typeof index !== 'number' || typeof list !== 'string') continue;
    const naming = RECORD_NAMES[list];
    if (!naming) continue;
    const entry = get(data, path.slice(0, i + 1));
    const key = naming.key ? get(entry, naming.key.split('.')) : undefined;
    const id = typeof key === 'string' || typeof key === 'number' ? (naming.kind === 'minutes' ? `of ${key}` : JSON.stringify(key)) : `${index + 1}`;
    names.push(`${naming.kind} ${id}${naming.key && id === `${index + 1}` ? ` (no ${naming.key})` : ''}`);
    fieldStart = i + 1;
  }
  // Outside the lists, the Pack's top-level parts (`meeting`, `source`) are the records.
  if (names.length === 0 && path.length > 1 && typeof path[0] === 'string') {
    names.push(path[0]);
    fieldStart = 1;
  }
  const field = path.slice(fieldStart).map(String).join('.');
  return { record: names.length ? names.join(' › ') : 'the Pack', field: field || '(the whole record)' };
}

function expectation(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return issue.expected === 'null' ? 'null' : `${/^[aeiou]/.test(issue.expected) ? 'an' : 'a'} ${issue.expected}`;
  if (issue.code === 'invalid_value') return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return issue.message;
}

/** Each zod issue, explained; `locate` gives the line of a path in the file (null when it is not there). */
export function explainIssues(data: unknown, issues: readonly z.core.$ZodIssue[], locate: (path: Path) => number | null): ExplainedIssue[] {
  return issues.map((issue) => {
    const { record, field } = recordAndField(data, issue.path);
    // A missing field has no line of its own: point at the nearest part of the path that exists.
    let line: number | null = null;
    for (let n = issue.path.length; n >= 0 && line === null; n--) line = locate(issue.path.slice(0, n));
    return { path: issue.path, line, record, field, found: show(get(data, issue.path)), expected: expectation(issue) };
  });
}

/** One line per problem: `line 40: action "x" field due: found "next month", expected an ISO date YYYY-MM-DD`. */
export function issueLine(e: ExplainedIssue): string {
  return `${e.line !== null ? `line ${e.line}: ` : ''}${e.record}, field ${e.field}: found ${e.found}, expected ${e.expected}`;
}

export type PackCheck = { valid: true; pack: Pack } | { valid: false; issues: ExplainedIssue[] };

/**
 * Check data (parsed YAML or JSON) against the output contract, each problem explained: what
 * `packtool validate` prints and the library's `validate` returns. `locate` gives the line of a
 * path in the file the data was read from; data given in memory has no lines.
 */
export function checkPack(data: unknown, locate: (path: Path) => number | null = () => null): PackCheck {
  const result = PackSchema.safeParse(data);
  if (result.success) return { valid: true, pack: result.data };
  return { valid: false, issues: explainIssues(data, result.error.issues, locate) };
}
