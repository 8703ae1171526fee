/**
 * Writing packs into an archive database. Each pack is one transaction: its old rows (if any)
 * go and its new ones come in together, so a process killed at any moment leaves either the
 * old pack or the new one, never a mix. Only one process ever writes (batch's parent).
 */
import type { ReportEntry } from '../batch/types.js';
import type { Pack } from '../schema/pack.js';
import { historyCommittee } from './history.js';
import { failedPackRow, packRow, recordRows, type PackRow, type Row } from './rows.js';
import type { Statement } from 'better-sqlite3';
import type { Db } from './schema.js';

/** What the database holds for one input: enough to tell whether it is up to date. */
interface Recorded {
  sha256: string | null;
  status: 'ok' | 'failed';
}

export class ArchiveWriter {
  private readonly statements = new Map<string, Statement>();

  constructor(readonly db: Db) {}

  /** A statement prepared once for the writer's life: a batch runs the same few for every pack. */
  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  /** True when the database already holds this input's records, made from these input bytes. */
  isCurrent(path: string, sha256: string): boolean {
    return this.holds('path', path, sha256);
  }

  /** The same, for `db build`, which knows an output's path before it has read the pack inside. */
  isCurrentOutput(output: string, sha256: string): boolean {
    return this.holds('output', output, sha256);
  }

  private holds(column: 'path' | 'output', value: string, sha256: string): boolean {
    const r = this.statement(`SELECT sha256, status FROM packs WHERE ${column} = ?`).get(value) as Recorded | undefined;
    return r !== undefined && r.status === 'ok' && r.sha256 === sha256;
  }

  writePack(pack: Pack, output: string | null): void {
    const records = recordRows(pack);
    this.db.transaction(() => {
      const id = this.replacePack(packRow(pack, output), pack.actions.length > 0);
      for (const [table, rows] of records) for (const row of rows) this.insert(table, { pack_id: id, ...row });
    })();
  }

  /** An input that failed, as the batch report has it: a pack row saying why, and no records. */
  writeFailure(entry: Pick<ReportEntry, 'input' | 'output' | 'error'>): void {
    const error = entry.error ?? { code: 'internal-error', message: 'no output was written and no reason recorded' };
    this.db.transaction(() => this.replacePack(failedPackRow(entry.input, entry.output, error), false))();
  }

  /**
   * Remove whatever the path held (its records go by cascade) and insert the new pack row. The
   * action history of every committee the old or new pack's actions belong to is marked stale.
   */
  replacePack(row: PackRow, hasActions: boolean): number {
    const old = this.statement(
      'SELECT id, committee, body, EXISTS (SELECT 1 FROM actions WHERE pack_id = packs.id) AS has_actions FROM packs WHERE path = ?',
    ).get(row.path) as { id: number; committee: string | null; body: string | null; has_actions: number } | undefined;
    if (old) {
      if (old.has_actions) this.markStale(historyCommittee(old));
      this.statement('DELETE FROM packs WHERE id = ?').run(old.id);
    }
    if (hasActions) this.markStale(historyCommittee(row));
    return this.insert('packs', row);
  }

  private markStale(committee: string): void {
    this.statement('INSERT OR IGNORE INTO history_stale (committee) VALUES (?)').run(committee);
  }

  /** Insert a row; returns its rowid. */
  insert(table: string, row: Row): number {
    const columns = Object.keys(row);
    const sql = `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
    return Number(this.statement(sql).run(Object.values(row)).lastInsertRowid);
  }
}
