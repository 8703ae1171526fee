/**
 * Comparing titles as printed in different places: the front sheet ("Governance & Audit
 * Terms of Reference update"), a report's "Subject:" ("Governance and Audit Committee Terms
 * of Reference: Update") and a bookmark. Word sets, not strings, because each place words
 * the same title a little differently.
 */

/** Words that say nothing about which item a title is. */
const STOPWORDS = new Set([
  'a', 'an', 'and', 'the', 'of', 'to', 'for', 'in', 'on', 'at', 'by', 'with', 'from', 'or', 'if', 'be', 'as', 'is',
  'its', 'their', 'this', 'that', 'any', 'item', 'report', 'update', 'updates',
]);

/** Month names fold to three letters so that "Oct" and "October" agree. */
const MONTH = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/;

/** The meaningful words of a title, folded: lower case, plural "s" and ordinal suffixes dropped. */
export function titleWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (!raw || STOPWORDS.has(raw)) continue;
    let w = raw.replace(/^(\d+)(st|nd|rd|th)$/, '$1');
    const month = MONTH.exec(w);
    if (month && w.length <= 9) w = month[1];
    else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
    out.add(w);
  }
  return out;
}

/** How much of `wanted` (e.g. an agenda title) the other text covers, from 0 to 1. */
export function coverage(wanted: Set<string>, found: Set<string>): number {
  if (wanted.size === 0) return 0;
  let hit = 0;
  for (const w of wanted) if (found.has(w)) hit++;
  return hit / wanted.size;
}
