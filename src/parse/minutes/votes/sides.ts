/**
 * Side labels and name lists, shared by the recorded-vote readers (side-block.ts,
 * columns.ts): "For (57)", "Against: 3", "Abstentions (2)", "Councillors voting for the
 * motion:", and the lines of names under them.
 */
import type { Context } from '../../../context.js';
import type { VoteSide } from '../../../schema/pack.js';
import { cleanMarkup, joinLines } from '../../../text/join.js';
import { ref, type MLine } from '../lines.js';
import { reportsResult, resultOf } from './result.js';
import type { SideName } from './types.js';

/**
 * A side label: "For (57)", "Against: 3", "Abstentions (2)", or the bare word on its own line.
 * A sentence that starts with "For" ("For example …") is not a label: a count or nothing must follow.
 */
const SIDE = /^(For|Against|Abstain(?:ed|ing)?|Abstentions?)\b\s*(?:\(\s*(\d+)\s*\)|[:\-–]?\s*(\d+)\s*(?=$|[:.])|:)?\s*[:.]?\s*(.*)$/i;

function sideOf(label: string): SideName {
  const l = label.toLowerCase();
  // Anything else SIDE matches is a form of abstaining.
  if (l === 'for') return 'for';
  if (l === 'against') return 'against';
  return 'abstain';
}

/** Is this a side label line? Returns its side, printed count and any names on the same line. */
export function parseSideLabel(raw: string): { side: SideName; count: number | null; rest: string } | null {
  // "Councillors voting for the motion:", "In favour (12)", "Members abstaining:" say the same as "For", "Abstain",
  // and so do the Welsh labels "O blaid" (for), "Yn erbyn" (against), "Ymatal" / "Ymataliodd" (abstain).
  const text = raw
    .trim()
    .replace(/^o\s+blaid\b/i, 'For')
    .replace(/^yn\s+erbyn\b/i, 'Against')
    .replace(/^ymatal\w*/i, 'Abstain')
    .replace(/^(?:(?:councillors|members|those)\s+)?(?:voting\s+)?(for|against|abstaining)\s+the\s+(?:motion|amendment|recommendations?)\b/i, '$1')
    .replace(/^(?:councillors|members|those)\s+(?:voting\s+)?(for|against|abstaining)\b/i, '$1')
    .replace(/^in\s+favour\b/i, 'For');
  const m = SIDE.exec(text);
  if (!m) return null;
  const count = m[2] ?? m[3];
  const rest = m[4] ?? '';
  const hasColon = /^\s*:/.test(text.slice(m[1].length));
  // "For example, …": a bare word followed by more words is a sentence, not a label.
  if (count === undefined && rest !== '' && !hasColon) return null;
  return { side: sideOf(m[1]), count: count === undefined ? null : Number(count), rest };
}

/** The paragraph above the vote that says what was put to it ("The Chairman put the motion … to the vote"). */
export function motionAbove(body: MLine[], first: number, used: Set<number>): string | null {
  const MAX_LOOKBACK = 8;
  let end = first - 1;
  while (end >= 0 && used.has(end)) end--;
  for (let i = end; i >= Math.max(0, first - MAX_LOOKBACK); i--) {
    if (/\bvot(?:e|ing)\b|\bput\b|\bproposed\b|\bmoved\b|\bseconded\b/i.test(body[i].text)) {
      let start = i;
      while (start > 0 && !/^\(?\d{1,2}[.)]\s|^\(?[a-z]\)\s/.test(body[start].text) && start > end - MAX_LOOKBACK && !used.has(start - 1)) start--;
      return joinLines(body.slice(start, end + 1).map((l) => l.text)) || null;
    }
  }
  return null;
}

/** The result reported on body[at], if it reports one (the line is then used); and the line after the vote. */
export function readResult(body: MLine[], at: number, used: number[]): { result: string | null; next: number } {
  if (at >= body.length || !reportsResult(body[at].text)) return { result: null, next: at };
  used.push(at);
  return { result: resultOf(body[at].text), next: at + 1 };
}

export function warnMismatches(sides: Record<SideName, VoteSide>, at: MLine, ctx: Context, refs: Partial<Record<SideName, MLine>> = {}): void {
  for (const side of ['for', 'against', 'abstain'] as const) {
    const s = sides[side];
    if (s.count !== null && s.count !== s.names.length) {
      ctx.warn(
        'vote-count-mismatch',
        `The vote "${side}" side prints a count of ${s.count} but lists ${s.names.length} names; both are kept, check the names against the minutes.`,
        ref(refs[side] ?? at),
      );
    }
  }
}

export function cellTexts(l: MLine): Array<{ text: string; x: number }> {
  return l.src.cells.map((c) => ({ text: cleanMarkup(c.text), x: c.x })).filter((c) => c.text);
}

/**
 * A name line as list text. Names set in columns come as cells with no commas between them
 * ("Mr Baker | Mr Baldock | Mr Bartlett"): the cells are separate names.
 */
export function nameLineText(l: MLine): string {
  const cells = cellTexts(l);
  if (cells.length > 1 && cells.every((c) => !c.text.includes(','))) return cells.map((c) => c.text).join(', ') + ',';
  return l.text;
}

/** A line of a vote's name list: names separated by commas, not a numbered paragraph or a RESOLVED line. */
export function looksLikeNameLine(text: string): boolean {
  if (/^\(?\d{1,3}[.)]\s|\bRESOLVED\b|^\(?[a-z]\)\s/.test(text)) return false;
  if (/[.:]$/.test(text) && !/\b(?:Mr|Mrs|Ms|Dr|Miss|Sir)\.?$|\b[A-Z]{2,4}\.$/.test(text)) {
    // A sentence ends here; a name list has no full stop (bar an honour or initial).
    return text.split(',').length > 2;
  }
  return true;
}
