/**
 * Text clean-up the front-sheet rules need on every line they read.
 *
 * The text source is moving markdown emphasis (`**`, `#`, `<u>`) out of Line.text into
 * Line.bold / Line.heading; until every source does, stray markup is removed here, in one
 * place, so that no rule has to allow for it.
 */

/** Markdown and HTML debris that can still sit in a line's text. */
const MARKUP: Array<[RegExp, string]> = [
  [/\*{4}/g, ' '], // "**A****B**": two bold runs printed on separate lines, glued by the extractor
  [/\*\*|__/g, ''],
  [/<\/?(?:u|b|i|strong|em|span|sup|sub)\b[^>]*>/gi, ''],
  [/<br\s*\/?>/gi, ' '],
  [/^#{1,6}\s+/, ''],
  [/\[([^\]]+)\]\((?:https?:|mailto:)[^)]*\)/g, '$1'], // [label](url) → label
];

/** The line's text without markup, with single spaces. */
export function clean(text: string): string {
  let out = text;
  for (const [re, to] of MARKUP) out = out.replace(re, to);
  return out.replace(/\s+/g, ' ').trim();
}

/** True when the text has letters and none of them is lower case ("BIRMINGHAM CITY COUNCIL"). */
export function isShouting(text: string): boolean {
  return /[A-Z]{2}/.test(text) && !/[a-z]/.test(text);
}

/** Words kept in lower case inside a title-cased name, unless they open it. */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

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
