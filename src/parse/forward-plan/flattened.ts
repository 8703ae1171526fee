/**
 * Forward-plan rows from a table whose columns ran together (see tables/flattened.ts). A row
 * starts at its reference ("005164/2018", "FWD/2024/015") and ends in its dates ("15 Dec 18",
 * "10 Nov 18 10 Nov 18", "- 12 Feb 19" where the first date is not yet set). Between them are
 * the title and the portfolio: where they are on separate lines (one cell to a line) the first
 * line is the title; where they share a line, a portfolio is an ending several rows share
 * ("… Children's Wellbeing") or one that opens with a councillor ("Cllr Kate Booth, …").
 * Every such row says its cells were inferred.
 */
import type { PlannedDecision } from '../../schema/pack.js';
import { parseDate } from '../../text/dates.js';
import { fieldText } from '../../text/join.js';
import type { FlatRowSpec, FlatTable } from '../tables/index.js';

/** "005164/2018", "FWD/2024/015", "FP/1234": a decision's reference opening a row. */
const REFERENCE = /^(?:\d{3,}\/\d{2,4}|[A-Z]{2,6}(?:\/\d{2,4}){1,2})\b/;
/** A date at the end of a row ("26 Jun 18", "7 Dec 2018"), or "-" where one is not set. */
const TRAILING_DATE = /\s+(\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{2,4}|[-–—])$/;
/** "Cllr Kate Booth, Cabinet Member for …", "Cabinet Member for Finance", "Leader of the Council": a portfolio cell naming its holder. */
const COUNCILLOR = /\s(?=(?:Cllr|Councillor|(?:Deputy\s+)?Leader\s+of|Cabinet\s+Member\s+for|Portfolio\s+Holder)\s)/;
/** An ending shared by this many rows is the portfolio column, not part of the titles. */
const SHARED_BY = 2;
/** The most words a portfolio has ("Education, Skills & Culture"). */
const MAX_PORTFOLIO_WORDS = 6;

export const FORWARD_PLAN_ROWS: FlatRowSpec = { isAnchor: (text) => REFERENCE.test(text) };

interface Raw {
  id: string;
  cells: string[];
  lines: FlatTable['body'];
}

function rawRows(table: FlatTable): { rows: Raw[]; unread: FlatTable['body'] } {
  const rows: Raw[] = [];
  const unread: FlatTable['body'] = [];
  for (const lines of table.printed) {
    const text = lines.map((l) => fieldText(l.text)).join(' ').replace(/\s+/g, ' ').trim();
    const ref = REFERENCE.exec(text);
    if (ref) {
      const rest = text.slice(ref[0].length).trim();
      rows.push({ id: ref[0], cells: rest === '' ? [] : [rest], lines: [...lines] });
    } else if (rows.length > 0) {
      rows[rows.length - 1].cells.push(text);
      rows[rows.length - 1].lines.push(...lines);
    } else unread.push(...lines);
  }
  return { rows, unread };
}

/** Peel the dates off the end of the row's text, as many as the header has date columns. */
function peelDates(text: string, columns: number): { text: string; dates: string[] } {
  const dates: string[] = [];
  let rest = text;
  while (dates.length < columns) {
    const m = TRAILING_DATE.exec(` ${rest}`);
    if (!m) break;
    dates.unshift(m[1]);
    rest = ` ${rest}`.slice(0, m.index).trim();
  }
  return { text: rest, dates };
}

function sharedEndings(texts: string[]): string[] {
  const counts = new Map<string, number>();
  for (const t of texts) {
    const words = t.split(' ');
    for (let n = 1; n <= Math.min(MAX_PORTFOLIO_WORDS, words.length - 1); n++) {
      const ending = words.slice(-n).join(' ');
      counts.set(ending, (counts.get(ending) ?? 0) + 1);
    }
  }
  // The most shared first (a title's own ending may recur in two rows), then the longest of
  // those: "Children's Wellbeing" rather than "Wellbeing".
  return [...counts]
    .filter(([, c]) => c >= SHARED_BY)
    .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)
    .map(([e]) => e);
}

export function flatDecisions(table: FlatTable): { value: PlannedDecision[]; unread: FlatTable['body'] } {
  const keys = table.header.keys;
  const dateKeys: string[] = keys.filter((k) => k === 'proposed' || k === 'decided');
  const { rows, unread } = rawRows(table);
  const peeled = rows.map((r) => {
    const joined = r.cells.join(' ');
    const { text, dates } = peelDates(joined, dateKeys.length);
    return { row: r, text, dates };
  });
  const endings = keys.includes('portfolio') ? sharedEndings(peeled.filter((p) => p.row.cells.length <= 1).map((p) => p.text)) : [];
  // Titles told apart by a shared ending, for rows that print the same matter with a portfolio of its own.
  const told = peeled.flatMap((p) => {
    const ending = endings.find((e) => p.text.endsWith(` ${e}`));
    return ending ? [{ row: p.row, title: p.text.slice(0, p.text.length - ending.length).trim() }] : [];
  });
  const titlesElsewhere = (row: Raw, text: string) =>
    told.filter((t) => t.row !== row && text.startsWith(`${t.title} `)).sort((a, b) => b.title.length - a.title.length)[0]?.title ?? null;
  const value: PlannedDecision[] = peeled.map(({ row, text, dates }) => {
    let title = text;
    let portfolio: string | null = null;
    if (keys.includes('portfolio')) {
      const cells = row.cells.length > 1 ? row.cells : null;
      if (cells && cells.length > 1 && !TRAILING_DATE.test(` ${cells[0]}`)) {
        // One cell to a line: the first is the title, the rest (less the dates) the portfolio.
        title = cells[0];
        portfolio = peelDates(cells.slice(1).join(' '), dateKeys.length).text || null;
      } else {
        const councillor = COUNCILLOR.exec(text);
        const ending = endings.find((e) => text.endsWith(` ${e}`));
        // The same matter listed again under another portfolio: its title is known from that row.
        const again = titlesElsewhere(row, text);
        if (councillor) {
          title = text.slice(0, councillor.index).trim();
          portfolio = text.slice(councillor.index).trim();
        } else if (ending) {
          title = text.slice(0, text.length - ending.length).trim();
          portfolio = ending;
        } else if (again) {
          title = again;
          portfolio = text.slice(again.length).trim();
        }
      }
    }
    const dateOf = (k: string) => {
      const at = dateKeys.indexOf(k);
      return at >= 0 && at < dates.length ? parseDate(dates[at]) : null;
    };
    return {
      id: row.id,
      title,
      portfolio,
      proposed: dateOf('proposed'),
      decided: dateOf('decided'),
      cellsInferred: true,
      source: { page: row.lines[0].page, line: row.lines[0].line },
    };
  });
  return { value, unread };
}
