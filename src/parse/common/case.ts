/**
 * Letter case of names. Council, committee and venue names printed all in capitals as a
 * typographic style are given in their usual form, as the data model's examples are; any
 * text with a lower-case letter keeps its case as printed. Item titles never pass through
 * here: they are kept as printed.
 */

/** True when the text has letters and none of them is lower case ("BIRMINGHAM CITY COUNCIL"). */
export function isShouting(text: string): boolean {
  return /[A-Z]{2}/.test(text) && !/[a-z]/.test(text);
}

/** Words kept in lower case inside a title-cased name, unless they open it; with Welsh "ac" (and), "y", "yr" (the), "o" (of). */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'ac', 'y', 'yr', 'o']);

/**
 * "EDUCATION, CHILDREN AND YOUNG PEOPLE OVERVIEW AND SCRUTINY COMMITTEE" → "Education, Children
 * and Young People Overview and Scrutiny Committee". Used for names only (council, committee,
 * venue) when the whole name is printed in capitals as a typographic style: the data model's
 * own examples give these names in their usual form. Words with digits (postcodes "B1 1BB",
 * "ME14") and short marks such as "O&S" keep their capitals. Text with any lower-case letter is
 * returned unchanged: its case is as printed.
 */
export function nameCase(text: string): string {
  if (!isShouting(text)) return text;
  let first = true;
  return text.replace(/[A-Za-z][A-Za-z'’&]*[A-Za-z0-9]*|[0-9][A-Za-z0-9]*/g, (word) => {
    const wasFirst = first;
    first = false;
    if (/\d/.test(word) || word.includes('&')) return word;
    const lower = word.toLowerCase();
    if (!wasFirst && MINOR_WORDS.has(lower)) return lower;
    return lower.charAt(0).toUpperCase() + lower.slice(1);
  });
}
