/**
 * A list of actions printed under its own heading at the end of a board's minutes:
 *
 *   Actions
 *   1. Agree letter to health boards and trusts at next WTSB meeting.
 *   2. MW to produce blog post on the positive impact of standards for the WTSB webpage.
 *
 * Each numbered or bulleted entry is one action; "MW to …", "Clerk to …", "Cllr Smith to …" name
 * its lead. The list ends at the first line that is not an entry or its wrapped continuation.
 */
import type { Line } from '../../layout/types.js';
import type { ActionRow } from '../../schema/pack.js';
import { fieldText, joinLines } from '../../text/join.js';
import type { Parsed } from '../types.js';
import { minutesActionRow } from './action-row.js';

/** The list's heading, alone on its line. */
const ACTIONS_HEADING = /^(?:actions?|action points|actions arising|actions agreed|summary of actions|action list)\s*:?$/i;
/** An entry: "1.", "1)", "(1)", "a)", or a bullet. */
const ENTRY = /^(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[•●▪◦*–-])\s+(\S.*)$/;
/** Who leads it: initials ("MW"), a role, or a titled name, then "to" and a verb. */
const LEAD = /^((?:[A-Z]{2,4}(?:\s*(?:\/|&|and)\s*[A-Z]{2,4})*)|Clerk|Chair(?:man)?|Secretary|Treasurer|All|(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+to\s+[a-z]/;

/** The tracker title given to rows read from such a list. */
export const ACTION_LIST_TITLE = 'Actions';

export function parseActionList(lines: Line[], date: string | null): Parsed<ActionRow[]> {
  const rows: ActionRow[] = [];
  const claimed = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (!ACTIONS_HEADING.test(fieldText(lines[i].text))) continue;
    const entries: Line[][] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const text = fieldText(lines[j].text);
      if (ENTRY.test(text)) entries.push([lines[j]]);
      // A wrapped entry goes on in lower case or without an entry mark, until a heading-like line.
      else if (entries.length && /^[a-z(]/.test(text)) entries[entries.length - 1].push(lines[j]);
      else break;
    }
    if (!entries.length) continue;
    claimed.add(lines[i].line);
    for (const entry of entries) {
      for (const l of entry) claimed.add(l.line);
      const action = joinLines(entry.map((l) => fieldText(l.text))).replace(ENTRY, '$1').replace(/\.$/, '');
      const lead = LEAD.exec(action)?.[1] ?? null;
      rows.push(minutesActionRow({ tracker: ACTION_LIST_TITLE, date, action, lead, source: { page: entry[0].page, line: entry[0].line } }));
    }
    i = j - 1;
  }
  return { value: rows, claimed };
}
