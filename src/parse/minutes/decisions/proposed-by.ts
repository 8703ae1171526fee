/**
 * A numbered motion with its proposer and seconder on one line, the motion below it and
 * the outcome on the last line (Wroxton & Balscote, November 2024, Appendix One):
 *
 *   1. Proposed by   Cllr Robarts   Seconded by Cllr Ker
 *      That HSBC ("the Bank") is authorised to act on …
 *      Unanimously approved
 *
 * Only an approved motion is a resolution; one the minutes record as not approved or lost
 * is left in the minute's text.
 */
import { joinLines } from '../../../text/join.js';
import { ref } from '../lines.js';
import type { DecisionReader } from './types.js';

const PROPOSAL = /^(?:\(?\d{1,2}[.)]\s+)?Proposed\s+by\s+.+?\s+Seconded\s+by\s+\S/i;
/** The outcome line: "Unanimously approved", "Approved", "Carried", "Agreed". */
const APPROVED = /^(?:unanimously\s+)?(?:approved|agreed|carried|passed|adopted)(?:\s+unanimously)?\.?$/i;
const REJECTED = /^(?:not\s+(?:approved|agreed|carried)|lost|defeated|rejected|fell)\.?$/i;
/** How many lines a motion may take before its outcome (Appendix One's longest: a list of four signatories). */
const MAX_MOTION_LINES = 12;

export const proposedBy: DecisionReader = {
  name: 'numbered "Proposed by … Seconded by …" with its outcome',
  read(body, at, skip) {
    if (!PROPOSAL.test(body[at].text)) return null;
    for (let j = at + 1; j < Math.min(body.length, at + 1 + MAX_MOTION_LINES); j++) {
      const t = body[j].text;
      if (skip.has(j) || PROPOSAL.test(t) || REJECTED.test(t)) return null;
      if (!APPROVED.test(t)) continue;
      const used = Array.from({ length: j - at + 1 }, (_, k) => at + k);
      const text = joinLines(used.map((k) => body[k].text));
      return { resolutions: [{ text, parts: [], source: ref(body[at]) }], used, next: j + 1 };
    }
    return null;
  },
};
