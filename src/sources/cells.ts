/**
 * Spans → cells → lines, shared by the text, markdown and HTML sources: a run of marked text
 * becomes a cell, cells become a raw line, bold where most of the letters are.
 */
import { BOLD_SHARE } from '../layout/lines.js';
import { cleanText } from '../layout/text.js';
import type { Cell } from '../layout/types.js';
import type { RawLine } from './raw.js';

/** A run of text and whether it was marked bold (`**…**`, `<b>`, a heading). */
export interface Span {
  text: string;
  bold: boolean;
}


/** A cell from spans, or null when it holds no text. x/x2 are the column index or character columns. */
export function cellFromSpans(spans: Span[], x: number, x2: number): Cell | null {
  const text = cleanText(spans.map((s) => s.text).join(''));
  if (text === '') return null;
  return { text, x, x2, bold: boldShare(spans) >= BOLD_SHARE };
}

function boldShare(spans: Span[]): number {
  let all = 0;
  let bold = 0;
  for (const span of spans) {
    const n = span.text.replace(/\s/g, '').length;
    all += n;
    if (span.bold) bold += n;
  }
  return all === 0 ? 0 : bold / all;
}

export interface LineMarks {
  heading?: number;
  bold?: boolean;
  tableRow?: boolean;
}

/** A raw line from its cells (y is set by the page that receives it), or null when no cell has text. */
export function lineFromCells(cells: Cell[], marks: LineMarks): RawLine | null {
  const kept = cells.filter((c) => c.text !== '');
  if (kept.length === 0) return null;
  const letters = kept.reduce((n, c) => n + c.text.length, 0);
  const boldLetters = kept.reduce((n, c) => n + (c.bold ? c.text.length : 0), 0);
  const line: RawLine = {
    text: kept.map((c) => c.text).join(' '),
    cells: kept,
    x: kept[0].x,
    x2: kept[kept.length - 1].x2,
    y: 0,
    size: null,
    bold: marks.bold ?? boldLetters / letters >= BOLD_SHARE,
  };
  if (marks.heading) line.heading = marks.heading;
  if (marks.tableRow) line.tableRow = true;
  return line;
}
