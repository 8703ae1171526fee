/** Joining the pieces of a wrapped cell back into the text as printed. */

/** A piece ending in a letter and a hyphen, continued by a lower-case word, was hyphenated at the line end. */
const LINE_END_HYPHEN = /(\p{L})-$/u;

export function joinText(before: string | undefined, after: string): string {
  if (!before) return after;
  if (LINE_END_HYPHEN.test(before) && /^\p{Ll}/u.test(after)) return before.slice(0, -1) + after;
  return `${before} ${after}`;
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
