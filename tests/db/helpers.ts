/**
 * Helpers for the database tests: outputs made in-process from fixture packs (as `batch` would
 * write them), and a database's content in a form two databases can be compared in.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll } from 'vitest';
import { extractFile } from '../../src/extract.js';
import { formatOutput } from '../../src/write/index.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(prefix = 'packtool-db-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Extract each file and write its YAML under OUTDIR as `batch` names it (its base name, .yaml). */
export async function writeOutputs(files: string[], outdir: string): Promise<string[]> {
  mkdirSync(outdir, { recursive: true });
  const names: string[] = [];
  for (const file of files) {
    const base = path.basename(file);
    const { pack } = await extractFile(file, { displayName: base, isolate: false });
    const name = `${base.slice(0, base.length - path.extname(base).length)}.yaml`;
    writeFileSync(path.join(outdir, name), formatOutput(pack, 'yaml'));
    names.push(name);
  }
  return names;
}

/**
 * Every row of every table, pack ids replaced by the pack's path and row ids left out (they
 * depend on the order packs arrived in), each table's rows sorted: two databases with equal
 * dumps hold the same content. The FTS index is checked through its content table and a query.
 */
export function dumpContent(file: string): Record<string, string[]> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_%' AND name != 'search' ORDER BY name")
      .pluck()
      .all() as string[];
    tables.push('search_text');
    const paths = new Map((db.prepare('SELECT id, path FROM packs').all() as { id: number; path: string }[]).map((p) => [p.id, p.path]));
    const dump: Record<string, string[]> = {};
    for (const table of tables) {
      const rows = db.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
      dump[table] = rows
        .map((row) => {
          const { id, rowid, pack_id, ...rest } = row;
          void rowid;
          const pack = table === 'packs' ? undefined : paths.get(pack_id as number);
          if (table !== 'packs') void id;
          return JSON.stringify({ ...(table === 'packs' ? {} : { pack }), ...rest });
        })
        .sort();
    }
    dump['search: transport'] = (
      db.prepare("SELECT s.kind, s.record_table, s.record_n, p.path FROM search s JOIN packs p ON p.id = s.pack_id WHERE search MATCH 'transport'").all() as object[]
    )
      .map((r) => JSON.stringify(r))
      .sort();
    return dump;
  } finally {
    db.close();
  }
}
