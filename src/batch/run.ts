/**
 * `packtool batch`: convert every input under the INPUT arguments into OUTDIR, in parallel,
 * resumable after any kill, with every failure recorded and none stopping the run.
 *
 * The phases, in order: find inputs (a stream) → keep this shard's → skip those whose output is
 * already up to date → hand the rest to the worker pool → journal each result → write the report.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, realpath, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { escapeControls } from '../control-chars.js';
import { failureOf, OutputError } from '../errors.js';
import type { Limits } from '../limits/limits.js';
import { FORMAT_VERSION } from '../schema/format-version.js';
import { isDiskFull, writeFailure } from '../write-failure.js';
import { checkArguments, expandInputs } from './inputs.js';
import { takeLock, type Lock } from './lock.js';
import { ensureInside, outputPath, outputRel, REPORT_NAME, reviewRel } from './output-path.js';
import { WorkerPool, type WorkerKind } from './pool.js';
import { Progress, type ProgressMode, type ProgressState } from './progress.js';
import { add, Journal, journalEntries, REPORT_VERSION, writeReport, type ReportHeader, type StopReason } from './report.js';
import { inShard, shardTag, type Shard } from './shard.js';
import { readOutputWarnings, readStamp, sha256File } from './stamp.js';
import { writeArchiveTables } from './tables.js';
import { LAZY_PDFJS, type BatchFormat, type BatchInput, type BatchSummary, type ReportEntry, type WorkerAnswer } from './types.js';

export interface BatchOptions {
  output: string;
  format: BatchFormat;
  jobs: number;
  /** Per-file limits; a worker that passes the time or memory limit is killed and replaced. */
  limits: Limits;
  /** Redo every input even when its output is up to date. */
  force: boolean;
  shard?: Shard;
  recycleAfter: number;
  workers: WorkerKind;
  progress: ProgressMode;
  /** SQLite database to record every input in as it finishes (written by this process only). */
  db?: string;
  /** Folder of cached layouts (--cache): a re-run after a parser change skips reading the sources again. */
  cache?: string;
  /** Also write the archive-wide CSV files (batch --format csv; outputs are then JSON). */
  tables?: boolean;
  /** Start those CSV files with a UTF-8 byte order mark, for Excel. */
  bom?: boolean;
  /** Read links in input folders that lead outside the input roots. */
  followSymlinks?: boolean;
  /** Also write each input's review page beside its output. */
  review?: boolean;
}

/**
 * A worker past this share of --max-memory after a file is replaced: long runs must not creep
 * up on the ceiling, and each file should start with the ceiling's full room.
 */
const RECYCLE_AT_MEMORY_SHARE = 0.5;

/** Exit codes of a run stopped by a signal: 128 + the signal's number, as shells report them. */
const EXIT_SIGINT = 130;
const EXIT_SIGTERM = 143;

/** Hidden folder in OUTDIR for temporary files and the journal; hidden so input walks skip it. */
export const TMP_DIR = '.packtool-tmp';

export interface BatchResult {
  summary: BatchSummary;
  /** Null when no report could be written (the disk is full). */
  reportPath: string | null;
  /** Why the run stopped before every input was done: the output folder cannot take more. */
  stopped: OutputError | null;
}

export function reportName(shard: Shard | undefined): string {
  // Shards may share one OUTDIR (a network volume): each keeps its own report, merged later.
  return shard ? REPORT_NAME.replace('.json', `-${shardTag(shard)}.json`) : REPORT_NAME;
}

export async function runBatch(args: string[], options: BatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const outdir = path.resolve(options.output);
  await checkArguments(args);
  const scratch = await prepareOutdir(outdir, options.shard);
  const walk = { exclude: [outdir], followSymlinks: options.followSymlinks };
  const tally = new Tally(new Journal(path.join(scratch.dir, 'journal.jsonl')), options.progress);
  if (scratch.lock.tookOverFrom) {
    const was = scratch.lock.tookOverFrom;
    tally.progress.note(`packtool batch: took over the lock of an earlier run that is no longer running (pid ${was.pid}, started ${was.started})`);
  }
  // Loaded only when asked for: a run without --db never loads SQLite.
  const archive = options.db ? (await import('../db/sink.js')).ArchiveSink.open(options.db) : null;
  /** The first error writing the database: the run stops, since the database must miss no input. */
  let archiveFailure: unknown = null;
  const finish = async (entry: ReportEntry, outPath?: string): Promise<void> => {
    if (archive) await archive.add(entry, outPath);
    tally.record(entry, outPath);
  };
  // Count in a second, cheap pass (folder listings only) so the bar has a total without the
  // first pass holding every input in memory.
  void countInputs(args, options.shard, walk).then((n) => (tally.state.total = n), () => undefined);

  const pool = new WorkerPool({
    size: options.jobs,
    kind: options.workers,
    timeoutSeconds: options.limits.timeoutSeconds,
    maxMemoryBytes: options.limits.maxMemoryBytes,
    recycleAfter: options.recycleAfter,
    maxRssBytes: options.limits.maxMemoryBytes * RECYCLE_AT_MEMORY_SHARE,
    workerArgs: options.cache ? [LAZY_PDFJS] : [],
  });
  const reportPath = path.join(outdir, reportName(options.shard));
  // Written once: by the end of the run, or by a stop signal, whichever comes first.
  let reporting: Promise<void> | null = null;
  const report = (stopped: StopReason | null) => (reporting ??= writeRunReport(reportPath, options, tally, performance.now() - started, stopped));
  const stopSignals = onStopSignal((signal) => {
    pool.close();
    tally.progress.stop();
    process.stderr.write(`packtool batch: stopped by ${signal} after ${tally.state.done} inputs; run the same command again to resume\n`);
    // The report of what finished is written even now: a run stopped by hand is still a run someone reads about.
    void report(signal)
      .then(() => process.stderr.write(`${escapeControls(`packtool batch: report of the ${tally.summary.inputs} finished inputs in ${reportPath}`)}\n`))
      .catch((err: unknown) => process.stderr.write(`${escapeControls(`packtool batch: could not write the report (${err instanceof Error ? err.message : String(err)})`)}\n`))
      .then(() => scratch.lock.release())
      .finally(() => process.exit(signal === 'SIGINT' ? EXIT_SIGINT : EXIT_SIGTERM));
  });
  const inFlight = new Set<Promise<void>>();
  let nextId = 0;
  // Temporary names are unique to this run: a worker orphaned by a killed earlier run may still
  // write its last file into the scratch folder, and must never write over one of ours.
  const runId = randomBytes(4).toString('hex');
  try {
    for await (const input of expandInputs(args, { ...walk, largestFirst: true })) {
      if (archiveFailure || tally.stopped) break;
      if (!inShard(input.rel, options.shard)) continue;
      const id = nextId++;
      const outRel = outputRel(input, options.format);
      if (input.refused) {
        await finish(entryFor(input.rel, outRel, { id, ok: false, ...input.refused, internal: false, seconds: 0, rssBytes: 0 }));
        continue;
      }
      let outPath: string;
      let reviewPath: string | undefined;
      let skipped: ReportEntry | null;
      try {
        outPath = outputPath(outdir, outRel);
        reviewPath = options.review ? outputPath(outdir, reviewRel(outRel)) : undefined;
        // An output without the review page asked for is not done.
        skipped = options.force || (reviewPath && !existsSync(reviewPath)) ? null : await upToDate(input, outPath, outRel);
      } catch (err) {
        await finish(entryFor(input.rel, outRel, crashed(id, err)));
        continue;
      }
      if (skipped) {
        await finish(skipped, outPath);
        continue;
      }
      // Wait for a free worker before reading further: the input stream never runs ahead of the pool.
      await pool.ready();
      const task = {
        id, file: input.file, displayName: input.rel, format: options.format, cache: options.cache,
        maxPages: options.limits.maxPages, maxSizeBytes: options.limits.maxSizeBytes,
        outPath, tmpPath: path.join(scratch.dir, `${runId}-${id}.${options.format}.tmp`), outdir: scratch.realOutdir,
        review: reviewPath ? { outPath: reviewPath, tmpPath: path.join(scratch.dir, `${runId}-${id}.review.html.tmp`) } : undefined,
      };
      const job = pool
        .run(task)
        .catch((err: unknown) => crashed(id, err))
        .then((answer) => finish(entryFor(input.rel, outRel, answer), outPath))
        .catch((err: unknown) => void (archiveFailure ??= err));
      inFlight.add(job);
      void job.finally(() => inFlight.delete(job));
    }
    await Promise.all(inFlight);
    if (pool.fatal) throw pool.fatal;
    if (archiveFailure) throw archiveFailure;
    archive?.close();
  } catch (err) {
    // A run that cannot go on (workers that die on start-up, a database that cannot be
    // written) still reports what finished before.
    pool.close();
    await report('error').catch(() => undefined);
    await scratch.lock.release();
    throw err;
  } finally {
    stopSignals();
    pool.close();
    tally.progress.stop();
  }

  try {
    // A run stopped because its output folder cannot take more still reports what finished.
    await report(tally.stopped ? 'error' : null);
  } catch (err) {
    // The journal or the report could not be written (the disk is full): no report, rather than
    // one that looks complete and is not. The summary line still says what was done.
    const failure = writeFailure(err, reportPath);
    await scratch.lock.release();
    if (!(failure instanceof OutputError)) throw failure;
    return { summary: tally.summary, reportPath: null, stopped: tally.stopped ?? failure };
  }
  try {
    if (options.tables && !tally.stopped) {
      await writeArchiveTables(outdir, journalEntries(tally.journal.file), { shard: options.shard, bom: options.bom }).catch((err: unknown) => {
        throw writeFailure(err, outdir);
      });
    }
    await rm(scratch.dir, { recursive: true, force: true });
  } finally {
    await scratch.lock.release();
  }
  await rmdir(scratch.root).catch(() => undefined); // other shards may still be using it
  return { summary: tally.summary, reportPath, stopped: tally.stopped };
}

/** The report from the journal of what has finished; `stopped` names the signal that ended the run early. */
async function writeRunReport(reportPath: string, options: BatchOptions, tally: Tally, milliseconds: number, stopped: StopReason | null): Promise<void> {
  tally.summary.seconds = roundedSeconds(milliseconds);
  const header: ReportHeader = {
    packtool_batch: REPORT_VERSION,
    shard: options.shard ? `${options.shard.index}/${options.shard.count}` : null,
    format: options.format,
    stopped,
    summary: tally.summary,
  };
  await tally.journal.close();
  await writeReport(reportPath, header, journalEntries(tally.journal.file));
}

/**
 * Make OUTDIR, take its lock and clear this run's scratch folder. A folder that cannot be made or
 * written to is the user's to fix (OutputError); the scratch folder must not be a link out of OUTDIR,
 * since it is emptied.
 */
async function prepareOutdir(outdir: string, shard: Shard | undefined): Promise<{ root: string; dir: string; realOutdir: string; lock: Lock }> {
  const root = path.join(outdir, TMP_DIR);
  let realOutdir: string;
  let lock: Lock;
  try {
    await mkdir(outdir, { recursive: true });
    realOutdir = await realpath(outdir);
    await ensureInside(realOutdir, root);
    lock = await takeLock(path.join(root, `${shardTag(shard)}.lock`), outdir);
  } catch (err) {
    throw writeFailure(err, outdir);
  }
  try {
    return { ...(await clearScratch(root, shard)), realOutdir, lock };
  } catch (err) {
    await lock.release();
    throw writeFailure(err, outdir);
  }
}

/**
 * This run's scratch folder, emptied. Whatever a killed run left in it is incomplete by
 * definition: outputs only appear in OUTDIR by rename, so clearing it loses nothing.
 */
async function clearScratch(root: string, shard: Shard | undefined): Promise<{ root: string; dir: string }> {
  const dir = path.join(root, shardTag(shard));
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  return { root, dir };
}

/** Everything that follows each finished input: the summary, the journal, the progress display. */
class Tally {
  readonly summary: BatchSummary = { inputs: 0, ok: 0, skipped: 0, failed: 0, warnings: 0, pages: 0, seconds: 0 };
  readonly state: ProgressState = { done: 0, total: null, failed: 0, pages: 0, worked: 0 };
  readonly progress: Progress;
  /** Set when the output folder cannot take more (its disk is full): no further input is started. */
  stopped: OutputError | null = null;

  constructor(
    readonly journal: Journal,
    mode: ProgressMode,
  ) {
    this.progress = new Progress(mode, this.state);
  }

  /** `outPath` names the output a disk-full failure could not write (a failed entry's `output` is null). */
  record(entry: ReportEntry, outPath?: string): void {
    add(this.summary, entry);
    this.journal.add(entry);
    if (!this.stopped && this.journal.failure) this.stopped = asOutputError(this.journal.failure, this.journal.file);
    if (!this.stopped && isDiskFull(entry.error?.code)) this.stopped = new OutputError('disk-full', entry.error!.message, outPath ?? entry.input);
    this.state.done++;
    if (entry.status !== 'skipped') this.state.worked++;
    if (entry.status === 'ok') this.state.pages += entry.pages ?? 0;
    if (entry.status === 'failed') {
      this.state.failed++;
      this.progress.note(`packtool: failed: ${entry.input}: ${entry.error?.message} [${entry.error?.code}]`);
    }
  }
}

/**
 * Stopped from outside (Ctrl-C, a scheduler's SIGTERM): the handler stops the workers and says
 * how to carry on; everything finished so far is already in OUTDIR. Returns the undo.
 */
function onStopSignal(handler: (signal: 'SIGINT' | 'SIGTERM') => void): () => void {
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

/** A skipped entry if the output exists and was made from these bytes by this format version. */
async function upToDate(input: BatchInput, outPath: string, outRel: string): Promise<ReportEntry | null> {
  const started = performance.now();
  const stamp = await readStamp(outPath);
  if (!stamp || stamp.formatVersion !== FORMAT_VERSION) return null;
  let sha: string;
  try {
    sha = await sha256File(input.file);
  } catch {
    return null; // unreadable now: let the worker record why
  }
  if (sha !== stamp.sha256) return null;
  // The run that made the output counted its warnings; they are at its end, so read them back.
  const warnings = await readOutputWarnings(outPath);
  return {
    input: input.rel, output: outRel, status: 'skipped', error: null, pages: stamp.pages,
    warnings: warnings?.count ?? null, warningCodes: warnings?.codes ?? null, seconds: roundedSeconds(performance.now() - started),
  };
}

/** A write error as the one line the run stops with; one the file system does not explain is said as it is. */
function asOutputError(err: Error, file: string): OutputError {
  const failure = writeFailure(err, file);
  return failure instanceof OutputError ? failure : new OutputError('cannot-write', `cannot write: ${err.message.split('\n')[0]}`, file);
}

/** Milliseconds to seconds, kept to the millisecond: the report has no use for more digits. */
function roundedSeconds(milliseconds: number): number {
  return Math.round(milliseconds) / 1000;
}

/** Something in the batch machinery itself went wrong for one input: recorded, never fatal to the run. */
function crashed(id: number, err: unknown): WorkerAnswer {
  return { id, ok: false, ...failureOf(err), seconds: 0, rssBytes: 0 };
}

function entryFor(input: string, output: string, a: WorkerAnswer): ReportEntry {
  const seconds = roundedSeconds(a.seconds * 1000);
  if (a.ok) return { input, output, status: 'ok', error: null, pages: a.pages, warnings: a.warnings, warningCodes: a.warningCodes, seconds };
  return { input, output: null, status: 'failed', error: { code: a.code, message: a.message }, pages: null, warnings: null, warningCodes: null, seconds };
}

async function countInputs(args: string[], shard: Shard | undefined, walk: { exclude: string[]; followSymlinks?: boolean }): Promise<number> {
  let n = 0;
  for await (const input of expandInputs(args, walk)) if (inShard(input.rel, shard)) n++;
  return n;
}
