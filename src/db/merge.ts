/**
 * `packtool db merge A.sqlite B.sqlite … --db ALL.sqlite`: join the databases of shards (or of
 * any runs) into one. A pack's rows are copied as they are, under the pack id the target gives
 * it; a path found in several sources keeps the last source's rows. Action threads are not
 * copied but worked out again, since the trackers of one committee may sit in different shards.
 */
import { InputError } from '../errors.js';
import { refreshHistory } from './history.js';
import type { PackRow } from './rows.js';
import { closeDatabase, openDatabase, RECORD_TABLES, type Db } from './schema.js';
import { ArchiveWriter } from './write.js';

export interface MergeSummary {
  sources: number;
  packs: number;
}

export function mergeDatabases(sources: string[], target: string): MergeSummary {
  // Each source is opened on its own first: a file that is not a packtool database of this
  // schema is refused with its own name before anything is written.
  for (const file of sources) closeDatabase(openDatabase(file, { readonly: true }));
  const db = openDatabase(target);
  const summary: MergeSummary = { sources: sources.length, packs: 0 };
  try {
    const writer = new ArchiveWriter(db);
    for (const file of sources) summary.packs += copySource(db, writer, file);
    refreshHistory(db);
  } finally {
    closeDatabase(db);
  }
  return summary;
}

function copySource(db: Db, writer: ArchiveWriter, file: string): number {
  db.prepare('ATTACH DATABASE ? AS src').run(file);
  try {
    return db.transaction(() => {
      db.exec('CREATE TEMP TABLE pack_map (old INTEGER PRIMARY KEY, new INTEGER NOT NULL)');
      const packs = db
        .prepare('SELECT *, EXISTS (SELECT 1 FROM src.actions a WHERE a.pack_id = p.id) AS has_actions FROM src.packs p ORDER BY path')
        .all() as (PackRow & { id: number; has_actions: number })[];
      const map = db.prepare('INSERT INTO temp.pack_map (old, new) VALUES (?, ?)');
      for (const { id, has_actions, ...row } of packs) map.run(id, writer.replacePack(row as PackRow, has_actions === 1));
      for (const table of RECORD_TABLES) copyTable(db, table);
      db.exec('DROP TABLE temp.pack_map');
      return packs.length;
    })();
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError('database-unreadable', `could not be merged (${(err as Error).message})`, file);
  } finally {
    db.exec('DETACH DATABASE src');
  }
}

/** Copy every row of one table from the attached source, its pack ids mapped to the target's. */
function copyTable(db: Db, table: string): void {
  const columns = (db.prepare(`SELECT name FROM pragma_table_info('${table}')`).pluck().all() as string[])
    // search_text's rowid is the FTS index's key: the target numbers its own.
    .filter((c) => c !== 'pack_id' && c !== 'rowid');
  const list = columns.join(', ');
  db.exec(`INSERT INTO main.${table} (pack_id, ${list}) SELECT m.new, ${columns.map((c) => `t.${c}`).join(', ')} FROM src.${table} t JOIN temp.pack_map m ON m.old = t.pack_id`);
}
