/**
 * The RESOLVED block, in the forms councils print it: "RESOLVED:", "RESOLVED that …",
 * "(27) RESOLVED that:", "It was RESOLVED", "The Committee RESOLVED:", "AGREED:", the same
 * in sentence case ("Resolved that …", Royal Sutton Coldfield; "Resolved:", Whitbourne),
 * and "Committee resolved to …" opening its line; in Welsh minutes "PENDERFYNWYD:" /
 * "Penderfynwyd:" (resolved) and "CYTUNWYD:" / "Cytunwyd:" (agreed). The block runs on to its
 * enumerated parts ("RESOLVED that the Committee:" then "1.", "(a)", "i)").
 */
import { hasGeometry } from '../../../layout/types.js';
import { cleanMarkup, joinLines } from '../../../text/join.js';
import { ref, type MLine } from '../lines.js';
import { isEndedLine } from '../ended.js';
import { isResultLine, parseSideLabel } from '../vote.js';
import { markerOf, partsOf } from './parts.js';
import type { DecisionReader } from './types.js';

/** A paragraph number before RESOLVED: "(4)", "27)", "3.", "(b)". */
export const PARA_NUMBER = /^(\(\d{1,3}\)|\d{1,3}\)|\d{1,3}\.(?=\s)|\([a-z]\))\s*/;
/**
 * The opening of a resolution block. "Committee resolved to note …" is a block only at the
 * start of its line; inside a sentence it is a sentence decision (sentence.ts).
 */
export const RESOLVED_HEAD = /^(?:It\s+was\s+(?:unanimously\s+)?|The\s+(?:Committee|Panel|Council|Board|Cabinet)\s+)?(?:RESOLVED|Resolved|AGREED(?=\s*[:-])|Agreed(?=\s*:)|PENDERFYNWYD|Penderfynwyd(?=\s*:)|CYTUNWYD(?=\s*[:-])|Cytunwyd(?=\s*:))\b\s*(?:[:\-–]\s*)?|^(?:The\s+)?(?:Committee|Panel|Council|Board|Cabinet)\s+resolved\s+(?=to\b|that\b|:)/;
/** Someone arriving or leaving: recorded between minutes' paragraphs, never part of a resolution. */
const MOVEMENT = /\b(?:left|joined|re-?joined|returned\s+to|arrived\s+at|entered|withdrew\s+from)\s+the\s+(?:meeting|room|chamber)\b/i;
/** A bullet point, which a block opened part-way through a line does not run into. */
const BULLET = /^[•●▪]\s/;

interface Shape {
  head: MLine;
  /** The paragraph number printed before RESOLVED, if any. */
  para: string | null;
  /** PDF: the block's lines hang to the right of its paragraph number. */
  hanging: boolean;
  /** The block opened part-way through a line, inside a paragraph or bullet point ("• … many times. Resolved: To authorise …"). */
  midLine: boolean;
}

/** Does a line end the block? `last` is the block's last line so far. */
function endsBlock(line: MLine, last: string, shape: Shape): boolean {
  const t = line.text;
  if (RESOLVED_HEAD.test(t.replace(PARA_NUMBER, ''))) return true;
  if (parseSideLabel(t) || isResultLine(t) || isEndedLine(t) || MOVEMENT.test(t)) return true;
  if (shape.para) {
    const style = shape.para.startsWith('(') ? /^\(\d{1,3}\)\s/ : shape.para.endsWith(')') ? /^\d{1,3}\)\s/ : /^\d{1,3}\.\s/;
    if (style.test(t)) return true;
  }
  // A line back at the margin is the next paragraph.
  if (shape.hanging && line.src.x <= shape.head.src.x + 2 && !markerOf(t)) return true;
  // The paragraph it opened in ends at the next bullet point.
  if (shape.midLine && BULLET.test(t)) return true;
  // Without a paragraph number or indent to go by: a finished sentence followed by a line that
  // is neither a part nor its continuation is the discussion resuming ("Resolved that the minutes
  // … be signed as a true record of the meeting." then the next subject).
  if (!shape.para && !shape.hanging && /[.]$/.test(last) && !markerOf(t) && !/^[a-z]/.test(t)) return true;
  return false;
}

/**
 * "It was moved by Cllr A, seconded by Cllr B and RESOLVED that …", "… many times. Resolved: To
 * authorise …": a block that opens inside a line. Split the line there so the words before stay
 * discussion and the block starts at RESOLVED.
 */
export function splitAtResolved(line: MLine): MLine[] {
  const m = /^(.*?\S)\s+(?=(?:RESOLVED|PENDERFYNWYD)\b)/.exec(line.text) ?? /^(.*?[a-z0-9)][.!?])\s+(?=(?:Resolved|Penderfynwyd)\s*:)/.exec(line.text);
  if (!m || (PARA_NUMBER.test(line.text) && RESOLVED_HEAD.test(line.text.replace(PARA_NUMBER, '')))) return [line];
  return [
    { ...line, text: m[1] },
    { ...line, text: line.text.slice(m[0].length) },
  ];
}

/** Is this line the end part of a source line that splitAtResolved cut in two? */
function isTailOfLine(l: MLine): boolean {
  const whole = cleanMarkup(l.src.text);
  return l.text.length < whole.length && whole.endsWith(l.text) && /[.!?]$/.test(whole.slice(0, whole.length - l.text.length).trim());
}

export const resolvedBlock: DecisionReader = {
  name: 'RESOLVED block',
  read(body, at, skip) {
    const para = PARA_NUMBER.exec(body[at].text);
    const afterPara = para ? body[at].text.slice(para[0].length) : body[at].text;
    const head = RESOLVED_HEAD.exec(afterPara);
    if (!head) return null;

    const headLine = body[at];
    const first = afterPara.slice(head[0].length).trim();
    const lines: string[] = [];
    const blockText: string[] = [afterPara];
    const used = [at];
    const measured = hasGeometry(headLine.src);
    const shape: Shape = {
      head: headLine,
      para: para ? para[1] : null,
      hanging: measured && !!para && at + 1 < body.length && body[at + 1].src.x > headLine.src.x + 4,
      midLine: isTailOfLine(headLine),
    };
    let j = at + 1;
    for (; j < body.length; j++) {
      if (skip.has(j) || endsBlock(body[j], blockText[blockText.length - 1], shape)) break;
      lines.push(body[j].text);
      blockText.push(body[j].text);
      used.push(j);
    }
    // "RESOLVED: That: i) …" — the opening words may carry the first part.
    const partLines = first && markerOf(first) ? [first, ...lines] : lines;
    return { resolutions: [{ text: joinLines(blockText), parts: partsOf(partLines), source: ref(headLine) }], used, next: j };
  },
};
