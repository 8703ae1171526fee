/**
 * Small counts written as words or digits ("five were in favour", "with 1 abstention"),
 * as minutes print the numbers of a show of hands. Shared so that every reader spells
 * the same numbers the same way.
 */

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** A regex source matching one count: digits, a number word up to twenty, "none" or "no". */
export const COUNT = `(?:\\d{1,3}|${WORDS.join('|')}|none|no)`;

/** The value of a count matched by COUNT ("five" → 5, "none" → 0), or null for anything else. */
export function countValue(text: string): number | null {
  const t = text.trim().toLowerCase();
  if (/^\d{1,3}$/.test(t)) return Number(t);
  if (t === 'none' || t === 'no') return 0;
  const i = WORDS.indexOf(t);
  return i >= 0 ? i : null;
}
