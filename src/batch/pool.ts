/**
 * A fixed number of workers, one file each at a time. A worker that overruns the per-file
 * timeout or dies is killed and replaced, and its file is recorded as failed; a worker that has
 * done many files or grown large is retired and replaced, so memory stays bounded on long runs.
 *
 * Workers are child processes by default, for isolation: a native crash or the system's
 * out-of-memory killer ends one worker, not the run. Per file, threads measured as fast (see
 * docs/batch.md); they remain available with `--workers thread`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { compiledModule } from '../compiled.js';
import { memoryLimit, timedOut } from '../limits/limits.js';
import { diedOfHeap, heapLimitMb, watchMemory } from '../limits/memory.js';
import type { WorkerAnswer, WorkerTask } from './types.js';

export type WorkerKind = 'process' | 'thread';

export interface PoolOptions {
  size: number;
  kind: WorkerKind;
  timeoutSeconds: number;
  /**
   * The memory ceiling for one file (--max-memory): a process worker is killed when its
   * resident memory passes it, and the file recorded as `memory-limit`; it is also every
   * worker's V8 heap cap (all a thread worker can be held to: pdf.js's buffers are outside it).
   */
  maxMemoryBytes: number;
  /** Replace a worker after this many files (caches in pdf.js grow with every document). */
  recycleAfter: number;
  /** Replace a worker whose resident memory has grown past this. */
  maxRssBytes: number;
  /** The worker module; the compiled worker.js unless a test gives another. */
  entry?: string;
  /** Arguments for each worker (seen in its process.argv, process or thread alike). */
  workerArgs?: string[];
}

/** Failures that are a limit doing its job, not a fault in packtool. */
const LIMIT_CODES = new Set(['timeout', 'memory-limit']);

/** How much of a dying worker's stderr to keep, to say why it died in the report. */
const STDERR_TAIL_BYTES = 2048;

/** The compiled worker: beside this module in dist/, or in dist/ when this module runs from src/ (tests). */
export function workerEntry(): string {
  return compiledModule('./worker.js', import.meta.url);
}

/**
 * Workers that died in a row before becoming ready. Past this, the tool itself is broken (a bad
 * install, a build mid-way): every file would "fail" the same way, so the run stops instead.
 */
const BOOT_FAILURES_LIMIT = 3;

/** Shared by the slots: consecutive start-up deaths, and the error that stopped the pool. */
interface PoolHealth {
  bootFailures: number;
  fatal: Error | null;
}

/** A worker that has not said it is ready after this long is broken (normally it takes well under a second). */
const WORKER_BOOT_SECONDS = 60;

/** One worker, whichever kind, behind the few things the pool needs. */
interface Handle {
  /** Resolves once the worker has loaded its modules (pdf.js included) and can take a file. */
  ready: Promise<void>;
  /** The child process's id, for the memory watch; null for a thread (its memory is the parent's). */
  pid: number | null;
  send(task: WorkerTask): void;
  kill(): void;
  /** Set by the slot for the task in hand. */
  onAnswer: (a: WorkerAnswer) => void;
  onDeath: (why: string) => void;
}

/** Route a worker's messages: the one-off ready signal, then answers. */
function listen(handle: Handle, markReady: () => void): (m: unknown) => void {
  return (m) => {
    if ((m as { ready?: boolean }).ready === true) markReady();
    else handle.onAnswer(m as WorkerAnswer);
  };
}

function readySignal(): { ready: Promise<void>; markReady: () => void } {
  let markReady = () => undefined as void;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  return { ready, markReady };
}

function tailOf(stream: Readable | null | undefined): () => string {
  let tail = '';
  stream?.on('data', (chunk: Buffer) => {
    tail = (tail + chunk.toString('utf8')).slice(-STDERR_TAIL_BYTES);
  });
  return () => tail.trim().split('\n').slice(-3).join(' | ');
}

function spawnProcess(entry: string, heapMb: number, args: string[]): Handle {
  // No inherited execArgv: a test runner's loaders or an inspector port must not follow the worker.
  const child: ChildProcess = fork(entry, args, {
    execArgv: [`--max-old-space-size=${heapMb}`],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  const stderr = tailOf(child.stderr);
  const { ready, markReady } = readySignal();
  const handle: Handle = {
    ready,
    pid: child.pid ?? null,
    send: (task) => child.send(task),
    kill: () => {
      child.kill('SIGKILL');
    },
    onAnswer: () => undefined,
    onDeath: () => undefined,
  };
  child.on('message', listen(handle, markReady));
  child.on('exit', (code, signal) => {
    const how = signal ? `killed by ${signal}` : `exited with code ${code}`;
    const said = stderr();
    handle.onDeath(`the worker ${how}${signal === 'SIGKILL' ? ' (out of memory?)' : ''}${said ? `: ${said}` : ''}`);
  });
  child.on('error', (err) => handle.onDeath(`the worker failed: ${err.message}`));
  return handle;
}

function spawnThread(entry: string, heapMb: number, args: string[]): Handle {
  const worker = new Worker(entry, { argv: args, stdout: true, stderr: true, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
  worker.stdout.resume();
  const stderr = tailOf(worker.stderr);
  const { ready, markReady } = readySignal();
  const handle: Handle = {
    ready,
    pid: null,
    send: (task) => worker.postMessage(task),
    kill: () => void worker.terminate(),
    onAnswer: () => undefined,
    onDeath: () => undefined,
  };
  worker.on('message', listen(handle, markReady));
  worker.on('error', (err: Error & { code?: string }) => handle.onDeath(`the worker failed: ${err.code ?? ''} ${err.message}`));
  worker.on('exit', (code) => {
    const said = stderr();
    handle.onDeath(`the worker exited with code ${code}${said ? `: ${said}` : ''}`);
  });
  return handle;
}

class Slot {
  private handle: Handle | null = null;
  private filesDone = 0;

  constructor(
    private readonly options: PoolOptions,
    private readonly entry: string,
    private readonly health: PoolHealth,
  ) {}

  run(task: WorkerTask): Promise<WorkerAnswer> {
    const args = this.options.workerArgs ?? [];
    const heapMb = heapLimitMb(this.options.maxMemoryBytes);
    const handle = (this.handle ??= this.options.kind === 'thread' ? spawnThread(this.entry, heapMb, args) : spawnProcess(this.entry, heapMb, args));
    const started = performance.now();
    const failure = (code: string, message: string): WorkerAnswer => ({
      id: task.id, ok: false, code, message, internal: !LIMIT_CODES.has(code), seconds: (performance.now() - started) / 1000, rssBytes: 0,
    });
    const overMemory = () => failure('memory-limit', memoryLimit(task.file, this.options.maxMemoryBytes).message);

    return new Promise((resolve) => {
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      let stopWatching = () => 0;
      const settle = (answer: WorkerAnswer, killWorker: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        stopWatching();
        handle.onAnswer = () => undefined;
        handle.onDeath = () => undefined;
        this.filesDone++;
        const worn = this.filesDone >= this.options.recycleAfter || answer.rssBytes > this.options.maxRssBytes;
        if (killWorker || worn) this.retire();
        resolve(answer);
      };
      handle.onAnswer = (a) => {
        if (a.id === task.id) settle(a, false);
      };
      let ready = false;
      handle.onDeath = (why) => {
        this.handle = null; // already gone: nothing to kill
        if (!ready && ++this.health.bootFailures >= BOOT_FAILURES_LIMIT) {
          this.health.fatal = new Error(`batch workers cannot start (${BOOT_FAILURES_LIMIT} in a row died on start-up): ${why}`);
        }
        // A worker whose V8 heap ran out (the heap cap is the memory ceiling too) passed the ceiling.
        settle(diedOfHeap(why) ? overMemory() : failure('worker-crashed', why), false);
      };
      timer = setTimeout(() => settle(failure('worker-crashed', `the worker did not start within ${WORKER_BOOT_SECONDS} s`), true), WORKER_BOOT_SECONDS * 1000);
      // The file's clock starts once the worker is ready: booting Node and loading pdf.js are not the file's fault.
      void handle.ready.then(() => {
        ready = true;
        this.health.bootFailures = 0;
        if (settled) return;
        clearTimeout(timer);
        const s = this.options.timeoutSeconds;
        timer = setTimeout(() => settle(failure('timeout', timedOut(task.file, s).message), true), s * 1000);
        if (handle.pid !== null) stopWatching = watchMemory(handle.pid, this.options.maxMemoryBytes, () => settle(overMemory(), true));
        handle.send(task);
      });
    });
  }

  retire(): void {
    this.handle?.kill();
    this.handle = null;
    this.filesDone = 0;
  }
}

export class WorkerPool {
  private readonly idle: Slot[];
  private readonly health: PoolHealth = { bootFailures: 0, fatal: null };
  private readonly waiting: Array<(slot: Slot) => void> = [];

  constructor(private readonly options: PoolOptions) {
    const entry = options.entry ?? workerEntry();
    this.idle = Array.from({ length: options.size }, () => new Slot(options, entry, this.health));
  }

  /** Wait for a free worker, then run the task on it. Awaiting `ready()` first keeps the input stream from running ahead. */
  async run(task: WorkerTask): Promise<WorkerAnswer> {
    const slot = await this.acquire();
    try {
      return await slot.run(task);
    } finally {
      this.release(slot);
    }
  }

  /** Resolves when a worker is free (without taking it); throws if workers cannot start at all. */
  async ready(): Promise<void> {
    if (this.idle.length === 0) this.release(await this.acquire());
    if (this.health.fatal) throw this.health.fatal;
  }

  /** Set once workers have died on start-up too often in a row: the run cannot go on. */
  get fatal(): Error | null {
    return this.health.fatal;
  }

  close(): void {
    for (const slot of this.idle) slot.retire();
  }

  private acquire(): Promise<Slot> {
    const slot = this.idle.pop();
    if (slot) return Promise.resolve(slot);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else this.idle.push(slot);
  }
}
