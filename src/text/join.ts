/**
 * Text fields as the data model wants them: whitespace tidied and lines joined with
 * hyphenation at line ends repaired. The one place parsers turn Line text into
 * field text, so that every field is cleaned the same way whatever the source was.
 */

/** Whitespace other than a single space: a tab, a line break, a run of spaces, a no-break space. */
const ODD_WHITESPACE = /[^\S ]| {2}/;

/**
 * A piece of layout text as a field value: trimmed, every run of whitespace one space. Markup
 * never gets this far: each source turns it into plain text and layout facts (Line.bold,
 * Line.heading), so a field holds what the page printed, `**` footnote marks and `____` blanks
 * included.
 */
export function fieldText(text: string): string {
  // Most texts are layout text, already single-spaced: they skip the replacement.
  return ODD_WHITESPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
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
  const pieces = newPieces();
  for (const raw of texts) appendPiece(pieces, raw);
  return joinPieces(pieces);
}

/**
 * A field's text as the cleaned lines it was printed on, joined only at the end (joinPieces):
 * growing one string and testing its end on every line is quadratic in a long block (V8
 * flattens the string to read its end). `glued[i]` is true where piece i continues the piece
 * before without a space (a hyphen at the line end).
 */
export interface Pieces {
  texts: string[];
  glued: boolean[];
}

export function newPieces(): Pieces {
  return { texts: [], glued: [] };
}

/** Add one line's text to a field's pieces: cleaned, and glued to the piece before where a hyphen at its end says so. */
export function appendPiece(pieces: Pieces, raw: string): void {
  const t = fieldText(raw);
  if (!t) return;
  const { texts, glued } = pieces;
  const last = texts.length - 1;
  let glue = false;
  if (last >= 0 && SOFT_HYPHEN_END.test(texts[last]) && /^[a-z]/.test(t)) {
    texts[last] = texts[last].slice(0, -1);
    glue = true;
  } else if (last >= 0 && KEPT_HYPHEN_END.test(texts[last]) && /^[0-9A-Z]/.test(t)) {
    glue = true;
  }
  texts.push(t);
  glued.push(glue);
}

/** The field value of the pieces. */
export function joinPieces(pieces: Pieces): string {
  const parts: string[] = [];
  pieces.texts.forEach((t, i) => {
    if (i > 0 && !pieces.glued[i]) parts.push(' ');
    parts.push(t);
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
}
