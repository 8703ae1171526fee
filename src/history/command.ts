/**
 * `packtool history DIR|DB --committee NAME`: how each action of one committee moved from
 * tracker to tracker. DIR (a batch's OUTDIR) is read into a database in memory first.
 */
import { stat } from 'node:fs/promises';
import { UsageError } from '../errors.js';
import { buildInto } from '../db/build.js';
import { closeDatabase, openDatabase, type Db } from '../db/schema.js';
import { formatHistory, type HistoryFormat } from './format.js';
import { committeeHistory, findCommittee } from './query.js';

export interface HistoryOptions {
  committee: string;
  format: HistoryFormat;
}

export async function historyCommand(source: string, options: HistoryOptions): Promise<void> {
  const db = await openArchive(source);
  try {
    const history = committeeHistory(db, findCommittee(db, options.committee));
    process.stdout.write(formatHistory(history, options.format));
  } finally {
    closeDatabase(db);
  }
}

async function openArchive(source: string): Promise<Db> {
  const info = await stat(source).catch(() => null);
  if (!info) throw new UsageError(`${source}: no such file or folder; give a batch's OUTDIR or a database made with --db`);
  if (info.isFile()) return openDatabase(source, { readonly: true });
  const db = openDatabase(':memory:');
  await buildInto(db, source);
  return db;
}
