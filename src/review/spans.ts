/**
 * Which records each line was read into. The Pack says where each record starts
 * (`source.line`) and the parsers say which lines they read (`claimed`); a record's lines are
 * the read lines from its own start up to the next record's start that is not one of its own
 * parts, within its document. A minute item thus owns its heading, its text and its
 * resolutions' lines; its resolution owns only the lines from "RESOLVED" on.
 */
import type { Line } from '../layout/types.js';
import type { Segment } from '../segment/types.js';
import { flatten, type ReviewRecord } from './records.js';

/** read: a parser read it; unparsed: an `unparsed-lines` warning names it; unread: neither. */
export type LineState = 'read' | 'unparsed' | 'unread';

export interface LineMark {
  state: LineState;
  /** Keys of the records (and warnings) that hold this line, outermost first. */
  owners: string[];
}

/** Kinds that span no lines of their own: a document is all of its pages; a warning names its lines. */
const NOT_SPANNING = new Set(['document', 'warning']);

interface Start {
  record: ReviewRecord;
  line: number;
  ancestors: ReadonlySet<string>;
}

export function lineMarks(records: ReviewRecord[], lines: readonly Line[], claimed: ReadonlySet<number>, segments: readonly Segment[]): Map<number, LineMark> {
  const marks = new Map<number, LineMark>(lines.map((l) => [l.line, { state: claimed.has(l.line) ? 'read' : 'unread', owners: [] }]));
  const documentEnd = documentEnds(segments);

  const starts = spanningStarts(records);
  const byLine = [...starts].sort((a, b) => a.line - b.line);
  for (const start of starts) {
    const end = Math.min(nextStart(start, byLine) - 1, documentEnd.get(start.line) ?? start.line);
    for (let n = start.line; n <= end; n++) {
      const mark = marks.get(n);
      // The start line is the record's own even where no parser counted it read (a meeting read from a cover).
      if (mark && (n === start.line || claimed.has(n))) {
        mark.owners.push(start.record.key);
        mark.state = 'read';
      }
    }
  }
  for (const record of flatten(records)) {
    if (record.kind !== 'warning') continue;
    const named = record.namedLines ?? (record.line === null ? [] : [record.line]);
    for (const n of named) {
      const mark = marks.get(n);
      if (!mark) continue;
      mark.owners.push(record.key);
      if (record.fields.code === 'unparsed-lines' && mark.state === 'unread') mark.state = 'unparsed';
    }
  }
  return marks;
}

/** Records that start at a line, parents before children, each with the keys of its ancestors. */
function spanningStarts(records: ReviewRecord[]): Start[] {
  const out: Start[] = [];
  const walk = (list: ReviewRecord[], ancestors: ReadonlySet<string>) => {
    for (const record of list) {
      if (record.line !== null && !NOT_SPANNING.has(record.kind)) out.push({ record, line: record.line, ancestors });
      walk(record.children, new Set([...ancestors, record.key]));
    }
  };
  walk(records, new Set());
  return out;
}

/** The first line after `start`'s at which a record other than one of its own parts starts. */
function nextStart(start: Start, byLine: Start[]): number {
  // Binary search for the first start below the line, then past the record's own parts.
  let lo = 0;
  let hi = byLine.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byLine[mid].line > start.line) hi = mid;
    else lo = mid + 1;
  }
  for (let i = lo; i < byLine.length; i++) {
    if (!byLine[i].ancestors.has(start.record.key)) return byLine[i].line;
  }
  return Number.POSITIVE_INFINITY;
}

/** Each line's document's last line. */
function documentEnds(segments: readonly Segment[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const seg of segments) {
    const last = seg.lines.at(-1)?.line;
    if (last === undefined) continue;
    for (const l of seg.lines) out.set(l.line, last);
  }
  return out;
}
