/**
 * Work-programme entries from a table whose columns ran together (see tables/flattened.ts):
 * each row printed as one paragraph, "19 Jun 2024 Committee Work Programme 2024/25 IRP
 * Programme: … To note the Committee Terms of Reference … Deadline for reports: 3 June 2024
 * Christian Scade - Head of Scrutiny …", perhaps broken again at a width and carried on under
 * the header printed again on the next page.
 *
 * A row starts at its meeting date (the first column). The item is the next cell: it ends
 * where the text shows the following cells begin — a tag printed after the title in the same
 * cell ("IRP Aim:", "Scrutiny Development Plan Criteria:") or the aims' opening ("To examine
 * …", "An update on …"). The deadline is found wherever the row prints it. Which words are the
 * lead officer's, the witnesses' or the notes' cannot be told from the text, so no attendees
 * are given; every entry says its cells were inferred.
 */
import type { FlatRowSpec, FlatTable } from '../tables/index.js';
import { cleanMarkup } from '../../text/join.js';
import { TITLE_TAG_OPENING } from './columns.js';

/** "19 Jun 2024", "Wednesday 4 December 2024", "14 May 2025 11.00 – 12.00": a meeting date opening a row. */
const ROW_DATE = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}\b/;
/** A time or span printed after the date in its cell ("11.00 – 12.00", "2pm", "10:00am - 1pm"). */
const TIME_IN_DATE_CELL = /^\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?(?:\s*[–—-]\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)?)?(?=\s|$)/i;
/**
 * Where the item's title ends: a tag the house style prints after it in the same cell ("IRP
 * Aim: …", "Scrutiny Development Plan Criteria: …"), or the aims cell opening with its purpose
 * ("To note …", "An update on …", "The draft to come …").
 */
const AFTER_TITLE = new RegExp(String.raw`\s(?:${TITLE_TAG_OPENING}|To\s+\p{Ll}|An?\s+\p{Ll}|The\s+\p{Ll})`, 'u');

export const PROGRAMME_ROWS: FlatRowSpec = { isAnchor: (text) => ROW_DATE.test(text) };

export interface FlatEntry {
  /** The date cell: the date and any time printed with it. */
  date: string;
  item: string;
  /** The row's whole text, every cell, in reading order (its deadline is found in it). */
  text: string;
  lines: FlatTable['body'];
}

/** The table's rows, one per dated line; printed lines before the first date are returned as unread. */
export function flatEntries(table: FlatTable): { entries: FlatEntry[]; unread: FlatTable['body'] } {
  const rows: Array<{ text: string; lines: FlatTable['body'] }> = [];
  const unread: FlatTable['body'] = [];
  for (const lines of table.printed) {
    const text = lines.map((l) => cleanMarkup(l.text)).join(' ').replace(/\s+/g, ' ').trim();
    if (PROGRAMME_ROWS.isAnchor(text)) rows.push({ text, lines: [...lines] });
    else if (rows.length > 0) {
      // A row carried on after a page break (the header printed again between its parts).
      rows[rows.length - 1].text += ` ${text}`;
      rows[rows.length - 1].lines.push(...lines);
    } else unread.push(...lines);
  }
  const entries = rows.map(({ text, lines }) => {
    const date = ROW_DATE.exec(text)![0];
    const time = TIME_IN_DATE_CELL.exec(text.slice(date.length))?.[0] ?? '';
    const rest = text.slice(date.length + time.length).trim();
    const end = AFTER_TITLE.exec(` ${rest}`);
    const item = (end ? ` ${rest}`.slice(0, end.index) : rest).trim();
    return { date: `${date}${time}`.trim(), item, text, lines };
  });
  return { entries, unread };
}
