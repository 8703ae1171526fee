/**
 * `--fail-on`: which kinds of difference make `packtool diff` exit 1. Exit codes follow
 * diff(1): 0 no (selected) differences, 1 differences, 2 trouble.
 */
import { UsageError } from '../errors.js';
import type { DiffReport } from '../schema/diff-report.js';

export const DIFF_KINDS = ['added', 'removed', 'retired', 'status', 'changed'] as const;
export type DiffKind = (typeof DIFF_KINDS)[number];

/** Like diff(1), any difference fails unless the user narrows it. */
export const DEFAULT_FAIL_ON: readonly DiffKind[] = DIFF_KINDS;

export const EXIT_SAME = 0;
export const EXIT_DIFFERENT = 1;
export const EXIT_TROUBLE = 2;

/** "added,removed" → ['added', 'removed']; "none" → [] (report, never fail). */
export function parseFailOn(value: string): DiffKind[] {
  const words = value.split(',').map((w) => w.trim().toLowerCase()).filter(Boolean);
  if (words.length === 1 && words[0] === 'none') return [];
  if (words.length === 0) throw new UsageError(`--fail-on needs a list of kinds, e.g. --fail-on removed,status (kinds: ${DIFF_KINDS.join(', ')}, or none)`);
  const kinds: DiffKind[] = [];
  for (const word of words) {
    if (!(DIFF_KINDS as readonly string[]).includes(word)) {
      throw new UsageError(`--fail-on does not know "${word}"; use any of ${DIFF_KINDS.join(', ')} (comma-separated), or none`);
    }
    if (!kinds.includes(word as DiffKind)) kinds.push(word as DiffKind);
  }
  return kinds;
}

/** How many differences of one kind the report holds. `status` counts changed rows whose status moved. */
export function countKind(report: DiffReport, kind: DiffKind): number {
  switch (kind) {
    case 'added':
      return report.summary.added;
    case 'removed':
      return report.summary.removed;
    case 'retired':
      return report.summary.retired;
    case 'changed':
      return report.summary.changed;
    case 'status':
      return report.changed.filter((c) => c.fields.includes('status')).length;
  }
}

export function exitCodeFor(report: DiffReport, failOn: readonly DiffKind[]): number {
  return failOn.some((kind) => countKind(report, kind) > 0) ? EXIT_DIFFERENT : EXIT_SAME;
}
