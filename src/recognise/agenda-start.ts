/**
 * Lines that open an agenda without an AGENDA title: a covering letter's "Agenda Item No"
 * column and a clerk's summons. Shared by segmentation (src/segment/cues.ts) and the front
 * sheet parser (src/parse/frontsheet).
 */

/** "Agenda Item No": a covering letter's heading over the items it encloses. */
const ITEM_COLUMN_HEADING = /^Agenda Item No\.?$/i;

export function isItemColumnHeading(text: string): boolean {
  return ITEM_COLUMN_HEADING.test(text.trim());
}

/**
 * "You are summoned to …", "… are hereby summoned to attend a meeting of …": a clerk's
 * summons, which opens a parish sheet that prints no AGENDA title.
 */
const SUMMONS_SENTENCE = /\b(?:are|is) (?:hereby )?summoned to\b/i;

export function isSummons(text: string): boolean {
  return SUMMONS_SENTENCE.test(text);
}
