/**
 * The SQLite database of an archive: one row per record of every Pack, each with the pack it
 * came from (`pack_id`) and its `source` page and line. Described for readers in docs/database.md.
 *
 * Keys are chosen so that a database's content does not depend on the order packs were written
 * in: a record is (pack_id, n), n its 1-based position in the Pack's list, and a pack is known
 * by its path. Only `packs.id` is allocated as packs arrive; everything else is a function of
 * the outputs. Lists of strings that nobody joins on (attending, recommendations) are JSON
 * arrays, which SQLite's json_each() opens; names people filter by (attendance, vote names) are
 * rows of their own.
 */
import Database from 'better-sqlite3';
import { InputError } from '../errors.js';

/** Bumped when a table or column changes: an older database is refused rather than half-filled. */
export const SCHEMA_VERSION = 1;

/** Source columns every record table carries: where the record is in the pack. */
const SOURCE = 'page INTEGER, line INTEGER, page_inferred INTEGER';
/** The first columns of every record table. */
const RECORD = 'pack_id INTEGER NOT NULL REFERENCES packs(id) ON DELETE CASCADE, n INTEGER NOT NULL';

interface Parent {
  table: string;
  /** The column holding the parent's n (its pack_id is the child's). */
  key: string;
}
const MINUTES: Parent = { table: 'minutes', key: 'minutes_n' };
const MINUTE_ITEMS: Parent = { table: 'minute_items', key: 'minute_item_n' };

/** A record table: pack_id and n, its own columns, its source; a child also its parent's key, held by a foreign key and indexed. */
function recordTable(name: string, columns: string, parent?: Parent): string {
  if (!parent) return `CREATE TABLE ${name} (\n  ${RECORD},\n  ${columns},\n  ${SOURCE},\n  PRIMARY KEY (pack_id, n)\n);`;
  return `CREATE TABLE ${name} (
  ${RECORD},
  ${parent.key} INTEGER NOT NULL,
  ${columns},
  ${SOURCE},
  PRIMARY KEY (pack_id, n),
  FOREIGN KEY (pack_id, ${parent.key}) REFERENCES ${parent.table}(pack_id, n) ON DELETE CASCADE
);
CREATE INDEX ${name}_parent ON ${name}(pack_id, ${parent.key});`;
}

const TABLES = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE packs (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  output TEXT,
  sha256 TEXT,
  status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
  error_code TEXT,
  error_message TEXT,
  format TEXT,
  pages INTEGER,
  body TEXT,
  committee TEXT,
  date TEXT,
  time TEXT,
  venue TEXT,
  ${SOURCE}
);
CREATE INDEX packs_committee_date ON packs(committee, date);
CREATE INDEX packs_date ON packs(date);
CREATE INDEX packs_output ON packs(output);
CREATE INDEX packs_status ON packs(status);

${recordTable('agenda_items', `number TEXT, number_inferred INTEGER NOT NULL, title TEXT NOT NULL,
  pages_from INTEGER, pages_to INTEGER, file_pages_from INTEGER, file_pages_to INTEGER,
  time_from TEXT, time_to TEXT, description TEXT, attending TEXT NOT NULL, procedural INTEGER NOT NULL`)}

${recordTable('documents', `kind TEXT NOT NULL, title TEXT NOT NULL, item TEXT, pages_from INTEGER NOT NULL, pages_to INTEGER NOT NULL,
  report_of TEXT, author TEXT, date TEXT, recommendations TEXT`)}
CREATE INDEX documents_kind ON documents(kind);

${recordTable('minutes', 'kind TEXT NOT NULL, body TEXT, committee TEXT, date TEXT, time TEXT, venue TEXT, ended TEXT')}
CREATE INDEX minutes_committee_date ON minutes(committee, date);

${recordTable('attendance', "role TEXT NOT NULL CHECK (role IN ('present', 'also-present', 'apologies')), member TEXT NOT NULL", MINUTES)}
CREATE INDEX attendance_member ON attendance(member);

${recordTable('minute_items', 'number TEXT, number_inferred INTEGER NOT NULL, item TEXT, title TEXT NOT NULL, text TEXT NOT NULL', MINUTES)}

${recordTable('resolutions', 'text TEXT NOT NULL, parts TEXT NOT NULL', MINUTE_ITEMS)}

${recordTable('votes', 'motion TEXT, for_count INTEGER, against_count INTEGER, abstain_count INTEGER, result TEXT', MINUTE_ITEMS)}
CREATE INDEX votes_result ON votes(result);

${recordTable('vote_names', "side TEXT NOT NULL CHECK (side IN ('for', 'against', 'abstain')), member TEXT NOT NULL", { table: 'votes', key: 'vote_n' })}
CREATE INDEX vote_names_member ON vote_names(member);

${recordTable('actions', `action_id TEXT NOT NULL, tracker TEXT NOT NULL, date TEXT, minute TEXT, item TEXT, action TEXT NOT NULL,
  lead TEXT, update_text TEXT, status TEXT NOT NULL, due TEXT, cells_inferred INTEGER`)}
CREATE INDEX actions_status ON actions(status);
CREATE INDEX actions_date ON actions(date);
CREATE INDEX actions_action_id ON actions(action_id);
CREATE INDEX actions_lead ON actions(lead);

${recordTable('programme', 'date TEXT, item TEXT NOT NULL, attending TEXT NOT NULL, deadline TEXT, status TEXT')}
CREATE INDEX programme_date ON programme(date);

${recordTable('decisions', 'decision_id TEXT NOT NULL, title TEXT NOT NULL, portfolio TEXT, proposed TEXT, decided TEXT, cells_inferred INTEGER')}
CREATE INDEX decisions_proposed ON decisions(proposed);

${recordTable('warnings', 'code TEXT NOT NULL, message TEXT NOT NULL, lines TEXT')}
CREATE INDEX warnings_code ON warnings(code);

-- The text that full-text search reads: one row per minute item, resolution, action and update,
-- naming the record it came from (its table and n). The FTS5 index 'search' is kept in step
-- with it by triggers, so deleting a pack (and so these rows, by cascade) cleans the index too.
CREATE TABLE search_text (
  rowid INTEGER PRIMARY KEY,
  pack_id INTEGER NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
  n INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('minute', 'resolution', 'action', 'update')),
  record_table TEXT NOT NULL,
  record_n INTEGER NOT NULL,
  text TEXT NOT NULL
);
CREATE UNIQUE INDEX search_text_pack ON search_text(pack_id, n);
CREATE VIRTUAL TABLE search USING fts5(
  text, kind UNINDEXED, pack_id UNINDEXED, record_table UNINDEXED, record_n UNINDEXED,
  content = 'search_text', content_rowid = 'rowid', tokenize = 'porter unicode61'
);
CREATE TRIGGER search_text_insert AFTER INSERT ON search_text BEGIN
  INSERT INTO search (rowid, text, kind, pack_id, record_table, record_n)
  VALUES (new.rowid, new.text, new.kind, new.pack_id, new.record_table, new.record_n);
END;
CREATE TRIGGER search_text_delete AFTER DELETE ON search_text BEGIN
  INSERT INTO search (search, rowid, text, kind, pack_id, record_table, record_n)
  VALUES ('delete', old.rowid, old.text, old.kind, old.pack_id, old.record_table, old.record_n);
END;

-- Action history: which thread (one action followed from tracker to tracker) each action row
-- belongs to, per committee. Computed from the actions by src/db/history.ts, never by hand;
-- 'history_stale' lists the committees whose threads must be computed again.
CREATE TABLE action_threads (
  pack_id INTEGER NOT NULL,
  n INTEGER NOT NULL,
  committee TEXT NOT NULL,
  thread TEXT NOT NULL,
  matched_by TEXT CHECK (matched_by IN ('id', 'text')),
  PRIMARY KEY (pack_id, n),
  FOREIGN KEY (pack_id, n) REFERENCES actions(pack_id, n) ON DELETE CASCADE
);
CREATE INDEX action_threads_thread ON action_threads(committee, thread);
CREATE TABLE history_stale (committee TEXT PRIMARY KEY);

CREATE VIEW action_history AS
SELECT
  t.committee,
  t.thread,
  min(coalesce(p.date, '')) OVER w AS first_seen,
  max(coalesce(p.date, '')) OVER w AS last_seen,
  p.date AS meeting_date,
  a.status,
  a.action,
  a.update_text,
  a.lead,
  a.due,
  a.action_id,
  t.matched_by,
  p.path,
  a.page,
  a.line
FROM action_threads t
JOIN actions a ON a.pack_id = t.pack_id AND a.n = t.n
JOIN packs p ON p.id = t.pack_id
WINDOW w AS (PARTITION BY t.committee, t.thread);
`;

/** The tables holding a pack's records, each parent before its children (the order `db merge` copies them in). */
export const RECORD_TABLES = [
  'agenda_items', 'documents', 'minutes', 'attendance', 'minute_items', 'resolutions', 'votes', 'vote_names',
  'actions', 'programme', 'decisions', 'warnings', 'search_text',
] as const;

export type Db = Database.Database;

/**
 * Open (creating if need be) an archive database. Refuses a file that is not one of ours, or of
 * another schema version, with a one-line error rather than writing into it.
 */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  let db: Db;
  try {
    db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (err) {
    throw new InputError('database-unreadable', `cannot open the database (${(err as Error).message})`, file);
  }
  try {
    db.pragma('foreign_keys = ON');
    if (!options.readonly) {
      // One writer holds the file for the whole run: a second run given the same file is told
      // so at once, and WAL then keeps its index in memory rather than in a shared -shm file,
      // which a network volume (a Kubernetes ReadWriteMany claim) cannot be trusted with.
      db.pragma('locking_mode = EXCLUSIVE');
      // WAL: each pack's transaction is committed whole or not at all, even under SIGKILL.
      // NORMAL is safe against a killed process; only a power cut can lose the last commits,
      // which a resumed run redoes.
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
    }
    ensureSchema(db, file, options.readonly ?? false);
    // Take the write lock now, so that a file another run holds is refused before any work.
    if (!options.readonly) db.exec('BEGIN IMMEDIATE; COMMIT');
    return db;
  } catch (err) {
    db.close();
    if (err instanceof InputError) throw err;
    if ((err as { code?: string }).code === 'SQLITE_BUSY') {
      throw new InputError('database-locked', 'is being written by another packtool run; wait for it to end, or give another file', file);
    }
    throw new InputError('database-unreadable', `is not an SQLite database packtool can use (${(err as Error).message})`, file);
  }
}

function ensureSchema(db: Db, file: string, readonly: boolean): void {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  if (tables.length === 0 && !readonly) {
    db.transaction(() => {
      db.exec(TABLES);
      db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('schema', String(SCHEMA_VERSION));
    })();
    return;
  }
  const version = tables.includes('meta') ? (db.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get() as string | undefined) : undefined;
  if (version === undefined) {
    throw new InputError('not-a-packtool-database', 'is an SQLite database but not one packtool made; give a new file name', file);
  }
  if (Number(version) !== SCHEMA_VERSION) {
    throw new InputError(
      'database-version',
      `was made with database schema ${version}, this packtool writes schema ${SCHEMA_VERSION}; build a new one with \`packtool db build\``,
      file,
    );
  }
}

/**
 * Leave the file self-contained for whoever opens it next (copying one file, Datasette on a
 * read-only volume): fold the write-ahead log back in and return to a rollback journal.
 */
export function closeDatabase(db: Db): void {
  if (!db.readonly) db.pragma('journal_mode = DELETE');
  db.close();
}
