/**
 * Flat tables of a Pack, one per CSV selection: every selection has one fixed header, the same
 * for every file (so the CSVs of an archive line up, and a selection with no rows still has
 * its header), and every cell is a plain value: lists are joined with "; ", nested records get
 * their own selection (a minute's resolutions and votes, the minutes' attendance), never JSON.
 */
import type { Minutes, MinuteItem, Pack, SourceRef } from '../schema/pack.js';
import { CRLF, csvLine, UTF8_BOM } from './csv.js';

export type Cell = string | number | boolean | null | undefined;

/** Joins the items of a list field: a semicolon, because commas are common inside names. */
export const LIST_SEPARATOR = '; ';

interface Table<R> {
  columns: string[];
  /** The rows of a Pack, each cell in column order. */
  rows(pack: Pack): Iterable<R>;
  cells(row: R): Cell[];
}

const SOURCE_COLUMNS = ['source.page', 'source.line'];
const source = (s: SourceRef): Cell[] => [s.page, s.line];
const list = (items: readonly string[]): string => items.join(LIST_SEPARATOR);

/** The meeting a minute belongs to, said in the columns every minutes-derived table starts with. */
const MINUTES_COLUMNS = ['minutes.date', 'minutes.committee'];
const minutesCells = (m: Minutes): Cell[] => [m.meeting.date, m.meeting.committee];

interface ItemOf<T> {
  minutes: Minutes;
  item: MinuteItem;
  record: T;
}

function* minuteItems(pack: Pack): Iterable<{ minutes: Minutes; item: MinuteItem }> {
  for (const minutes of pack.minutes) for (const item of minutes.items) yield { minutes, item };
}

function* itemRecords<T>(pack: Pack, pick: (item: MinuteItem) => readonly T[]): Iterable<ItemOf<T>> {
  for (const { minutes, item } of minuteItems(pack)) for (const record of pick(item)) yield { minutes, item, record };
}

/** Every attendance list of the minutes, by the role the minutes give it. */
const ATTENDANCE_ROLES = [
  ['present', (m: Minutes) => m.present],
  ['also present', (m: Minutes) => m.alsoPresent],
  ['apologies', (m: Minutes) => m.apologies],
] as const;

function table<R>(t: Table<R>): Table<R> {
  return t;
}

export const TABLES = {
  meeting: table({
    columns: ['body', 'committee', 'date', 'time', 'venue', ...SOURCE_COLUMNS],
    rows: (pack) => [pack.meeting],
    cells: (m) => [m.body, m.committee, m.date, m.time, m.venue, ...source(m.source)],
  }),
  agenda: table({
    columns: ['number', 'numberInferred', 'title', 'pages.from', 'pages.to', 'filePages.from', 'filePages.to', 'time.from', 'time.to', 'description', 'attending', 'procedural', ...SOURCE_COLUMNS],
    rows: (pack) => pack.agenda,
    cells: (a) => [a.number, a.numberInferred, a.title, a.pages?.from, a.pages?.to, a.filePages?.from, a.filePages?.to, a.time?.from, a.time?.to, a.description, list(a.attending), a.procedural, ...source(a.source)],
  }),
  documents: table({
    columns: ['kind', 'title', 'item', 'pages.from', 'pages.to', 'reportOf', 'author', 'date', 'recommendations', ...SOURCE_COLUMNS],
    rows: (pack) => pack.documents,
    cells: (d) => [d.kind, d.title, d.item, d.pages.from, d.pages.to, d.reportOf, d.author, d.date, list(d.recommendations ?? []), ...source(d.source)],
  }),
  minutes: table({
    columns: [...MINUTES_COLUMNS, 'number', 'numberInferred', 'item', 'title', 'text', 'resolutions', 'votes', ...SOURCE_COLUMNS],
    rows: minuteItems,
    cells: ({ minutes, item }) => [...minutesCells(minutes), item.number, item.numberInferred, item.item, item.title, item.text, item.resolutions.length, item.votes.length, ...source(item.source)],
  }),
  resolutions: table({
    columns: [...MINUTES_COLUMNS, 'minute', 'minute.title', 'text', 'parts', ...SOURCE_COLUMNS],
    rows: (pack) => itemRecords(pack, (item) => item.resolutions),
    cells: ({ minutes, item, record: r }) => [...minutesCells(minutes), item.number, item.title, r.text, list(r.parts), ...source(r.source)],
  }),
  votes: table({
    columns: [...MINUTES_COLUMNS, 'minute', 'minute.title', 'motion', 'for', 'against', 'abstain', 'result', 'for.names', 'against.names', 'abstain.names', ...SOURCE_COLUMNS],
    rows: (pack) => itemRecords(pack, (item) => item.votes),
    cells: ({ minutes, item, record: v }) => [
      ...minutesCells(minutes), item.number, item.title, v.motion, v.for.count, v.against.count, v.abstain.count, v.result,
      list(v.for.names), list(v.against.names), list(v.abstain.names), ...source(v.source),
    ],
  }),
  attendance: table({
    columns: [...MINUTES_COLUMNS, 'role', 'name', ...SOURCE_COLUMNS],
    rows: function* (pack: Pack) {
      for (const minutes of pack.minutes) {
        for (const [role, names] of ATTENDANCE_ROLES) for (const name of names(minutes)) yield { minutes, role, name };
      }
    },
    // The minutes' own source: attendance names carry no line of their own.
    cells: ({ minutes, role, name }) => [...minutesCells(minutes), role, name, ...source(minutes.source)],
  }),
  actions: table({
    columns: ['id', 'tracker', 'date', 'minute', 'item', 'action', 'lead', 'update', 'status', 'due', 'cellsInferred', ...SOURCE_COLUMNS],
    rows: (pack) => pack.actions,
    cells: (a) => [a.id, a.tracker, a.date, a.minute, a.item, a.action, a.lead, a.update, a.status, a.due, a.cellsInferred ?? false, ...source(a.source)],
  }),
  programme: table({
    columns: ['date', 'item', 'attending', 'deadline', 'status', ...SOURCE_COLUMNS],
    rows: (pack) => pack.programme,
    cells: (p) => [p.date, p.item, list(p.attending), p.deadline, p.status, ...source(p.source)],
  }),
  decisions: table({
    columns: ['id', 'title', 'portfolio', 'proposed', 'decided', 'cellsInferred', ...SOURCE_COLUMNS],
    rows: (pack) => pack.decisions,
    cells: (d) => [d.id, d.title, d.portfolio, d.proposed, d.decided, d.cellsInferred ?? false, ...source(d.source)],
  }),
  warnings: table({
    columns: ['code', 'message', ...SOURCE_COLUMNS, 'lines'],
    rows: (pack) => pack.warnings,
    cells: (w) => [w.code, w.message, ...source(w.source), (w.lines ?? []).join(LIST_SEPARATOR)],
  }),
};

export type Selection = keyof typeof TABLES;
export const SELECTIONS = Object.keys(TABLES) as Selection[];

/** The header line of a selection's CSV; `pack` first when rows of many packs share one file. */
export function csvHeader(selection: Selection, withPack = false): string {
  return csvLine([...(withPack ? ['pack'] : []), ...TABLES[selection].columns]) + CRLF;
}

/** The rows of one Pack as CSV lines (each ending in CRLF); with `pack`, the Pack's file first on each. */
export function* csvRows(pack: Pack, selection: Selection, withPack = false): Iterable<string> {
  const t = TABLES[selection] as Table<unknown>;
  const prefix: Cell[] = withPack ? [pack.source.file] : [];
  for (const row of t.rows(pack)) yield csvLine([...prefix, ...t.cells(row)]) + CRLF;
}

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, for Excel (see UTF8_BOM). */
  bom?: boolean;
}

/** One selection of one Pack as a CSV file: the fixed header, then its rows (none is fine). */
export function packCsv(pack: Pack, selection: Selection, options: CsvOptions = {}): string {
  return (options.bom ? UTF8_BOM : '') + csvHeader(selection) + [...csvRows(pack, selection)].join('');
}
