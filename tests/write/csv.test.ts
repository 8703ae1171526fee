/**
 * CSV output (RFC 4180) of real packs: the Birmingham 2024 tracker's rows have commas in leads
 * and updates; Kent County Council's minutes of 13 March 2025 have recorded votes (minute 299,
 * page 7: For (52), Against (0), Abstain (11), "Motion carried."); West Dereham's minutes of
 * 1 June 2017 have a minute titled "- Open Forum", which a spreadsheet would read as a formula.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBytes, extractFile } from '../../src/extract.js';
import type { Pack } from '../../src/schema/pack.js';
import { csvField, neutraliseFormula, quoteField } from '../../src/write/csv.js';
import { csvHeader, packCsv, SELECTIONS, TABLES } from '../../src/write/tables.js';
import { fixture } from '../helpers.js';
import { readCsv } from './read-csv.js';

/** Rows as objects keyed by the header, for readable assertions. */
function records(csv: string): Array<Record<string, string>> {
  const [header, ...rows] = readCsv(csv);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

const TRACKER = fixture('tracker', 'birmingham_ecyp_osc_2024-12-04_action_tracker.txt');
const KENT_MINUTES = fixture('minutes', 'kent_county_council_2025-03-13_printed_minutes.pdf');
const WEST_DEREHAM = fixture('minutes', 'west_dereham_pc_full_council_2017-06-01_minutes.md');

const packs = new Map<string, Promise<Pack>>();
function packOf(file: string): Promise<Pack> {
  if (!packs.has(file)) packs.set(file, extractFile(file).then((r) => r.pack));
  return packs.get(file)!;
}

describe('CSV of action rows', () => {
  it('writes the fixed header and one line per action row, ending every line in CRLF', async () => {
    const pack = await packOf(TRACKER);
    const csv = packCsv(pack, 'actions');
    expect(csv.endsWith('\r\n')).toBe(true);
    const table = readCsv(csv);
    expect(table[0]).toEqual(['id', 'tracker', 'date', 'minute', 'item', 'action', 'lead', 'update', 'status', 'due', 'cellsInferred', 'source.page', 'source.line']);
    expect(table).toHaveLength(pack.actions.length + 1);
  });

  it('quotes fields with commas and reads them back unchanged, nulls as empty fields', async () => {
    const pack = await packOf(TRACKER);
    const csv = packCsv(pack, 'actions');
    const [first] = records(csv);
    expect(first.lead).toBe('Dr Sue Harrison - Strategic Director, Children and Families');
    expect(csv.split('\r\n')[1]).toContain('"Dr Sue Harrison - Strategic Director, Children and Families"');
    expect(first.due).toBe('');
    expect([first['source.page'], first['source.line']]).toEqual([String(pack.actions[0].source.page), String(pack.actions[0].source.line)]);
    records(csv).forEach((r, i) => {
      expect(r.action).toBe(pack.actions[i].action);
      expect(r.update).toBe(pack.actions[i].update ?? '');
    });
  });

  it('defuses an action that a spreadsheet would run as a formula (the tracker with its first action replaced by =HYPERLINK)', async () => {
    const original = readFileSync(TRACKER, 'utf8');
    const action = (await packOf(TRACKER)).actions[0].action;
    const hostile = '=HYPERLINK("http://example.com/x","Click")';
    const firstLine = action.split(' ').slice(0, 4).join(' ');
    expect(original).toContain(firstLine);
    const { pack } = await extractBytes(new Uint8Array(Buffer.from(original.replace(firstLine, hostile))), 'tracker.txt');
    const row = records(packCsv(pack, 'actions'))[0];
    expect(row.action.startsWith(`'${hostile}`)).toBe(true);
  });
});

describe('formula cells (OWASP: = + - @ tab CR)', () => {
  it('get a leading single quote; plain numbers, negative ones too, are left as numbers', () => {
    expect(['=1+1', '+44 20 7946 0000', '-Open', '@SUM(A1)', '\tx', '\rx'].map(neutraliseFormula)).toEqual(["'=1+1", "'+44 20 7946 0000", "'-Open", "'@SUM(A1)", "'\tx", "'\rx"]);
    expect(['-3', '+44', '-0.5', '12', 'Mr Baker', "'quoted"].map(neutraliseFormula)).toEqual(['-3', '+44', '-0.5', '12', 'Mr Baker', "'quoted"]);
    expect(csvField('=A1,B1')).toBe(`"'=A1,B1"`);
    expect(quoteField(' padded')).toBe('" padded"');
  });

  it('West Dereham’s minute 87/17 "- Open Forum" is written as \'- Open Forum', async () => {
    const rows = records(packCsv(await packOf(WEST_DEREHAM), 'minutes'));
    const open = rows.find((r) => r.number === '87/17');
    expect(open?.title).toBe("'- Open Forum");
  });
});

describe('one fixed header per selection', () => {
  it('is written even when there are no rows (the tracker has no votes), and is the same for every pack', async () => {
    const tracker = await packOf(TRACKER);
    const kent = await packOf(KENT_MINUTES);
    expect(tracker.minutes).toEqual([]);
    for (const selection of SELECTIONS) {
      expect(packCsv(tracker, selection).split('\r\n')[0]).toBe(packCsv(kent, selection).split('\r\n')[0]);
    }
    expect(packCsv(tracker, 'votes')).toBe(csvHeader('votes'));
    expect(csvHeader('votes')).toBe('minutes.date,minutes.committee,minute,minute.title,motion,for,against,abstain,result,for.names,against.names,abstain.names,source.page,source.line\r\n');
  });

  it('has agenda columns for page ranges and times whether or not any item has them', async () => {
    expect(csvHeader('agenda')).toBe('number,numberInferred,title,pages.from,pages.to,filePages.from,filePages.to,time.from,time.to,description,attending,procedural,source.page,source.line\r\n');
    const rows = records(packCsv(await packOf(TRACKER), 'agenda'));
    expect(rows).toEqual([]);
  });

  it('never puts JSON in a cell, for any selection of a pack with minutes, resolutions and votes', async () => {
    const kent = await packOf(KENT_MINUTES);
    for (const selection of SELECTIONS) {
      for (const row of readCsv(packCsv(kent, selection)).slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[[{]"/);
    }
  });
});

describe('flat selections of the Kent minutes of 13 March 2025', () => {
  it('votes: one row per vote with its counts, result and names joined by "; " (minute 299, page 7)', async () => {
    const votes = records(packCsv(await packOf(KENT_MINUTES), 'votes'));
    const v = votes.find((r) => r.minute === '299')!;
    expect([v['minutes.date'], v['minute.title'], v.for, v.against, v.abstain, v.result]).toEqual(['2025-03-13', 'Kent Minerals and Waste Local Plan 2024-39', '52', '0', '11', 'carried']);
    expect(v['for.names'].split('; ')).toHaveLength(52);
    expect(v['for.names'].startsWith('Mr Baker; Mr Baldock; Mr Brady')).toBe(true);
    expect(v['against.names']).toBe('');
    expect(v['abstain.names']).toBe('Mr Chittenden; Mrs Dean MBE; Mr Hook; Mr Lehmann; Mr Lewis; Mr Mallon; Mr Passmore; Mr Ross; Mr Shonk; Mr Sole; Mr Streatfeild MBE');
    expect(v['source.page']).toBe('7');
  });

  it('minutes: one row per minute item, with how many resolutions and votes it has', async () => {
    const kent = await packOf(KENT_MINUTES);
    const rows = records(packCsv(kent, 'minutes'));
    expect(rows).toHaveLength(kent.minutes.flatMap((m) => m.items).length);
    const m299 = rows.find((r) => r.number === '299')!;
    expect([m299.title, m299.votes]).toEqual(['Kent Minerals and Waste Local Plan 2024-39', '1']);
    expect(Number(m299.resolutions)).toBeGreaterThanOrEqual(1);
  });

  it('resolutions: one row per resolution, with its minute', async () => {
    const rows = records(packCsv(await packOf(KENT_MINUTES), 'resolutions'));
    expect(rows[0]).toMatchObject({ minute: '294', text: 'RESOLVED that the minutes of the Council meeting held on 13 February 2025 be approved as a correct record.', 'source.page': '2' });
  });

  it('attendance: one row per person and role, the Chairman first as page 1 prints him', async () => {
    const rows = records(packCsv(await packOf(KENT_MINUTES), 'attendance'));
    expect(rows.slice(0, 3).map((r) => [r.role, r.name])).toEqual([
      ['present', 'Mr B J Sweetland'],
      ['present', 'Mr A M Ridgers'],
      ['present', 'Mr N Baker'],
    ]);
  });
});

describe('byte order mark', () => {
  it('starts the file with EF BB BF when asked, and only then', async () => {
    const kent = await packOf(KENT_MINUTES);
    expect([...Buffer.from(packCsv(kent, 'meeting', { bom: true })).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(packCsv(kent, 'meeting').startsWith('body,')).toBe(true);
  });
});

describe('the selections', () => {
  it('are the Pack’s parts plus the flat tables of minutes', () => {
    expect(SELECTIONS).toEqual(['meeting', 'agenda', 'documents', 'minutes', 'resolutions', 'votes', 'attendance', 'actions', 'programme', 'decisions', 'warnings']);
    for (const s of SELECTIONS) expect(new Set(TABLES[s].columns).size).toBe(TABLES[s].columns.length);
  });
});
