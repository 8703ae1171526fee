/**
 * Text normalisation shared by matching and comparing: two versions of a tracker, or the
 * same tracker read from a PDF and from a text extraction, print the same words with
 * different quotes, dashes and spacing, and that is not a change anyone needs to see.
 */

const CURLY_SINGLE = /[\u2018\u2019\u201a\u201b\u2032]/g;
const CURLY_DOUBLE = /[\u201c\u201d\u201e\u201f\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /\s+/g;

/** The text with typographic variants folded and whitespace collapsed; case is kept. */
export function foldText(text: string): string {
  return text.replace(CURLY_SINGLE, "'").replace(CURLY_DOUBLE, '"').replace(DASHES, '-').replace(SPACES, ' ').trim();
}

/** A nullable text field folded the same way, so that `null` and "" stay distinguishable. */
export function foldField(text: string | null): string | null {
  return text === null ? null : foldText(text);
}

/**
 * The list marker that trackers put before an action ("ii)", "a)", "3)", "b.", "(iv)").
 * Renumbering a list is not a rewording, so the marker is left out of the words compared.
 */
const LIST_MARKER = /^\s*\(?(?:[ivxl]{1,6}|[a-z]|\d{1,2})[).]\s+/i;

/** The distinct lower-case words of an action, without its list marker. */
export function actionWords(action: string): Set<string> {
  const body = foldText(action).replace(LIST_MARKER, '').toLowerCase();
  return new Set(body.match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Jaccard similarity of two word sets: shared words over all words, 0 to 1. */
export function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}
