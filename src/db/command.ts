/** The command-line side of `packtool db build` and `packtool db merge`. */
import { stat } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { buildDatabase } from './build.js';
import { mergeDatabases } from './merge.js';

export async function dbBuildCommand(dir: string, dbFile: string): Promise<void> {
  const isDir = await stat(dir).then((s) => s.isDirectory(), () => false);
  if (!isDir) throw new UsageError(`${dir}: not a folder; give the OUTDIR a batch wrote`);
  const s = await buildDatabase(dir, dbFile);
  process.stderr.write(`packtool db build: ${s.written} packs written, ${s.current} already current, ${s.failed} failed inputs recorded → ${dbFile}\n`);
}

export function dbMergeCommand(sources: string[], target: string): void {
  if (sources.includes(target)) throw new UsageError(`--db ${target} is also one of the databases to merge; give a new file`);
  const s = mergeDatabases(sources, target);
  process.stderr.write(`packtool db merge: ${s.packs} packs from ${s.sources} databases → ${target}\n`);
}
