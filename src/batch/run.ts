/**
 * `packtool batch`: convert every input under the INPUT arguments into OUTDIR, in parallel,
 * resumable after any kill, with every failure recorded and none stopping the run.
 *
 * The phases, in order: find inputs (a stream) → keep this shard's → skip those whose output is
 * already up to date → hand the rest to the worker pool → journal each result → write the report.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import type { Limits } from '../limits/limits.js';
import { failureOf } from '../errors.js';
import { FORMAT_VERSION } from '../schema/pack.js';
import { checkArguments, expandInputs } from './inputs.js';
import { outputPath, outputRel, REPORT_NAME, reviewRel } from './output-path.js';
import { WorkerPool, type WorkerKind } from './pool.js';
import { Progress, type ProgressMode, type ProgressState } from './progress.js';
import { add, Journal, journalEntries, REPORT_VERSION, writeReport, type ReportHeader } from './report.js';
import { inShard, shardTag, type Shard } from './shard.js';
import { readStamp, sha256File } from './stamp.js';
import type { BatchFormat, BatchInput, BatchSummary, ReportEntry, WorkerAnswer } from './types.js';

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
  reportPath: string;
}

export function reportName(shard: Shard | undefined): string {
  // Shards may share one OUTDIR (a network volume): each keeps its own report, merged later.
  return shard ? REPORT_NAME.replace('.json', `-${shardTag(shard)}.json`) : REPORT_NAME;
}

export async function runBatch(args: string[], options: BatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const outdir = path.resolve(options.output);
  await checkArguments(args);
  const scratch = await clearScratch(outdir, options.shard);
  const walk = { exclude: [outdir] };
  const tally = new Tally(new Journal(path.join(scratch.dir, 'journal.jsonl')), options.progress);
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
  });
  const stopSignals = onStopSignal((signal) => {
    pool.close();
    tally.progress.stop();
    process.stderr.write(`packtool batch: stopped by ${signal} after ${tally.state.done} inputs; run the same command again to resume\n`);
    process.exit(signal === 'SIGINT' ? EXIT_SIGINT : EXIT_SIGTERM);
  });
  const inFlight = new Set<Promise<void>>();
  let nextId = 0;
  // Temporary names are unique to this run: a worker orphaned by a killed earlier run may still
  // write its last file into the scratch folder, and must never write over one of ours.
  const runId = randomBytes(4).toString('hex');
  try {
    for await (const input of expandInputs(args, { ...walk, largestFirst: true })) {
      if (!inShard(input.rel, options.shard)) continue;
      const id = nextId++;
      const outRel = outputRel(input, options.format);
      let outPath: string;
      let reviewPath: string | undefined;
      let skipped: ReportEntry | null;
      try {
        outPath = outputPath(outdir, outRel);
        reviewPath = options.review ? outputPath(outdir, reviewRel(outRel)) : undefined;
        // An output without the review page asked for is not done.
        skipped = options.force || (reviewPath && !existsSync(reviewPath)) ? null : await upToDate(input, outPath, outRel);
      } catch (err) {
        tally.record(entryFor(input.rel, outRel, crashed(id, err)));
        continue;
      }
      if (skipped) {
        tally.record(skipped);
        continue;
      }
      // Wait for a free worker before reading further: the input stream never runs ahead of the pool.
      await pool.ready();
      const task = {
        id, file: input.file, displayName: input.rel, format: options.format,
        maxPages: options.limits.maxPages, maxSizeBytes: options.limits.maxSizeBytes,
        outPath, tmpPath: path.join(scratch.dir, `${runId}-${id}.${options.format}.tmp`),
        review: reviewPath ? { outPath: reviewPath, tmpPath: path.join(scratch.dir, `${runId}-${id}.review.html.tmp`) } : undefined,
      };
      const job = pool
        .run(task)
        .catch((err: unknown) => crashed(id, err))
        .then((answer) => tally.record(entryFor(input.rel, outRel, answer)));
      inFlight.add(job);
      void job.finally(() => inFlight.delete(job));
    }
    await Promise.all(inFlight);
    if (pool.fatal) throw pool.fatal;
  } finally {
    stopSignals();
    pool.close();
    tally.progress.stop();
  }

  tally.summary.seconds = roundedSeconds(performance.now() - started);
  const reportPath = path.join(outdir, reportName(options.shard));
  const header: ReportHeader = {
    packtool_batch: REPORT_VERSION,
    shard: options.shard ? `${options.shard.index}/${options.shard.count}` : null,
    format: options.format,
    summary: tally.summary,
  };
  await tally.journal.close();
  await writeReport(reportPath, header, journalEntries(tally.journal.file));
  await rm(scratch.dir, { recursive: true, force: true });
  await rmdir(scratch.root).catch(() => undefined); // other shards may still be using it
  return { summary: tally.summary, reportPath };
}

/**
 * This run's scratch folder, emptied. Whatever a killed run left in it is incomplete by
 * definition: outputs only appear in OUTDIR by rename, so clearing it loses nothing.
 */
async function clearScratch(outdir: string, shard: Shard | undefined): Promise<{ root: string; dir: string }> {
  const root = path.join(outdir, TMP_DIR);
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

  constructor(
    readonly journal: Journal,
    mode: ProgressMode,
  ) {
    this.progress = new Progress(mode, this.state);
  }

  record(entry: ReportEntry): void {
    add(this.summary, entry);
    this.journal.add(entry);
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
function onStopSignal(handler: (signal: NodeJS.Signals) => void): () => void {
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
  return { input: input.rel, output: outRel, status: 'skipped', error: null, pages: stamp.pages, warnings: null, seconds: roundedSeconds(performance.now() - started) };
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
  if (a.ok) return { input, output, status: 'ok', error: null, pages: a.pages, warnings: a.warnings, seconds };
  return { input, output, status: 'failed', error: { code: a.code, message: a.message }, pages: null, warnings: null, seconds };
}

async function countInputs(args: string[], shard: Shard | undefined, walk: { exclude: string[] }): Promise<number> {
  let n = 0;
  for await (const input of expandInputs(args, walk)) if (inShard(input.rel, shard)) n++;
  return n;
}
