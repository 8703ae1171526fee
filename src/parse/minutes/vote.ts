/**
 * Recorded votes: "For (57)" / "Against (0)" / "Abstain (2)" with the names under each
 * side, and the result line after them ("Motion carried.", "Amendment lost."). A result
 * printed alone on its line ("Agreed unanimously.") is a vote whose counts were not
 * recorded.
 */
import type { Context } from '../../context.js';
import type { Vote, VoteSide } from '../../schema/pack.js';
import { cleanMarkup, joinLines } from '../common/join.js';
import { splitNames } from '../common/names.js';
import { ref, type MLine } from './lines.js';

type SideName = 'for' | 'against' | 'abstain';

/**
 * A side label: "For (57)", "Against: 3", "Abstentions (2)", or the bare word on its own line.
 * A sentence that starts with "For" ("For example …") is not a label: a count or nothing must follow.
 */
const SIDE = /^(For|Against|Abstain(?:ed|ing)?|Abstentions?)\b\s*(?:\(\s*(\d+)\s*\)|[:\-–]?\s*(\d+)\s*(?=$|[:.])|:)?\s*[:.]?\s*(.*)$/i;

/** What was decided, as printed: the verb phrase of a result line. */
const RESULT_WORDS = /\b(carried unanimously|agreed unanimously|unanimously agreed|not carried|carried|lost|fell|defeated|rejected|agreed|approved|passed)\b/i;
/** A result alone on its line: "Motion carried.", "Substantive Motion Carried.", "Amendment lost.", "Agreed unanimously." */
const RESULT_LINE = /^(?:the\s+)?(?:(?:substantive|original|amended)\s+)?(?:motion|amendment|recommendations?|proposal)?\s*(?:\(as amended\)\s*)?(?:was\s+)?(?:(?:therefore|thus|declared|duly)\s+)*(?:carried unanimously|agreed unanimously|unanimously agreed|not carried|carried|lost|fell|defeated|rejected|agreed|approved|passed)\s*\.?$/i;

/** Counts printed in a sentence: "(For 5, Against 2, Abstain 1)", "For: 8; Against: 0". */
const INLINE_COUNTS = /\b(?:For|In\s+favour)\s*[:\-–]?\s*\(?(\d+)\)?[,;\s]+(?:and\s+)?Against\s*[:\-–]?\s*\(?(\d+)\)?(?:[,;\s]+(?:and\s+)?(?:Abstain(?:ed|ing)?|Abstentions?)\s*[:\-–]?\s*\(?(\d+)\)?)?/i;

function inlineCounts(text: string): Pick<Vote, 'for' | 'against' | 'abstain'> | null {
  const m = INLINE_COUNTS.exec(text);
  if (!m) return null;
  const side = (n: string | undefined): VoteSide => ({ count: n === undefined ? null : Number(n), names: [] });
  return { for: side(m[1]), against: side(m[2]), abstain: side(m[3]) };
}

/** A sentence reporting the result right after the counts: "Upon being put to the vote the motion was CARRIED." */
const RESULT_SENTENCE = /\b(?:motion|amendment|recommendations?|proposal)\b.{0,40}\b(?:was|were)\s+(?:\w+\s+)?(?:carried|lost|defeated|agreed|approved|rejected|passed)\b/i;

function sideOf(label: string): SideName {
  const l = label.toLowerCase();
  // Anything else SIDE matches is a form of abstaining.
  if (l === 'for') return 'for';
  if (l === 'against') return 'against';
  return 'abstain';
}

export function isResultLine(text: string): boolean {
  return RESULT_LINE.test(text.trim());
}

/** Is this a side label line? Returns its side, printed count and any names on the same line. */
export function parseSideLabel(raw: string): { side: SideName; count: number | null; rest: string } | null {
  // "Councillors voting for the motion:", "In favour (12)", "Members abstaining:" say the same as "For", "Abstain".
  const text = raw
    .trim()
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

function resultOf(text: string): string | null {
  const m = RESULT_WORDS.exec(text);
  if (!m) return null;
  const r = m[1].toLowerCase();
  return r === 'unanimously agreed' ? 'agreed unanimously' : r;
}

/** The paragraph above the vote that says what was put to it ("The Chairman put the motion … to the vote"). */
function motionAbove(body: MLine[], first: number, used: Set<number>): string | null {
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

function emptySide(): VoteSide {
  return { count: null, names: [] };
}

function noSides(): Record<SideName, VoteSide> {
  return { for: emptySide(), against: emptySide(), abstain: emptySide() };
}

/** The line that reports a vote's result after its names: a bare result ("CARRIED") or a sentence saying so. */
function reportsResult(text: string): boolean {
  return isResultLine(text) || RESULT_SENTENCE.test(text);
}

/** The result reported on body[at], if it reports one (the line is then used); and the line after the vote. */
function readResult(body: MLine[], at: number, used: Set<number>): { result: string | null; next: number } {
  if (at >= body.length || !reportsResult(body[at].text)) return { result: null, next: at };
  used.add(at);
  return { result: resultOf(body[at].text), next: at + 1 };
}

/**
 * Every vote in a minute's body. Returns the votes and the indices of the body lines they
 * used (labels, names, results), so the minute's text leaves them out.
 */
export function findVotes(body: MLine[], ctx: Context): { votes: Vote[]; used: Set<number> } {
  const votes: Vote[] = [];
  const used = new Set<number>();
  for (let i = 0; i < body.length; i++) {
    const columns = columnHeader(body[i]);
    const label = columns ? null : parseSideLabel(body[i].text);
    if (!label && !columns && isResultLine(body[i].text)) {
      votes.push({ motion: motionAbove(body, i, used), ...noSides(), result: resultOf(body[i].text), source: ref(body[i]) });
      used.add(i);
      continue;
    }
    if (columns) {
      const read = readColumns(body, i, columns, used);
      votes.push({ motion: motionAbove(body, i, used), ...read.sides, result: read.result, source: ref(body[i]) });
      warnMismatches(read.sides, body[i], ctx);
      i = read.next - 1;
      continue;
    }
    if (!label) {
      const inline = inlineCounts(body[i].text);
      if (inline) votes.push({ ...inline, motion: null, result: resultOf(body[i].text.replace(INLINE_COUNTS, '')), source: ref(body[i]) });
      continue;
    }

    const block = readSideBlock(body, i, used);
    warnMismatches(block.sides, body[i], ctx, block.refs);
    votes.push({ motion: motionAbove(body, i, used), ...block.sides, result: block.result, source: ref(body[i]) });
    i = block.next - 1;
  }
  return { votes, used };
}

/** Side labels one under another, each with its names below it, then the result line. */
function readSideBlock(body: MLine[], at: number, used: Set<number>) {
  const sides = noSides();
  const refs: Partial<Record<SideName, MLine>> = {};
  let j = at;
  for (let label = parseSideLabel(body[j].text); label; label = j < body.length ? parseSideLabel(body[j].text) : null) {
    used.add(j);
    const names: string[] = label.rest ? [label.rest] : [];
    let k = j + 1;
    while (k < body.length && !parseSideLabel(body[k].text) && !isResultLine(body[k].text) && looksLikeNameLine(body[k].text)) {
      names.push(nameLineText(body[k]));
      used.add(k);
      k++;
    }
    sides[label.side] = { count: label.count, names: splitNames(joinLines(names)) };
    refs[label.side] = body[j];
    j = k;
  }
  return { sides, refs, ...readResult(body, j, used) };
}

function warnMismatches(sides: Record<SideName, VoteSide>, at: MLine, ctx: Context, refs: Partial<Record<SideName, MLine>> = {}): void {
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

function cellTexts(l: MLine): Array<{ text: string; x: number }> {
  return l.src.cells.map((c) => ({ text: cleanMarkup(c.text), x: c.x })).filter((c) => c.text);
}

/**
 * A name line as list text. Names set in columns come as cells with no commas between them
 * ("Mr Baker | Mr Baldock | Mr Bartlett"): the cells are separate names.
 */
function nameLineText(l: MLine): string {
  const cells = cellTexts(l);
  if (cells.length > 1 && cells.every((c) => !c.text.includes(','))) return cells.map((c) => c.text).join(', ') + ',';
  return l.text;
}

interface Column {
  side: SideName;
  count: number | null;
  x: number;
}

/** "For (3) | Against (2) | Abstain (0)" on one line, each side heading a column of names. */
function columnHeader(l: MLine): Column[] | null {
  const cells = cellTexts(l);
  if (cells.length < 2) return null;
  const cols: Column[] = [];
  for (const c of cells) {
    const label = parseSideLabel(c.text);
    if (!label || label.rest) return null;
    cols.push({ side: label.side, count: label.count, x: c.x });
  }
  return cols;
}

/** Read the names under column headings: each cell goes to the column it starts under. */
function readColumns(body: MLine[], at: number, cols: Column[], used: Set<number>) {
  /** How far left of its column heading a name may start and still be under it (points or characters). */
  const COLUMN_SLACK = 6;
  const texts: Record<SideName, string[]> = { for: [], against: [], abstain: [] };
  used.add(at);
  let k = at + 1;
  for (; k < body.length; k++) {
    const t = body[k].text;
    if (parseSideLabel(t) || reportsResult(t) || !looksLikeNameLine(t)) break;
    for (const cell of cellTexts(body[k])) {
      const col = [...cols].reverse().find((c) => cell.x >= c.x - COLUMN_SLACK) ?? cols[0];
      texts[col.side].push(cell.text.endsWith(',') ? cell.text : cell.text + ',');
    }
    used.add(k);
  }
  const sides = noSides();
  for (const c of cols) sides[c.side] = { count: c.count, names: splitNames(joinLines(texts[c.side])) };
  return { sides, ...readResult(body, k, used) };
}

/** A line of a vote's name list: names separated by commas, not a numbered paragraph or a RESOLVED line. */
function looksLikeNameLine(text: string): boolean {
  if (/^\(?\d{1,3}[.)]\s|\bRESOLVED\b|^\(?[a-z]\)\s/.test(text)) return false;
  if (/[.:]$/.test(text) && !/\b(?:Mr|Mrs|Ms|Dr|Miss|Sir)\.?$|\b[A-Z]{2,4}\.$/.test(text)) {
    // A sentence ends here; a name list has no full stop (bar an honour or initial).
    return text.split(',').length > 2;
  }
  return true;
}
