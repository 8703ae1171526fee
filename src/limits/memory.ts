/**
 * The memory ceiling, enforced from outside the process that reads a file. pdf.js keeps
 * decoded streams in ArrayBuffers outside the V8 heap, so a heap cap alone lets a PDF whose
 * content inflates from 1 MB to gigabytes take the machine; the process's resident size
 * counts everything. It is sampled from /proc/PID/status (Linux), and the process is killed
 * on the first sample past the ceiling.
 */
import { readFileSync } from 'node:fs';

/**
 * How often a reading process's memory is sampled. Inflating zeros, pdf.js grows by about
 * 1 GB a second, so a 50 ms period overshoots the ceiling by some 50 MB at worst; a read of
 * /proc/PID/status costs a few microseconds.
 */
export const MEMORY_SAMPLE_MS = 50;

/**
 * Resident memory of a process in bytes, or null where it cannot be read (the process is gone;
 * no /proc, as on macOS, where only the V8 heap cap holds a read: docs/limits.md).
 */
export function residentBytes(pid: number): number | null {
  return processMemory(pid)?.rss ?? null;
}

/**
 * A process's resident bytes now (VmRSS) and the most it has held (VmHWM), from /proc/PID/status;
 * null where that cannot be read. The one reader of /proc memory: the pool, readInChild and the fuzzer use it.
 */
export function processMemory(pid: number): { rss: number; peak: number } | null {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'latin1');
  } catch {
    return null;
  }
  const rss = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!rss) return null;
  const peak = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
  return { rss: Number(rss[1]) * 1024, peak: peak ? Number(peak[1]) * 1024 : 0 };
}

/**
 * Watch a process until stopped: `onExceeded` is called once, with the size seen, when its
 * resident memory passes `limitBytes`. The caller kills the process. Returns the stop function,
 * which also gives the peak seen.
 */
export function watchMemory(pid: number, limitBytes: number, onExceeded: (bytes: number) => void): () => number {
  let peak = 0;
  const timer = setInterval(() => {
    const bytes = residentBytes(pid);
    if (bytes === null) return;
    peak = Math.max(peak, bytes);
    if (bytes > limitBytes) {
      clearInterval(timer);
      onExceeded(bytes);
    }
  }, MEMORY_SAMPLE_MS);
  // Sampling must never keep the command alive on its own.
  timer.unref();
  return () => {
    clearInterval(timer);
    return peak;
  };
}

/** The V8 heap cap to give a reading process: the same ceiling, so that the heap alone can never pass it. */
export function heapLimitMb(maxMemoryBytes: number): number {
  return Math.max(1, Math.floor(maxMemoryBytes / 1024 ** 2));
}

/** What a process that died while reading says on stderr when V8 ran out of heap (it aborts, SIGABRT). */
export function diedOfHeap(stderrTail: string): boolean {
  return /heap out of memory|Reached heap limit|ERR_WORKER_OUT_OF_MEMORY|Allocation failed/i.test(stderrTail);
}
