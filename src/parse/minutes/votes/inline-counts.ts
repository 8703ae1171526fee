/**
 * Counts printed in a sentence with their side words: "(For 5, Against 2, Abstain 1)",
 * "For: 8; Against: 0", "the motion was CARRIED (for 7, against 2, abstentions 1)", and in
 * Welsh "(O blaid 5, Yn erbyn 2, Ymatal 1)" (for, against, abstaining). The
 * line stays in the minute's text: it usually carries the decision too.
 */
import type { Vote, VoteSide } from '../../../schema/pack.js';
import { ref } from '../lines.js';
import { resultOf } from './result.js';
import type { VoteReader } from './types.js';

const INLINE_COUNTS =
  /\b(?:For|In\s+favour|O\s+blaid)\s*[:\-–]?\s*\(?(\d+)\)?[,;\s]+(?:(?:and|ac?)\s+)?(?:Against|Yn\s+erbyn)\s*[:\-–]?\s*\(?(\d+)\)?(?:[,;\s]+(?:(?:and|ac?)\s+)?(?:Abstain(?:ed|ing)?|Abstentions?|Ymatal\w*)\s*[:\-–]?\s*\(?(\d+)\)?)?/i;

function side(n: string | undefined): VoteSide {
  return { count: n === undefined ? null : Number(n), names: [] };
}

export const countsWithSideWords: VoteReader = {
  name: 'counts after their side words in a sentence',
  read(body, at) {
    const text = body[at].text;
    const m = INLINE_COUNTS.exec(text);
    if (!m) return null;
    const vote: Vote = { motion: null, for: side(m[1]), against: side(m[2]), abstain: side(m[3]), result: resultOf(text.replace(INLINE_COUNTS, '')), source: ref(body[at]) };
    return { votes: [vote], used: [], next: at + 1 };
  },
};
