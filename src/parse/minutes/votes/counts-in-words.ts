/**
 * A show of hands reported in a sentence, the numbers often in words: "(Cllr A proposed,
 * Cllr B seconded, five were in favour and two abstained due to declaration of interest)",
 * "six were in favour with one abstained", "all were in favour, two abstained". A vote
 * only when at least one side's count is printed: "all were in favour" alone records no
 * vote. The line stays in the minute's text (it is also the decision's).
 */
import { COUNT, countValue } from '../../common/numbers.js';
import { ref } from '../lines.js';
import { resultOf } from './result.js';
import { noSides, type SideName, type VoteReader } from './types.js';

/** Who voted: "councillors", "members", or nobody named. */
const WHO = String.raw`(?:(?:councillors|members|cllrs)\s+)?`;
/** Each side's phrase: the count first, then the verb. "all" in favour counts nobody, so its count stays null. */
const PHRASES: Array<{ side: SideName; re: RegExp }> = [
  { side: 'for', re: new RegExp(String.raw`\b(all|${COUNT})\s+${WHO}(?:were|was|voted)\s+(?:in\s+favour|for)\b`, 'i') },
  { side: 'against', re: new RegExp(String.raw`\b(${COUNT})\s+${WHO}(?:were|was|voted)\s+against\b`, 'i') },
  { side: 'abstain', re: new RegExp(String.raw`\b(${COUNT})\s+${WHO}(?:(?:were|was)\s+)?abstain(?:ed|ing)\b|\bwith\s+(${COUNT})\s+abstentions?\b`, 'i') },
];

export const countsInWords: VoteReader = {
  name: 'counts in a sentence ("five were in favour and two abstained")',
  read(body, at) {
    const text = body[at].text;
    const sides = noSides();
    let counted = false;
    let firstAt = text.length;
    for (const { side, re } of PHRASES) {
      const m = re.exec(text);
      if (!m) continue;
      const count = countValue(m[1] ?? m[2]);
      sides[side] = { count, names: [] };
      if (count !== null) counted = true;
      firstAt = Math.min(firstAt, m.index);
    }
    if (!counted) return null;
    // What was voted on: the words before the bracket that holds the show of hands, RESOLVED taken off.
    const before = text.slice(0, firstAt);
    const open = before.lastIndexOf('(');
    const motion = (open >= 0 ? before.slice(0, open) : '').replace(/^.*?\bRESOLVED\b\s*[:\-–]?\s*/i, '').trim() || null;
    const vote = { motion, ...sides, result: resultOf(text.slice(firstAt).replace(/\bin\s+favour\b/gi, '')), source: ref(body[at]) };
    return { votes: [vote], used: [], next: at + 1 };
  },
};
