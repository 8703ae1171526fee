/**
 * `packtool db build DIR --db FILE`: an archive database from outputs a batch (or extract)
 * already wrote. Outputs whose bytes the database already holds are passed over, so building
 * again after a partial batch only reads what is new.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { REPORT_PATTERN } from '../batch/output-path.js';
import { mergeReports } from '../batch/report.js';
import { readStamp } from '../batch/stamp.js';
import { refreshHistory } from './history.js';
import { readPackFile } from './read-output.js';
import { closeDatabase, openDatabase, type Db } from './schema.js';
import { ArchiveWriter } from './write.js';

/** What a build did: outputs written into the database, passed over as current, failures recorded from reports. */
export interface BuildSummary {
  written: number;
  current: number;
  failed: number;
}

const OUTPUT = /\.(ya?ml|json)$/i;

export async function buildDatabase(dir: string, dbFile: string): Promise<BuildSummary> {
  const db = openDatabase(dbFile);
  try {
    return await buildInto(db, dir);
  } finally {
    closeDatabase(db);
  }
}

/** Write the outputs under DIR into an open database, and bring its action history up to date. */
export async function buildInto(db: Db, dir: string): Promise<BuildSummary> {
  const summary: BuildSummary = { written: 0, current: 0, failed: 0 };
  const writer = new ArchiveWriter(db);
  const outputs = new Set<string>();
  for await (const rel of outputFiles(dir, '')) {
    const file = path.join(dir, ...rel.split('/'));
    outputs.add(rel);
    const stamp = await readStamp(file);
    if (stamp && writer.isCurrentOutput(rel, stamp.sha256)) {
      summary.current++;
      continue;
    }
    writer.writePack(await readPackFile(file), rel);
    summary.written++;
  }
  // Inputs that failed have no output: their reports say why. One whose older output is still
  // in DIR keeps that output's records.
  const reports = (await readdir(dir)).filter((name) => REPORT_PATTERN.test(name)).sort();
  if (reports.length > 0) {
    const { inputs } = await mergeReports(reports.map((name) => path.join(dir, name)));
    for (const entry of inputs) {
      if (entry.status !== 'failed' || (entry.output !== null && outputs.has(entry.output))) continue;
      writer.writeFailure(entry);
      summary.failed++;
    }
  }
  refreshHistory(db);
  return summary;
}

/** Output files under DIR as POSIX relative paths in code-unit order, hidden ones and reports left out. */
async function* outputFiles(dir: string, rel: string): AsyncGenerator<string> {
  const entries = await readdir(rel ? path.join(dir, rel) : dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) yield* outputFiles(dir, r);
    else if (OUTPUT.test(e.name) && !(rel === '' && REPORT_PATTERN.test(e.name))) yield r;
  }
}
