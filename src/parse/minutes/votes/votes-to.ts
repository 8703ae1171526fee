/**
 * A majority reported as a score: "the recommendation was carried by 22 votes to one, with two
 * abstentions", "carried by 6 votes to 3 with 1 abstention", "lost by 4 votes to 7". The first
 * count is the side the result names (for, whether it was carried or lost), the second against.
 * Counts without names: each side's `names` is empty.
 */
import { COUNT, countValue } from '../../common/numbers.js';
import { ref } from '../lines.js';
import { resultOf } from './result.js';
import { noSides, type VoteReader } from './types.js';

const SCORE = new RegExp(
  String.raw`\b(carried|lost|defeated|agreed|approved|passed|rejected)\s+by\s+(${COUNT})\s+votes?\s+to\s+(${COUNT})(?:,?\s+(?:with\s+)?(${COUNT})\s+abstentions?)?`,
  'i',
);

export const votesTo: VoteReader = {
  name: 'a score ("carried by 6 votes to 3 with 1 abstention")',
  read(body, at) {
    const text = body[at].text;
    const m = SCORE.exec(text);
    if (!m) return null;
    const sides = noSides();
    sides.for = { count: countValue(m[2]), names: [] };
    sides.against = { count: countValue(m[3]), names: [] };
    if (m[4] !== undefined) sides.abstain = { count: countValue(m[4]), names: [] };
    const motion = text.slice(0, m.index).replace(/\b(?:was|were|is)\s*$/i, '').replace(/^.*?\bRESOLVED\b\s*[:\-–]?\s*/i, '').trim() || null;
    return { votes: [{ motion, ...sides, result: resultOf(m[1]), source: ref(body[at]) }], used: [], next: at + 1 };
  },
};
