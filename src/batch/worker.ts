/**
 * A batch worker: extracts one file at a time and writes its output atomically. The same module
 * runs as a child process (process.send) or a worker thread (parentPort); the pool chooses.
 *
 * pdf.js parses synchronously between awaits, so a file that hangs cannot be interrupted from
 * inside: the pool kills this worker and starts another. Anything this worker writes therefore
 * goes to a temporary file first and is renamed into place only when complete.
 */
import { rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isMainThread, parentPort } from 'node:worker_threads';
import { LayoutCache } from '../cache/layout-cache.js';
import { failureOf } from '../errors.js';
import { extractFile, type ExtractOptions } from '../extract.js';
import { STOPPED_FROM_OUTSIDE } from '../limits/limits.js';
import type { Pack } from '../schema/pack.js';
import { formatOutput } from '../write/index.js';
import { writeFailure } from '../write-failure.js';
import { ensureInside } from './output-path.js';
import { summariseWarnings } from './stamp.js';
import { LAZY_PDFJS, type WorkerAnswer, type WorkerTask } from './types.js';

type Post = (answer: WorkerAnswer) => void;


/**
 * This worker's memory, for the pool's recycling rule: a child process's resident size, or for a
 * thread its own V8 heap (the process's resident size would count every thread at once).
 */
function memoryBytes(): number {
  const usage = process.memoryUsage();
  return isMainThread ? usage.rss : usage.heapTotal;
}

/**
 * Read PDFs on this worker's own thread, with no clock of the PDF source's own: this whole worker
 * is stopped and replaced at --timeout and --max-memory, and a fresh thread per file would cost a
 * cold pdf.js each time (measured: 65-80% more CPU over 8 corpus PDFs).
 */
function extractOptions(task: WorkerTask): ExtractOptions {
  return {
    displayName: task.displayName, maxPages: task.maxPages, maxSizeBytes: task.maxSizeBytes, ...STOPPED_FROM_OUTSIDE,
    layoutCache: task.cache ? cacheIn(task.cache) : undefined,
  };
}

/** One cache object per folder for the worker's life. */
let cache: LayoutCache | null = null;
function cacheIn(dir: string): LayoutCache {
  if (cache?.dir !== dir) cache = new LayoutCache(dir);
  return cache;
}

/** The task's Pack, and its review page when `batch --review` asked for one. */
async function extractTask(task: WorkerTask): Promise<{ pack: Pack; review?: Buffer }> {
  if (!task.review) return { pack: (await extractFile(task.file, extractOptions(task))).pack };
  // Loaded by the first task that asks for a page: most batches write none.
  const { reviewFile } = await import('../review/review-file.js');
  const { result, html } = await reviewFile(task.file, extractOptions(task));
  return { pack: result.pack, review: html };
}

export async function runTask(task: WorkerTask, stillWanted: () => boolean = () => true): Promise<WorkerAnswer> {
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  try {
    const { pack, review } = await extractTask(task);
    const text = formatOutput(pack, task.format);
    // A worker orphaned by a killed run writes nothing more: the next run owns OUTDIR now.
    if (!stillWanted()) process.exit(0);
    await writeOutput(task, text, review, stillWanted);
    const { count, codes } = summariseWarnings(pack.warnings);
    return { id: task.id, ok: true, pages: pack.source.pages, warnings: count, warningCodes: codes, seconds: seconds(), rssBytes: memoryBytes() };
  } catch (err) {
    await unlink(task.tmpPath).catch(() => undefined);
    if (task.review) await unlink(task.review.tmpPath).catch(() => undefined);
    return { id: task.id, ok: false, ...failureOf(err), seconds: seconds(), rssBytes: memoryBytes() };
  }
}

/** Write to the scratch file, then rename into place; the file system's refusals become OutputErrors. */
async function writeOutput(task: WorkerTask, text: string, review: Buffer | undefined, stillWanted: () => boolean): Promise<void> {
  try {
    await ensureInside(task.outdir, path.dirname(task.outPath));
    await writeFile(task.tmpPath, text);
    if (!stillWanted()) {
      await unlink(task.tmpPath).catch(() => undefined);
      process.exit(0);
    }
    // The review page first: an output present means its input is done (see upToDate in run.ts).
    if (task.review && review) {
      await writeFile(task.review.tmpPath, review);
      await rename(task.review.tmpPath, task.review.outPath);
    }
    await rename(task.tmpPath, task.outPath);
  } catch (err) {
    throw writeFailure(err, task.outPath);
  }
}

/**
 * Load pdf.js before saying ready: the extract pipeline imports it lazily on the first PDF, and
 * that second or so would otherwise count against the first file's --timeout. It is loaded the
 * way the PDF source loads it, which keeps this thread's native Array.prototype.push.
 */
async function warmUp(): Promise<void> {
  // With a layout cache, most files of a re-run never reach pdf.js: loading it up front would
  // be most of such a worker's start-up (measured: 0.2 s of CPU against 0.05 s per cached file).
  if (process.argv.includes(LAZY_PDFJS)) return;
  const { loadPdfJs } = await import('../sources/pdf.js');
  await loadPdfJs();
}

function serve(onTask: (listener: (task: WorkerTask) => void) => void, post: Post, stillWanted: () => boolean, ready: () => void): void {
  // Tasks arrive one at a time (the pool waits for each answer), so no queue is needed here.
  onTask((task) => {
    void runTask(task, stillWanted).then(post);
  });
  void warmUp().catch(() => undefined).then(ready);
}

if (parentPort) {
  const port = parentPort;
  serve((l) => port.on('message', l), (a) => port.postMessage(a), () => true, () => port.postMessage({ ready: true }));
} else if (process.send) {
  // The parent died (even by SIGKILL): stop rather than keep writing into a run that is over.
  process.on('disconnect', () => process.exit(0));
  serve(
    (l) => process.on('message', (m) => l(m as WorkerTask)),
    (a) => process.send?.(a),
    () => process.connected,
    () => process.send?.({ ready: true }),
  );
}
