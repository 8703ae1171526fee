/**
 * Coverage: nothing is dropped silently. In the documents packtool claims to understand
 * (front sheet, minutes, action tracker, work programme), every line some parser did not claim is reported
 * as an `unparsed-lines` warning, one per page of each document, naming the lines and how
 * the first of them begins, so a reader can look at exactly what was missed. `--strict`
 * turns these warnings into a failing exit code.
 */
import type { Context } from './context.js';
import type { Line } from './layout/types.js';
import type { DocumentKind } from './schema/pack.js';
import type { Segment } from './segment/types.js';

/** The kinds whose every line a parser is expected to read. Reports and appendices are prose: not reported. */
export const UNDERSTOOD_KINDS: ReadonlySet<DocumentKind> = new Set<DocumentKind>(['agenda', 'minutes', 'action-tracker', 'work-programme']);

/** How much of the first unread line the message quotes. */
const QUOTE_CHARS = 60;
/** Line ranges listed in one message before "…". */
const MAX_RANGES = 8;

const KIND_NAME: Partial<Record<DocumentKind, string>> = {
  agenda: 'front sheet',
  minutes: 'minutes',
  'action-tracker': 'action tracker',
  'work-programme': 'work programme',
};

/** "44–50, 61, 63–64": consecutive line numbers folded into ranges. */
export function lineRanges(numbers: number[]): string {
  const ranges: string[] = [];
  let i = 0;
  while (i < numbers.length) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    ranges.push(i === j ? `${numbers[i]}` : `${numbers[i]}–${numbers[j]}`);
    i = j + 1;
  }
  return ranges.length > MAX_RANGES ? `${ranges.slice(0, MAX_RANGES).join(', ')}, …` : ranges.join(', ');
}

/** The start of a line, cut at a word boundary. */
function quote(text: string): string {
  if (text.length <= QUOTE_CHARS) return text;
  const cut = text.slice(0, QUOTE_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${(space > QUOTE_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

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
    // One pass over the document's lines, grouped by page as they come.
    let page: number | null | undefined;
    let unread: Line[] = [];
    const flush = () => {
      if (unread.length === 0) return;
      total += unread.length;
      const first = unread[0];
      const where = first.page !== null ? `page ${first.page}` : 'an unnumbered page';
      const count = unread.length === 1 ? '1 line' : `${unread.length} lines`;
      ctx.warn(
        'unparsed-lines',
        `${count} of the ${KIND_NAME[seg.kind] ?? seg.kind} on ${where} were not understood (line ${lineRanges(unread.map((l) => l.line))}), starting "${quote(first.text)}".`,
        { page: first.page, line: first.line },
        unread.map((l) => l.line),
      );
      unread = [];
    };
    for (const line of seg.lines) {
      if (line.page !== page) {
        flush();
        page = line.page;
      }
      if (!claimed.has(line.line) && !reported.has(line.line)) unread.push(line);
    }
    flush();
  }
  return total;
}
