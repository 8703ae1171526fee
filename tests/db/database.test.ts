import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildDatabase } from '../../src/db/build.js';
import { mergeDatabases } from '../../src/db/merge.js';
import { closeDatabase, openDatabase } from '../../src/db/schema.js';
import { ArchiveWriter } from '../../src/db/write.js';
import { InputError } from '../../src/errors.js';
import type { Pack } from '../../src/schema/pack.js';
import { fixture } from '../helpers.js';
import { dumpContent, tempDir, writeOutputs } from './helpers.js';

/** Packs with every kind of record between them: votes with names, a tracker, a work programme, a forward plan. */
const PACKS = [
  fixture('minutes', 'kent_county_council_2025-02-13_printed_minutes.pdf'),
  fixture('sample', 'birmingham_ecyp_osc_2024-12-04_pack.txt'),
  fixture('sample', 'birmingham_csc_osc_2019-03-13_pack.md'),
  fixture('sample', 'kent_county_council_2025-03-13_sample_pack.pdf'),
];

/** How many rows each table should hold, counted in the YAML outputs themselves. */
function recordsIn(packs: Pack[]): Record<string, number> {
  const sum = (f: (p: Pack) => number) => packs.reduce((n, p) => n + f(p), 0);
  const items = (p: Pack) => p.minutes.flatMap((m) => m.items);
  const votes = (p: Pack) => items(p).flatMap((i) => i.votes);
  return {
    packs: packs.length,
    agenda_items: sum((p) => p.agenda.length),
    documents: sum((p) => p.documents.length),
    minutes: sum((p) => p.minutes.length),
    attendance: sum((p) => p.minutes.reduce((n, m) => n + m.present.length + m.alsoPresent.length + m.apologies.length, 0)),
    minute_items: sum((p) => items(p).length),
    resolutions: sum((p) => items(p).reduce((n, i) => n + i.resolutions.length, 0)),
    votes: sum((p) => votes(p).length),
    vote_names: sum((p) => votes(p).reduce((n, v) => n + v.for.names.length + v.against.names.length + v.abstain.names.length, 0)),
    actions: sum((p) => p.actions.length),
    programme: sum((p) => p.programme.length),
    decisions: sum((p) => p.decisions.length),
    warnings: sum((p) => p.warnings.length),
  };
}

describe('packtool db build: an SQLite database from batch outputs', () => {
  let outdir: string;
  let dbFile: string;
  let packs: Pack[];
  let db: Database.Database;

  beforeAll(async () => {
    outdir = path.join(tempDir(), 'out');
    const names = await writeOutputs(PACKS, outdir);
    packs = names.map((n) => parse(readFileSync(path.join(outdir, n), 'utf8')) as Pack);
    dbFile = path.join(tempDir(), 'archive.sqlite');
    const summary = await buildDatabase(outdir, dbFile);
    expect(summary).toEqual({ written: PACKS.length, current: 0, failed: 0 });
    db = new Database(dbFile, { readonly: true });
  }, 120_000);

  it('holds one row per record of the YAML outputs, in every table', () => {
    const expected = recordsIn(packs);
    // The packs between them have every kind of record, so no count here is trivially zero.
    for (const [table, n] of Object.entries(expected)) {
      expect(n, table).toBeGreaterThan(0);
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(n);
    }
  });

  it("keeps a recorded vote's names by side (Kent County Council, 13 February 2025, page 3: For (57), Against (0), Abstain (2))", () => {
    const vote = db
      .prepare("SELECT v.* FROM votes v JOIN packs p ON p.id = v.pack_id WHERE p.path = 'kent_county_council_2025-02-13_printed_minutes.pdf' AND v.page = 3")
      .get() as { pack_id: number; n: number; for_count: number; against_count: number; abstain_count: number; result: string };
    expect(vote).toMatchObject({ for_count: 57, against_count: 0, abstain_count: 2, result: 'carried' });
    const names = (side: string) =>
      db.prepare('SELECT member FROM vote_names WHERE pack_id = ? AND vote_n = ? AND side = ? ORDER BY n').pluck().all(vote.pack_id, vote.n, side);
    expect(names('abstain')).toEqual(['Mr B Lewis', 'Mr D Ross']);
    expect(names('against')).toEqual([]);
    const forNames = names('for');
    expect(forNames).toHaveLength(57);
    expect(forNames.slice(0, 3)).toEqual(['Mr Baker', 'Mr Baldock', 'Mr Bartlett']);
    expect(forNames).toContain('Sir Paul Carter, CBE');
    expect(forNames.at(-1)).toBe('Ms Wright');
    // Every vote of one member, across the archive: the index people filter by.
    const byMember = db.prepare("SELECT count(*) FROM vote_names WHERE member = 'Mr B Lewis'").pluck().get() as number;
    expect(byMember).toBeGreaterThanOrEqual(1);
  });

  it('finds a resolution by full-text search (the Post-16 Transport Policy Review, Birmingham ECYP, 4 December 2024)', () => {
    const hits = db
      .prepare(
        `SELECT p.path, m.title, r.text FROM search s
         JOIN resolutions r ON r.pack_id = s.pack_id AND r.n = s.record_n
         JOIN minute_items m ON m.pack_id = r.pack_id AND m.n = r.minute_item_n
         JOIN packs p ON p.id = s.pack_id
         WHERE search MATCH 'transport' AND s.kind = 'resolution'`,
      )
      .all() as { path: string; title: string; text: string }[];
    expect(hits).toHaveLength(1);
    expect(hits[0].path).toBe('birmingham_ecyp_osc_2024-12-04_pack.txt');
    expect(hits[0].text).toContain('The changes and impact of the Post-16 Transport Policy Review was noted.');
    // Actions and their updates are searched too: the tracker's "Saving 150 – Review of Non-Statutory Transport Packages".
    const kinds = db.prepare("SELECT DISTINCT kind FROM search WHERE search MATCH 'transport' ORDER BY kind").pluck().all();
    expect(kinds).toEqual(expect.arrayContaining(['action', 'minute', 'resolution']));
  });

  it('enforces its foreign keys: no vote name without its vote, and a pack takes its records with it', () => {
    const w = openDatabase(dbFile);
    try {
      const packId = w.prepare("SELECT id FROM packs WHERE path = 'kent_county_council_2025-02-13_printed_minutes.pdf'").pluck().get() as number;
      expect(() => w.prepare("INSERT INTO vote_names (pack_id, n, vote_n, side, member) VALUES (?, 9999, 9999, 'for', 'Nobody')").run(packId)).toThrow(
        /FOREIGN KEY constraint failed/,
      );
      const indexed = w.prepare("SELECT count(*) FROM search WHERE search MATCH 'budget' AND pack_id = ?").pluck();
      expect(indexed.get(packId)).toBeGreaterThan(0);
      w.prepare('DELETE FROM packs WHERE id = ?').run(packId);
      for (const table of ['votes', 'vote_names', 'minute_items', 'attendance', 'search_text']) {
        expect(w.prepare(`SELECT count(*) FROM ${table} WHERE pack_id = ?`).pluck().get(packId), table).toBe(0);
      }
      expect(indexed.get(packId)).toBe(0);
    } finally {
      w.close();
    }
  });
});

describe('writing a pack again', () => {
  it('replaces its rows (never doubles them), and a build over unchanged outputs writes nothing', async () => {
    const outdir = path.join(tempDir(), 'out');
    const [name] = await writeOutputs([fixture('sample', 'birmingham_ecyp_osc_2024-12-04_pack.txt')], outdir);
    const dbFile = path.join(tempDir(), 'a.sqlite');
    await buildDatabase(outdir, dbFile);
    const before = dumpContent(dbFile);
    expect(await buildDatabase(outdir, dbFile)).toEqual({ written: 0, current: 1, failed: 0 });
    expect(dumpContent(dbFile)).toEqual(before);

    // Re-extracted (a newer packtool, or changed bytes): the pack's rows are replaced whole.
    const pack = parse(readFileSync(path.join(outdir, name), 'utf8')) as Pack;
    const db = openDatabase(dbFile);
    try {
      const writer = new ArchiveWriter(db);
      writer.writePack({ ...pack, actions: pack.actions.slice(0, 5), source: { ...pack.source, sha256: 'f'.repeat(64) } }, name);
      expect(db.prepare('SELECT count(*) FROM packs').pluck().get()).toBe(1);
      expect(db.prepare('SELECT count(*) FROM actions').pluck().get()).toBe(5);
      expect(db.prepare('SELECT sha256 FROM packs').pluck().get()).toBe('f'.repeat(64));
      expect(db.prepare("SELECT count(*) FROM search_text WHERE kind = 'action'").pluck().get()).toBe(5);
      expect(writer.isCurrent(pack.source.file, pack.source.sha256)).toBe(false);
    } finally {
      db.close();
    }
  }, 60_000);
});

describe('opening a file that is not an archive database', () => {
  it('refuses an SQLite file packtool did not make, with one line naming it', () => {
    const file = path.join(tempDir(), 'other.sqlite');
    const other = new Database(file);
    other.exec('CREATE TABLE notes (text TEXT)');
    other.close();
    expect(() => openDatabase(file)).toThrow(InputError);
    expect(() => openDatabase(file)).toThrow(/not one packtool made/);
  });

  it('refuses a database another run is writing, before any work, and opens it once that run is done', () => {
    const file = path.join(tempDir(), 'busy.sqlite');
    const first = openDatabase(file);
    expect(() => openDatabase(file)).toThrow(/is being written by another packtool run/);
    closeDatabase(first);
    closeDatabase(openDatabase(file));
  });

  it('db merge refuses a source that is missing or not an archive database before writing anything', () => {
    const dir = tempDir();
    const target = path.join(dir, 'all.sqlite');
    expect(() => mergeDatabases([path.join(dir, 'missing.sqlite')], target)).toThrow(/cannot open the database/);
    const other = path.join(dir, 'other.sqlite');
    const handle = new Database(other);
    handle.exec('CREATE TABLE notes (text TEXT)');
    handle.close();
    expect(() => mergeDatabases([other], target)).toThrow(/not one packtool made/);
    expect(existsSync(target)).toBe(false);
  });

  it('refuses a file that is not SQLite at all', () => {
    const file = path.join(tempDir(), 'pack.sqlite');
    writeFileSync(file, 'packtool: 1\n'.repeat(100));
    expect(() => openDatabase(file)).toThrow(/not an SQLite database packtool can use/);
  });
});
