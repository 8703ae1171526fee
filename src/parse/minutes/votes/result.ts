/**
 * Result words shared by the vote readers: what was decided, as printed ("carried",
 * "lost", "agreed unanimously"), and the line or sentence that reports it.
 */

/** What was decided, as printed: the verb phrase of a result line. */
const RESULT_WORDS = /\b(carried unanimously|agreed unanimously|unanimously agreed|not carried|carried|lost|fell|defeated|rejected|agreed|approved|passed)\b/i;
/** A result alone on its line: "Motion carried.", "Substantive Motion Carried.", "Amendment lost.", "Agreed unanimously." */
const RESULT_LINE = /^(?:the\s+)?(?:(?:substantive|original|amended)\s+)?(?:motion|amendment|recommendations?|proposal)?\s*(?:\(as amended\)\s*)?(?:was\s+)?(?:(?:therefore|thus|declared|duly)\s+)*(?:carried unanimously|agreed unanimously|unanimously agreed|not carried|carried|lost|fell|defeated|rejected|agreed|approved|passed)\s*\.?$/i;
/** A sentence reporting the result right after the counts: "Upon being put to the vote the motion was CARRIED." */
const RESULT_SENTENCE = /\b(?:motion|amendment|recommendations?|proposal)\b.{0,40}\b(?:was|were)\s+(?:\w+\s+)?(?:carried|lost|defeated|agreed|approved|rejected|passed)\b/i;

export function isResultLine(text: string): boolean {
  return RESULT_LINE.test(text.trim());
}

/** The line that reports a vote's result after its names: a bare result ("CARRIED") or a sentence saying so. */
export function reportsResult(text: string): boolean {
  return isResultLine(text) || RESULT_SENTENCE.test(text);
}

/** The printed result in lower case, "unanimously agreed" said the one way. */
export function resultOf(text: string): string | null {
  const m = RESULT_WORDS.exec(text);
  if (!m) return null;
  const r = m[1].toLowerCase();
  return r === 'unanimously agreed' ? 'agreed unanimously' : r;
}
