/**
 * Actions marked in the right margin of the minutes, with no column header: the paragraph's last
 * line carries who is to act, set apart at the right ("… to renew membership at a cost of £205.
 * | Clerk", "Cllr. O. Williams and Clerk to action. | Cllr. O. Williams/Clerk"). The paragraph
 * that ends on that line is the action. Other margin notes ("Noted", "Signed by the Chair", sums
 * of money) name nobody and are not actions.
 *
 * Where the paragraph starts, reading up from the note:
 * - at an enumerator ("vii)") opening a line not far above, whatever sentences end between: the
 *   note closes the numbered sub-item ("vii) … request for a contribution … Hall. / Proposed by
 *   …, seconded by … that £300 be given towards | Clerk");
 * - else after a finished sentence, a heading, or another margin note;
 * - and a list closed by the note takes its lead-in line ("It was unanimously agreed to donate as
 *   follows:" above the bulleted donations).
 */
import type { Line } from '../../layout/types.js';
import type { ActionRow } from '../../schema/pack.js';
import { ENDS_WITH_ABBREVIATION } from '../common/abbreviations.js';
import { fieldText, joinLines } from '../../text/join.js';
import type { Parsed } from '../types.js';
import { minutesActionRow } from './action-row.js';

/**
 * One person who acts: a role, or a councillor by title and name ("Cllr. O. Williams", "Cllr.
 * Joseph Davies"). Welsh minutes name the same roles in Welsh: "Clerc" (clerk), "Cadeirydd"
 * (chair), "Ysgrifennydd" (secretary), "Trysorydd" (treasurer), "Pawb" (all), "Cyng." (Cllr).
 */
const ACTOR = String.raw`(?:Clerk|Chair(?:man|person)?|Secretary|Treasurer|All|Clerc|Cadeirydd|Ysgrifennydd|Trysorydd|Pawb|(?:Cllrs?|Councillor|Mr|Mrs|Ms|Dr|Cyng|Cynghorydd)\.?\s+(?:[A-Z]\.\s*)*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)`;
/** The margin note: one or more actors joined by "/", "&", ",", "and", or the Welsh "a", "ac", "a’r" (and, and the). */
const MARGIN_LEAD = new RegExp(String.raw`^${ACTOR}(?:\s*(?:/|&|,|and|a|ac|a['’]r)\s*${ACTOR})*$`);
/** Where a paragraph begins: after a finished sentence or a heading, or at an enumerator ("iii)", "4.", "(a)"). */
const ENUMERATOR = /^(?:\(?[ivx]+\)|\(?[a-z]\)|\d{1,2}[a-z]{0,5}\)|\d{1,2}(?:\.\d+)*[.)]?\s)\s*/i;
/** A paragraph runs back at most this many lines from its margin note. */
const MAX_PARAGRAPH_LINES = 8;
/** A list entry's bullet: a bullet character, or a symbol font's private-use glyph ("\uF0B7"). */
const LIST_BULLET = /^[•●▪◦○\uE000-\uF8FF]/;

/** The title given to rows read from margin notes. */
export const MARGIN_ACTIONS_TITLE = 'Actions in the margin';

function marginLead(line: Line): string | null {
  if (line.cells.length !== 2) return null;
  const note = fieldText(line.cells[1].text);
  return MARGIN_LEAD.test(note) ? note : null;
}

/** The text a line contributes to its paragraph: its first cell where a margin note stands beside it. */
function bodyText(line: Line): string {
  return fieldText(line.cells.length === 2 ? line.cells[0].text : line.text);
}

/** A line that cannot be inside the paragraph above a note: another margin note, a row of cells, a heading in capitals. */
function outsideParagraph(line: Line): boolean {
  const text = bodyText(line);
  return marginLead(line) !== null || line.cells.length > 1 || text === text.toUpperCase();
}

/** The enumerator line that opens the sub-item the note at `i` closes, if one is near above. */
function subItemStart(lines: Line[], i: number): number | null {
  for (let k = i; k >= 0 && i - k < MAX_PARAGRAPH_LINES; k--) {
    if (ENUMERATOR.test(bodyText(lines[k]))) return k;
    if (k > 0 && (outsideParagraph(lines[k - 1]) || bodyText(lines[k - 1]).endsWith(':'))) return null;
  }
  return null;
}

/** The first line of the paragraph the note at `i` closes. */
function paragraphStart(lines: Line[], i: number): number {
  const sub = subItemStart(lines, i);
  if (sub !== null) return sub;
  let from = i;
  while (from > 0 && i - from < MAX_PARAGRAPH_LINES && !ENUMERATOR.test(bodyText(lines[from]))) {
    const prev = bodyText(lines[from - 1]);
    const sentenceEnds = /[.:]$/.test(prev) && !ENDS_WITH_ABBREVIATION.test(prev);
    if (sentenceEnds || outsideParagraph(lines[from - 1])) break;
    from--;
  }
  const leadIn = from > 0 ? bodyText(lines[from - 1]) : '';
  if (LIST_BULLET.test(bodyText(lines[from])) && leadIn.endsWith(':') && !outsideParagraph(lines[from - 1])) from--;
  return from;
}

export function parseMarginActions(lines: Line[], date: string | null): Parsed<ActionRow[]> {
  const rows: ActionRow[] = [];
  const claimed = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const lead = marginLead(lines[i]);
    if (!lead) continue;
    const from = paragraphStart(lines, i);
    const action = joinLines(lines.slice(from, i + 1).map(bodyText))
      .replace(ENUMERATOR, '')
      .replace(/\.$/, '')
      .trim();
    claimed.add(lines[i].line);
    rows.push(minutesActionRow({ tracker: MARGIN_ACTIONS_TITLE, date, action, lead, source: { page: lines[from].page, line: lines[from].line } }));
  }
  return { value: rows, claimed };
}
