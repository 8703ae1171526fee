/** Joining the pieces of a wrapped cell back into the text as printed. */
import { joinLines } from '../common/join.js';

/** Append a wrapped cell's next piece, repairing end-of-line hyphenation by the one shared rule. */
export function joinText(before: string | undefined, after: string): string {
  return before ? joinLines([before, after]) : after;
}

/** Words that cannot end a phrase: a piece ending in one is continued by the next piece. */
const CONNECTIVE_END = /(?:\b(?:and|or|of|for|the|to|in|on|with|by|a|an|at|from)|[-–&,\/(])$/i;

/** True when the text visibly stops mid-phrase ("… Budget Savings and", "MENTAL HEALTH SERVICES -"). */
export function endsMidPhrase(text: string): boolean {
  return CONNECTIVE_END.test(text.trim());
}

/** Sentence-final punctuation: a cell ending in it may be complete. */
export function endsSentence(text: string): boolean {
  return /[.;:!?)'"’”]$/.test(text.trim());
}
