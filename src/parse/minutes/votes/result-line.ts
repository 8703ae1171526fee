/**
 * A result printed alone on its line after a motion was put ("Motion carried.",
 * "Agreed unanimously.", "Amendment lost."): a vote whose counts were not recorded.
 */
import { ref } from '../lines.js';
import { isResultLine, resultOf } from './result.js';
import { motionAbove } from './sides.js';
import { noSides, type VoteReader } from './types.js';

/**
 * "Proposed SK, seconded MC. All in favour." then "Approved." wrapped onto the next line
 * (Whitbourne): the word ends a show of hands with no counts, which is not a recorded vote.
 */
const ENDS_SHOW_OF_HANDS = /\ball\s+(?:were\s+)?in\s+favour\.?\s*$/i;
/** "Bank Reconciliation:" then "Approved" (Wroxton & Balscote): the value of a label, not a vote's result. */
const LABEL = /:\s*$/;

export const resultAlone: VoteReader = {
  name: 'a result alone on its line',
  read(body, at, { used }) {
    if (!isResultLine(body[at].text)) return null;
    if (at > 0 && (ENDS_SHOW_OF_HANDS.test(body[at - 1].text) || LABEL.test(body[at - 1].text))) return null;
    // Without a motion put, proposed or seconded just above, the word is an outcome printed in a
    // table or list ("Approved." in a grants table's recommendation column), not a vote's result.
    const motion = motionAbove(body, at, used);
    if (motion === null) return null;
    const vote = { motion, ...noSides(), result: resultOf(body[at].text), source: ref(body[at]) };
    return { votes: [vote], used: [at], next: at + 1 };
  },
};
