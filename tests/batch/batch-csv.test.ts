/**
 * `batch --format csv`: archive-wide CSV files, one per selection, each row starting with the
 * pack it came from. The archive: Kent County Council's minutes of 13 March 2025 (recorded votes;
 * minute 299 on page 7: For (52), Against (0), Abstain (11)) and the Birmingham tracker of
 * 4 December 2024 (action rows), with the fixture archive's truncated PDF, which fails.
 */
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SELECTIONS } from '../../src/write/tables.js';
import { fixture } from '../helpers.js';
import { ARCHIVE, buildOnce, listFiles, readReport, runCli, scratch, type CliResult } from './cli.js';
import { readCsv } from '../write/read-csv.js';

const KENT = 'kent/kent_county_council_2025-03-13_printed_minutes.pdf';
const TRACKER = 'birmingham/birmingham_ecyp_osc_2024-12-04_action_tracker.txt';
const BROKEN = 'milburn_parish_council_2019-11-12_minutes_truncated.pdf';

describe('packtool batch --format csv', () => {
  let archive: string;
  let out: string;
  let first: CliResult;

  beforeAll(async () => {
    buildOnce();
    archive = path.join(scratch(), 'archive');
    mkdirSync(path.join(archive, 'kent'), { recursive: true });
    mkdirSync(path.join(archive, 'birmingham'), { recursive: true });
    cpSync(fixture('minutes', 'kent_county_council_2025-03-13_printed_minutes.pdf'), path.join(archive, KENT));
    cpSync(fixture('tracker', 'birmingham_ecyp_osc_2024-12-04_action_tracker.txt'), path.join(archive, TRACKER));
    cpSync(path.join(ARCHIVE, '2019', BROKEN), path.join(archive, BROKEN));
    out = path.join(scratch(), 'out');
    first = await runCli(['batch', archive, '-o', out, '--format', 'csv', '--bom', '-q']);
  }, 120_000);

  const table = (selection: string) => readFileSync(path.join(out, `packtool-${selection}.csv`), 'utf8');
  const rowsOf = (selection: string) => {
    const [header, ...rows] = readCsv(table(selection).replace(/^\ufeff/, ''));
    return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
  };

  it('keeps a JSON Pack per input (what resume reads) and writes one CSV per selection beside the report', () => {
    expect(first.code).toBe(1); // the truncated PDF
    expect(listFiles(out)).toEqual(
      [...SELECTIONS.map((s) => `packtool-${s}.csv`), 'packtool-batch.json', `${TRACKER}.json`, `${KENT}.json`].sort(),
    );
    expect(readReport(path.join(out, 'packtool-batch.json')).format).toBe('json');
  });

  it('starts each CSV with a byte order mark (--bom) and a fixed header whose first column is the pack', () => {
    for (const s of SELECTIONS) {
      expect(table(s).startsWith('\ufeffpack,')).toBe(true);
      expect(rowsOf(s).header[0]).toBe('pack');
    }
  });

  it('holds every action row of the tracker and every vote of the minutes, each naming its pack', () => {
    const tracker = JSON.parse(readFileSync(path.join(out, `${TRACKER}.json`), 'utf8'));
    const actions = rowsOf('actions').rows;
    expect(actions).toHaveLength(tracker.actions.length);
    expect(actions.every((r) => r.pack === TRACKER)).toBe(true);
    expect(actions[0].lead).toBe('Dr Sue Harrison - Strategic Director, Children and Families');

    const votes = rowsOf('votes').rows;
    expect(votes.every((r) => r.pack === KENT)).toBe(true);
    const v299 = votes.find((r) => r.minute === '299')!;
    expect([v299.for, v299.against, v299.abstain, v299.result]).toEqual(['52', '0', '11', 'carried']);
  });

  it('has no rows from the input that failed', () => {
    for (const s of SELECTIONS) expect(rowsOf(s).rows.some((r) => r.pack === BROKEN)).toBe(false);
  });

  it('writes the same files when run again and every Pack is skipped as up to date', async () => {
    const before = SELECTIONS.map(table);
    const again = await runCli(['batch', archive, '-o', out, '--format', 'csv', '--bom', '-q']);
    expect(readReport(path.join(out, 'packtool-batch.json')).summary).toMatchObject({ skipped: 2, failed: 1 });
    expect(again.code).toBe(1);
    expect(SELECTIONS.map(table)).toEqual(before);
  }, 120_000);
});
