/**
 * Archive-wide CSV files for people who live in spreadsheets: `batch --format csv` writes, beside
 * the report, one file per selection (`packtool-actions.csv`, `packtool-votes.csv`, …) holding
 * the rows of every pack in the run, each row starting with the pack it came from.
 *
 * They are made at the end of a run from the outputs the report lists, done in this run or
 * skipped as up to date, so a resumed run's tables are as complete as an uninterrupted one's.
 * The outputs are read one at a time: no archive is ever held in memory.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Pack } from '../schema/pack.js';
import { UTF8_BOM } from '../write/csv.js';
import { csvHeader, csvRows, SELECTIONS, type Selection } from '../write/tables.js';
import { outputPath } from './output-path.js';
import { shardTag, type Shard } from './shard.js';
import type { ReportEntry } from './types.js';

/** `packtool-actions.csv`, or `packtool-actions-shard-2-of-8.csv` for a shard (shards may share OUTDIR). */
export function tableName(selection: Selection, shard: Shard | undefined): string {
  return `packtool-${selection}${shard ? `-${shardTag(shard)}` : ''}.csv`;
}

function write(stream: WriteStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.write(text)) resolve();
    else stream.once('drain', resolve).once('error', reject);
  });
}

function end(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(resolve);
  });
}

/**
 * Write every selection's archive-wide CSV from the JSON outputs of the entries, atomically
 * (each to a temporary name, then renamed). Returns the files written.
 */
export async function writeArchiveTables(outdir: string, entries: AsyncIterable<ReportEntry>, options: { shard?: Shard; bom?: boolean }): Promise<string[]> {
  const files = SELECTIONS.map((selection) => {
    const target = path.join(outdir, tableName(selection, options.shard));
    const tmp = `${target}.${process.pid}.tmp`;
    return { selection, target, tmp, stream: createWriteStream(tmp) };
  });
  try {
    for (const f of files) await write(f.stream, (options.bom ? UTF8_BOM : '') + csvHeader(f.selection, true));
    for await (const entry of entries) {
      if (entry.status === 'failed' || entry.output === null) continue;
      const pack = JSON.parse(await readFile(outputPath(outdir, entry.output), 'utf8')) as Pack;
      for (const f of files) for (const row of csvRows(pack, f.selection, true)) await write(f.stream, row);
    }
    for (const f of files) await end(f.stream);
    for (const f of files) await rename(f.tmp, f.target);
  } catch (err) {
    for (const f of files) {
      f.stream.destroy();
      await unlink(f.tmp).catch(() => undefined);
    }
    throw err;
  }
  return files.map((f) => f.target);
}
