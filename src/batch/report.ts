/**
 * The report: OUTDIR/packtool-batch.json lists every input with its status. Entries are
 * appended to a journal file as they finish (a million entries never sit in memory) and the
 * report is assembled from it at the end, one entry per line, and written atomically.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { stringifyJson } from '../control-chars.js';
import { UsageError } from '../errors.js';
import type { BatchSummary, ReportEntry } from './types.js';

/** Bumped when the report's shape changes, so merge can refuse reports it does not understand. */
export const REPORT_VERSION = 1;

/** A stop signal (Ctrl-C's SIGINT, a scheduler's SIGTERM), or `error` for a run that could not go on. */
export type StopReason = 'SIGINT' | 'SIGTERM' | 'error';

export interface ReportHeader {
  packtool_batch: typeof REPORT_VERSION;
  /** `K/N` for a shard's report, null for a whole run or a merge. */
  shard: string | null;
  format: string;
  /** Why the run stopped before every input was done (the report then lists what finished), else null. */
  stopped: StopReason | null;
  summary: BatchSummary;
}

export interface Report extends ReportHeader {
  inputs: ReportEntry[];
}

/** Journal of finished inputs, one JSON object per line, appended through one open stream. */
export class Journal {
  private readonly stream: WriteStream;
  private closing: Promise<void> | null = null;
  /** The first write error (a full disk): the journal is then incomplete and no report is made from it. */
  failure: Error | null = null;

  constructor(readonly file: string) {
    this.stream = createWriteStream(file, { flags: 'a' });
    // Kept, not thrown: a stream's 'error' with no listener ends the process with a stack trace.
    this.stream.on('error', (err) => (this.failure ??= err));
  }

  /** Record a finished input; ignored once the journal is closing (a run stopped by a signal reports what finished before). */
  add(entry: ReportEntry): void {
    if (!this.closing && !this.failure) this.stream.write(JSON.stringify(entry) + '\n');
  }

  /** Finish writing; the journal can then be read back. Rejects with the first write error. Closing twice waits for the same end. */
  close(): Promise<void> {
    // 'close' comes after the last write's error, where end()'s callback may come before it.
    this.closing ??= new Promise((resolve, reject) => {
      const done = () => (this.failure ? reject(this.failure) : resolve());
      if (this.stream.closed) return done();
      this.stream.once('close', done);
      this.stream.end();
    });
    return this.closing;
  }
}

/**
 * Write the report from a journal: the header, then every entry on its own line. Names and
 * messages may hold a file's control characters: all are written as JSON escapes, so the
 * report is safe to `cat`.
 */
export async function writeReport(target: string, header: ReportHeader, entries: AsyncIterable<ReportEntry> | Iterable<ReportEntry>): Promise<void> {
  const tmp = `${target}.${process.pid}.tmp`;
  const out = await open(tmp, 'w');
  let written = false;
  try {
    const head = stringifyJson(header, 2);
    await out.write(`${head.slice(0, head.lastIndexOf('}')).trimEnd()},\n  "inputs": [`);
    let first = true;
    for await (const entry of entries) {
      await out.write(`${first ? '' : ','}\n    ${stringifyJson(entry)}`);
      first = false;
    }
    await out.write(`${first ? '' : '\n  '}]\n}\n`);
    written = true;
  } finally {
    await out.close();
    if (!written) await unlink(tmp).catch(() => undefined);
  }
  await rename(tmp, target);
}

export async function* journalEntries(file: string): AsyncGenerator<ReportEntry> {
  const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of lines) if (line.trim()) yield JSON.parse(line) as ReportEntry;
}

export async function readReport(file: string): Promise<Report> {
  let parsed: Partial<Report>;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<Report>;
  } catch (err) {
    throw new UsageError(`${file}: not a readable batch report (${(err as Error).message.split('\n')[0]})`);
  }
  if (parsed.packtool_batch !== REPORT_VERSION || !Array.isArray(parsed.inputs)) {
    throw new UsageError(`${file}: not a packtool batch report (version ${REPORT_VERSION})`);
  }
  return parsed as Report;
}

export function summarise(entries: Iterable<ReportEntry>, seconds: number): BatchSummary {
  const s: BatchSummary = { inputs: 0, ok: 0, skipped: 0, failed: 0, warnings: 0, pages: 0, seconds };
  for (const e of entries) add(s, e);
  return s;
}

export function add(s: BatchSummary, e: ReportEntry): void {
  s.inputs++;
  s[e.status]++;
  s.warnings += e.warnings ?? 0;
  s.pages += e.pages ?? 0;
}

/**
 * Merge shard reports into one. An input in several reports (a shard run twice, or overlapping
 * runs) keeps its last non-failed entry, so a retried shard replaces the failure it fixed.
 * Seconds add up: the merged time is machine time, not wall-clock time.
 */
export async function mergeReports(files: string[]): Promise<Report> {
  const byInput = new Map<string, ReportEntry>();
  let format = '';
  let seconds = 0;
  for (const file of files) {
    const report = await readReport(file);
    if (format && report.format !== format) {
      throw new UsageError(`${file}: its outputs are ${report.format} but earlier reports' are ${format}`);
    }
    format = report.format;
    seconds += report.summary.seconds;
    for (const entry of report.inputs) {
      const before = byInput.get(entry.input);
      if (!before || before.status === 'failed' || entry.status !== 'failed') byInput.set(entry.input, entry);
    }
  }
  const inputs = [...byInput.values()].sort((a, b) => (a.input < b.input ? -1 : a.input > b.input ? 1 : 0));
  return { packtool_batch: REPORT_VERSION, shard: null, format, stopped: null, summary: summarise(inputs, seconds), inputs };
}
