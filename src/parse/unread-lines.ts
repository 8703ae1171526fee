/**
 * The one way any phase says that lines were not understood: an `unparsed-lines` warning per
 * page, naming the lines (folded into ranges) and quoting how the first of them begins, so a
 * reader can look at exactly what was missed. The front-sheet parser says it of the lines it
 * read up to the sheet's end; coverage (src/coverage.ts) says it of every other line of the
 * documents packtool understands.
 */
import type { Context } from '../context.js';
import type { Line } from '../layout/types.js';

/** How much of the first unread line the message quotes. */
const QUOTE_CHARS = 60;
/** Line ranges listed in one message before "…". */
const MAX_RANGES = 8;

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
 * Warn about `unread`, lines of one document in reading order (`documentName`: "front sheet",
 * "minutes"), one warning for each run of lines on the same page. Returns how many lines.
 */
export function warnUnreadLines(unread: readonly Line[], documentName: string, ctx: Context): number {
  let start = 0;
  while (start < unread.length) {
    let end = start + 1;
    while (end < unread.length && unread[end].page === unread[start].page) end++;
    const run = unread.slice(start, end);
    const first = run[0];
    const where = first.page !== null ? `page ${first.page}` : 'an unnumbered page';
    const count = run.length === 1 ? '1 line' : `${run.length} lines`;
    ctx.warn(
      'unparsed-lines',
      `${count} of the ${documentName} on ${where} were not understood (line ${lineRanges(run.map((l) => l.line))}), starting "${quote(first.text)}".`,
      { page: first.page, line: first.line },
      run.map((l) => l.line),
    );
    start = end;
  }
  return unread.length;
}
