/**
 * Character-level clean-up shared by every source: what extraction leaves behind that is
 * not part of the printed text.
 */

/** Ligatures and look-alike spaces that PDF fonts and word processors emit. */
const CHARACTER_FIXES: Array<[RegExp, string]> = [
  [/\u00ad/g, ''], // soft hyphen: a hyphenation point, invisible when printed mid-line
  [/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' '], // no-break and typographic spaces
  [/[\u200b-\u200d\ufeff]/g, ''], // zero-width characters
  [/\ufb00/g, 'ff'],
  [/\ufb01/g, 'fi'],
  [/\ufb02/g, 'fl'],
  [/\ufb03/g, 'ffi'],
  [/\ufb04/g, 'ffl'],
  [/\t/g, ' '],
];

/** Fold extraction debris out of one piece of text: odd spaces, ligatures, runs of spaces. */
export function cleanText(s: string): string {
  let out = s;
  for (const [re, to] of CHARACTER_FIXES) out = out.replace(re, to);
  return out.replace(/ {2,}/g, ' ').trim();
}
