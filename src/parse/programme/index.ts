/**
 * Committee work programmes → ProgrammeEntry records (best effort): one entry per item, the
 * meeting date from the date column (a merged cell covering the items beneath it on the same
 * page), the report deadline from "Deadline for reports: 3 June 2024" / "Report Deadline:
 * 16 July 2018" wherever the row prints it, people from the lead-officer and witness columns,
 * and "TBC" where the date is still to be confirmed.
 */
import type { Context } from '../../context.js';
import type { Line } from '../../layout/types.js';
import type { ProgrammeEntry } from '../../schema/pack.js';
import { findDate, parseDate } from '../../text/dates.js';
import { CellText, readFlatTables, warnInterleaved, readTables, type LineFragments } from '../tables/index.js';
import { claim, type Parsed } from '../types.js';
import { PROGRAMME_HEADER, TITLE_TAG_OPENING } from './columns.js';
import { flatEntries, PROGRAMME_ROWS } from './flattened.js';

const DEADLINE = /\b(?:report\s+)?deadline(?:\s+for\s+reports?)?\s*:\s*/i;
const TO_BE_CONFIRMED = /^(?:TBC|TBA|to be (?:confirmed|arranged))\b/i;
/** A tag after an item's title in the same cell, and all that follows it: not part of the title. */
const TITLE_TAG = new RegExp(String.raw`\s+${TITLE_TAG_OPENING}\s.*$`);
/** Where one person's entry begins in a run of attendees printed without separators. */
const PERSON_START = /\s+(?=(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof(?:essor)?)\s)/;

/** Placeholders printed in attendee columns. */
const NOT_A_PERSON = /^(?:n\/a|tbc|tba|none|-|–)$/i;
/** "TBC" anywhere in the item ("School Attainment TBC for April or May") leaves the entry to be confirmed. */
const TBC_IN_TEXT = /\b(?:TBC|TBA)\b/;

interface Group {
  date: string;
  deadline: string | null;
  status: string | null;
}

interface Draft {
  group: Group;
  cells: Map<string, string>;
  lines: Line[];
}

/** A group and an entry while lines are still being added (texts as pieces: see CellText). */
interface GroupInProgress extends Omit<Group, 'date'> {
  date: CellText;
}
interface DraftInProgress {
  group: GroupInProgress;
  cells: Map<string, CellText>;
  lines: Line[];
}

function splitDeadline(text: string): { rest: string; deadline: string | null } {
  const m = DEADLINE.exec(text);
  if (!m) return { rest: text, deadline: null };
  const found = findDate(text.slice(m.index + m[0].length));
  const rest = (text.slice(0, m.index) + ' ' + (found ? text.slice(m.index + m[0].length + found.end) : '')).trim();
  return { rest, deadline: found?.iso ?? null };
}

function people(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/;|\n/)
    .flatMap((part) => part.split(PERSON_START))
    .map((p) => p.trim().replace(/[.,]$/, ''))
    .filter((p) => p !== '' && !NOT_A_PERSON.test(p));
}

function group(body: LineFragments[]): Draft[] {
  const drafts: DraftInProgress[] = [];
  let current: DraftInProgress | null = null;
  for (const f of body) {
    const { rest: dateText, deadline } = splitDeadline(f.cells.get('date') ?? '');
    const fresh = parseDate(dateText) !== null || TO_BE_CONFIRMED.test(dateText);
    const item = f.cells.get('item') ?? '';
    // A line under a repeated header with no fresh date carries on the row the page broke.
    const newEntry = current === null || fresh || (item !== '' && !f.afterBreak);
    if (newEntry) {
      const freshGroup = fresh || !current;
      const g: GroupInProgress = freshGroup
        ? { date: new CellText(), deadline: null, status: TO_BE_CONFIRMED.test(dateText) ? dateText.match(TO_BE_CONFIRMED)![0].toUpperCase() : null }
        : current!.group;
      if (freshGroup) g.date.add(dateText);
      current = { group: g, cells: new Map(), lines: [] };
      drafts.push(current);
    } else if (dateText !== '') {
      current!.group.date.add(dateText);
    }
    if (deadline) current!.group.deadline = deadline;
    for (const [key, text] of f.cells) {
      if (key === 'date') continue;
      let cell = current!.cells.get(key);
      if (!cell) current!.cells.set(key, (cell = new CellText()));
      cell.add(text);
    }
    current!.lines.push(f.line);
  }
  return finished(drafts);
}

/** The entries with their texts joined; entries of one date share one Group, as they shared its date. */
function finished(drafts: DraftInProgress[]): Draft[] {
  const groups = new Map<GroupInProgress, Group>();
  return drafts.map((d) => {
    let group = groups.get(d.group);
    if (!group) groups.set(d.group, (group = { ...d.group, date: String(d.group.date) }));
    return { group, cells: new Map([...d.cells].map(([key, cell]) => [key, String(cell)])), lines: d.lines };
  });
}

/** "TBC" in the date cell, or anywhere in the item, leaves the entry to be confirmed. */
function statusOf(dateStatus: string | null, item: string): string | null {
  return dateStatus ?? (TBC_IN_TEXT.test(item) ? 'TBC' : null);
}

export function parseWorkProgramme(lines: Line[], ctx: Context): Parsed<ProgrammeEntry[]> {
  const claimed = new Set<number>();
  const value: ProgrammeEntry[] = [];
  for (const table of readTables(lines, PROGRAMME_HEADER, ctx, { warnFlattened: false })) {
    for (const d of group(table.body)) {
      const first = d.lines[0];
      const item = (d.cells.get('item') ?? '').replace(TITLE_TAG, '').trim();
      if (item === '') {
        // A date printed with no item yet (a meeting with nothing programmed) is not an entry.
        if (d.group.date === '') ctx.warn('programme-row-unread', `A work programme line has neither a date nor an item ("${first.text.slice(0, 80)}").`, { page: first.page, line: first.line });
        continue;
      }
      let deadline = d.group.deadline;
      for (const [key, text] of d.cells) if (key !== 'item' && !deadline) deadline = splitDeadline(text).deadline;
      value.push({
        date: parseDate(d.group.date),
        item,
        attending: [...people(d.cells.get('lead')), ...people(d.cells.get('witnesses'))],
        deadline,
        status: statusOf(d.group.status, item),
        source: { page: first.page, line: first.line },
      });
    }
    claim(claimed, table.lines);
  }
  for (const table of readFlatTables(lines, PROGRAMME_HEADER, PROGRAMME_ROWS)) {
    const { entries, unread } = flatEntries(table);
    warnInterleaved(table, 'work programme', ctx);
    const placed = entries.filter((e) => e.item !== '');
    for (const e of placed) {
      value.push({
        date: parseDate(e.date),
        item: e.item,
        attending: [],
        deadline: splitDeadline(e.text).deadline,
        status: statusOf(null, e.item),
        cellsInferred: true,
        source: { page: e.lines[0].page, line: e.lines[0].line },
      });
    }
    // A row whose item could not be told from its other cells, and text before the first
    // dated row, are left unclaimed: they are reported as not understood, page by page.
    const left = new Set([...unread, ...entries.filter((e) => e.item === '').flatMap((e) => e.lines)]);
    claim(claimed, table.lines.filter((l) => !left.has(l)));
  }
  return { value, claimed };
}
