/**
 * The database side of `packtool batch --db`: each finished input is recorded as it finishes,
 * by the parent process alone, from the output the worker renamed into place (the output is
 * the one record of what was extracted, so the database can always be rebuilt from OUTDIR).
 */
import { readStamp } from '../batch/stamp.js';
import type { ReportEntry } from '../batch/types.js';
import { refreshHistory } from './history.js';
import { readPackFile } from './read-output.js';
import { closeDatabase, openDatabase, type Db } from './schema.js';
import { ArchiveWriter } from './write.js';

export class ArchiveSink {
  private readonly writer: ArchiveWriter;

  constructor(private readonly db: Db) {
    this.writer = new ArchiveWriter(db);
  }

  static open(file: string): ArchiveSink {
    return new ArchiveSink(openDatabase(file));
  }

  /**
   * Record one input. A skipped input (its output already up to date) is read only when the
   * database does not already hold it from those bytes: a resumed run reads back just the
   * outputs that a killed run renamed into place but had not yet recorded.
   */
  async add(entry: ReportEntry, outPath?: string): Promise<void> {
    if (entry.status === 'failed' || outPath === undefined) {
      this.writer.writeFailure(entry);
      return;
    }
    if (entry.status === 'skipped') {
      const stamp = await readStamp(outPath);
      if (stamp && this.writer.isCurrent(entry.input, stamp.sha256)) return;
    }
    this.writer.writePack(await readPackFile(outPath), entry.output);
  }

  /** Bring the action history up to date and close the file. */
  close(): void {
    refreshHistory(this.db);
    closeDatabase(this.db);
  }
}
