/**
 * `packtool batch --db` as a real process: the database equals one built from the outputs,
 * survives SIGKILL at any point (a resumed run ends with the same content), and three shards'
 * databases merged equal the database of one whole run.
 */
import { cpSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers.js';
import { buildOnce, finished, listFiles, makeArchive, runCli, scratch, startCli } from '../batch/cli.js';
import { dumpContent } from './helpers.js';

/** Copies of the batch fixture archive (3 packs and a truncated PDF each), beside three versions of a tracker. */
const COPIES = 2;
const INPUTS = 4 * COPIES + 3;

function archiveWithTrackers(): string {
  const archive = makeArchive(COPIES);
  cpSync(fixture('history'), path.join(archive, 'ecyp'), { recursive: true, filter: (f) => !f.endsWith('.mjs') });
  return archive;
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

function outputsIn(dir: string): number {
  return existsSync(dir) ? listFiles(dir).filter((f) => f.endsWith('.yaml')).length : 0;
}

function count(dbFile: string, sql: string): number {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db.prepare(sql).pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('packtool batch --db', () => {
  let archive: string;
  let reference: string;
  let referenceDb: string;

  beforeAll(async () => {
    buildOnce();
    archive = archiveWithTrackers();
    const dir = scratch();
    reference = path.join(dir, 'out');
    referenceDb = path.join(dir, 'reference.sqlite');
    const run = await runCli(['batch', archive, '-o', reference, '-q', '--jobs', '2', '--db', referenceDb]);
    expect(run.code, run.stderr).toBe(1); // the truncated PDF in each copy
  }, 180_000);

  it('records every input, failures with their reason, and equals a database built afterwards from the outputs', async () => {
    expect(count(referenceDb, 'SELECT count(*) FROM packs')).toBe(INPUTS);
    expect(count(referenceDb, "SELECT count(*) FROM packs WHERE status = 'failed' AND error_code = 'truncated-pdf'")).toBe(COPIES);
    expect(count(referenceDb, 'SELECT count(*) FROM action_threads')).toBe(count(referenceDb, 'SELECT count(*) FROM actions'));
    const built = path.join(scratch(), 'built.sqlite');
    const run = await runCli(['db', 'build', reference, '--db', built]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`${INPUTS - COPIES} packs written, 0 already current, ${COPIES} failed inputs recorded`);
    expect(dumpContent(built)).toEqual(dumpContent(referenceDb));
  }, 60_000);

  it('batch --cache keeps one layout per distinct input, and a forced re-run from it writes the same outputs', async () => {
    const dir = scratch();
    const cache = path.join(dir, 'cache');
    const out = path.join(dir, 'out');
    for (const extra of [[], ['--force']]) {
      const run = await runCli(['batch', archive, '-o', out, '-q', '--jobs', '2', '--cache', cache, ...extra]);
      expect(run.code, run.stderr).toBe(1);
    }
    // The copies share their bytes, so their layouts too: 3 packs of the fixture archive and 3 tracker versions (the truncated PDF has none).
    expect(listFiles(cache).filter((f) => f.endsWith('.layout'))).toHaveLength(6);
    const outputs = listFiles(reference).filter((f) => f.endsWith('.yaml'));
    expect(listFiles(out).filter((f) => f.endsWith('.yaml'))).toEqual(outputs);
    for (const f of outputs) expect(readFileSync(path.join(out, f), 'utf8'), f).toBe(readFileSync(path.join(reference, f), 'utf8'));
  }, 120_000);

  it('packtool history reads the OUTDIR or the database alike', async () => {
    const fromDb = await runCli(['history', referenceDb, '--committee', 'Education, Children', '--format', 'json']);
    const fromDir = await runCli(['history', reference, '--committee', 'Education, Children', '--format', 'json']);
    expect(fromDb.code, fromDb.stderr).toBe(0);
    const history = JSON.parse(fromDb.stdout) as { meetings: string[]; actions: unknown[] };
    expect(history.meetings).toEqual(['2024-12-04', '2025-01-22', '2025-03-05']);
    expect(history.actions).toHaveLength(35);
    expect(fromDir.stdout).toBe(fromDb.stdout);
  }, 60_000);

  it('killed with SIGKILL at several points and resumed, ends with the database of an uninterrupted run', async () => {
    const dir = scratch();
    const out = path.join(dir, 'out');
    const dbFile = path.join(dir, 'archive.sqlite');
    // Kills land at different points: before the first output, between outputs, late in the run.
    for (const killAfter of [0, 2, 5, 8]) {
      const child = startCli(['batch', archive, '-o', out, '-q', '--jobs', '1', '--db', dbFile]);
      const done = finished(child);
      await waitFor(() => outputsIn(out) >= killAfter && existsSync(dbFile), 60_000);
      child.kill('SIGKILL');
      expect((await done).signal).toBe('SIGKILL');
    }
    const resumed = await runCli(['batch', archive, '-o', out, '-q', '--jobs', '2', '--db', dbFile]);
    expect(resumed.code, resumed.stderr).toBe(1);
    expect(dumpContent(dbFile)).toEqual(dumpContent(referenceDb));
    const db = new Database(dbFile, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('foreign_key_check')).toEqual([]);
    } finally {
      db.close();
    }
  }, 300_000);

  it('three shards each with their own database, merged with db merge, equal the whole run', async () => {
    const dir = scratch();
    const shards = [1, 2, 3].map((k) => path.join(dir, `shard-${k}.sqlite`));
    for (const [i, dbFile] of shards.entries()) {
      const run = await runCli(['batch', archive, '-o', path.join(dir, 'out'), '-q', '--jobs', '2', '--shard', `${i + 1}/3`, '--db', dbFile]);
      expect([0, 1]).toContain(run.code);
    }
    const sizes = shards.map((f) => count(f, 'SELECT count(*) FROM packs'));
    expect(sizes.every((n) => n > 0 && n < INPUTS)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(INPUTS);
    const merged = path.join(dir, 'all.sqlite');
    const run = await runCli(['db', 'merge', ...shards, '--db', merged]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`${INPUTS} packs from 3 databases`);
    expect(dumpContent(merged)).toEqual(dumpContent(referenceDb));
  }, 300_000);
});
