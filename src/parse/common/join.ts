/**
 * Text fields as the data model wants them: extraction debris removed and lines joined
 * with hyphenation at line ends repaired. The one place parsers turn Line text into
 * field text, so that every field is cleaned the same way whatever the source was.
 */

/** What cleanMarkup acts on: markup characters, entities, odd spaces, runs of whitespace. */
const MAY_NEED_CLEANING = /[*_<[#&\u00a0\u2002-\u200a]|[^\S ]| {2}/;

/**
 * Markup that text extractions leave in Line.text: markdown emphasis and heading marks,
 * HTML tags (`<u>`, `<sup>th</sup>` keeps its "th"), markdown links (the label is kept).
 * The layout is moving these into Line.bold / Line.heading; stripping them here as well
 * keeps parsers right whichever source version they read.
 */
export function cleanMarkup(text: string): string {
  // Most lines have nothing below to remove; they skip a dozen replacements (segmentation
  // and the table reader clean every candidate heading and label).
  if (!MAY_NEED_CLEANING.test(text)) return text.trim();
  return text
    .replace(/\[([^\]]*)\]\((?:https?:|mailto:|www\.)[^)]*\)/g, '$1')
    .replace(/\*{4}/g, ' ') // "**A****B**": two bold runs glued by the extractor
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[a-zA-Z][^>]*>/g, '')
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\*\*|__/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&nbsp;/g, ' ')
    .replace(/[\u00a0\u2002-\u200a]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A line that is only a markdown rule or a table separator carries no text. */
export function isRuleLine(text: string): boolean {
  return /^\s*(?:[-*_=]\s*){3,}$/.test(text) || /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*$/.test(text);
}

/**
 * A hyphen at a line end followed by a lower-case word is soft hyphenation ("Barrington-"
 * + "King" keeps its hyphen, "consider-" + "ation" loses it); after a digit it is a range
 * ("2026-" + "27") and stays, without a space.
 */
const SOFT_HYPHEN_END = /([A-Za-z])[-\u2010\u00ad]$/;
const KEPT_HYPHEN_END = /[0-9A-Za-z][-\u2010]$/;

/** Join line texts into one field value, cleaning each and repairing end-of-line hyphenation. */
export function joinLines(texts: Iterable<string>): string {
  // Pieces are collected and joined once: growing one string and testing its end each time
  // makes a long block quadratic (V8 flattens the string to read its end).
  const pieces: string[] = [];
  for (const raw of texts) {
    const t = cleanMarkup(raw);
    if (!t) continue;
    const last = pieces.length - 1;
    if (last < 0) {
      pieces.push(t);
    } else if (SOFT_HYPHEN_END.test(pieces[last]) && /^[a-z]/.test(t)) {
      pieces[last] = pieces[last].slice(0, -1) + t;
    } else if (KEPT_HYPHEN_END.test(pieces[last]) && /^[0-9A-Z]/.test(t)) {
      pieces[last] += t;
    } else {
      pieces.push(t);
    }
  }
  return pieces.join(' ').replace(/\s+/g, ' ').trim();
}
