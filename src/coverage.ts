/**
 * Coverage: nothing is dropped silently. In the documents packtool claims to understand
 * (front sheet, minutes, action tracker, work programme), every line some parser did not claim is reported
 * as an `unparsed-lines` warning, one per page of each document (said by
 * src/parse/unread-lines.ts, as the front sheet says its own). `--strict`
 * turns these warnings into a failing exit code.
 */
import type { Context } from './context.js';
import { warnUnreadLines } from './parse/unread-lines.js';
import type { DocumentKind } from './schema/pack.js';
import type { Segment } from './segment/types.js';

/** The kinds whose every line a parser is expected to read. Reports and appendices are prose: not reported. */
export const UNDERSTOOD_KINDS: ReadonlySet<DocumentKind> = new Set<DocumentKind>(['agenda', 'minutes', 'action-tracker', 'work-programme']);

/** How a warning names each kind of document. */
const KIND_NAME: Partial<Record<DocumentKind, string>> = {
  agenda: 'front sheet',
  minutes: 'minutes',
  'action-tracker': 'action tracker',
  'work-programme': 'work programme',
};

/**
 * Warn about the lines of understood documents that are not in `claimed`.
 * Pass only the segments whose parser ran (`kinds` narrows further).
 * Returns the number of unread lines.
 */
export function reportUnparsedLines(segments: Segment[], claimed: ReadonlySet<number>, ctx: Context, kinds: ReadonlySet<DocumentKind> = UNDERSTOOD_KINDS): number {
  let total = 0;
  // A parser that reports its own unread lines (the front sheet, up to its end) is not repeated.
  const reported = new Set(ctx.warnings.filter((w) => w.code === 'unparsed-lines').flatMap((w) => w.lines ?? []));
  for (const seg of segments) {
    if (!kinds.has(seg.kind)) continue;
    const unread = seg.lines.filter((line) => !claimed.has(line.line) && !reported.has(line.line));
    total += warnUnreadLines(unread, KIND_NAME[seg.kind] ?? seg.kind, ctx);
  }
  return total;
}
