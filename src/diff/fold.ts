/**
 * What counts as "the same text" when two versions of a tracker are compared. Two
 * extractions of the same page (a PDF and a text export, or two versions of pdf.js) print
 * the same words with different quotes, dashes, case, spacing (a PDF's word gaps are
 * guessed from glyph positions) and line-end hyphenation ("e-mailed" / "emailed",
 * "communi- cation"). None of that is a change anyone needs to see, so text fields are
 * equal when their letters and digits are: the folding `actionId` (src/parse/tracker/id.ts)
 * applies to the action, so two rows with one id never differ in `action`.
 */

/** A hyphen or dash joining two letters or digits, with the space a line break may leave after it. */
const JOINING_HYPHEN = /(?<=[\p{L}\p{N}])[-\u2010-\u2015\u2212]\s*(?=[\p{L}\p{N}])/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** The lower-case words of a text, hyphenated words joined: "E-mailed on 4 Nov." → "emailed on 4 nov". */
export function wording(text: string): string {
  return (text.normalize('NFKD').toLowerCase().replace(JOINING_HYPHEN, '').match(WORD) ?? []).join(' ');
}

/** The letters and digits of a text, lower case: "E-mailed on 4 Nov." → "emailedon4nov". */
function lettersAndDigits(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** Two nullable text fields say the same thing (null only equals null). */
export function sameWording(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return lettersAndDigits(a) === lettersAndDigits(b);
}

/**
 * The list marker that trackers put before an action ("ii)", "a)", "3)", "b.", "(iv)").
 * Renumbering a list is not a rewording, so the marker is left out of the words compared.
 */
const LIST_MARKER = /^\s*\(?(?:[ivxl]{1,6}|[a-z]|\d{1,2})[).]\s+/i;

/** The distinct words of an action, without its list marker, for similarity. */
export function actionWords(action: string): Set<string> {
  const words = wording(action.replace(LIST_MARKER, ''));
  return new Set(words === '' ? [] : words.split(' '));
}

/** Jaccard similarity of two word sets: shared words over all words, 0 to 1. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}
