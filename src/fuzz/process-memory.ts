/**
 * The resident memory of a process and everything it started, read from /proc (Linux). A child
 * process's memory is outside the fuzzer's own, and pdf.js's buffers are outside any V8 heap: only
 * the kernel's count of resident pages sees a decompression bomb as it inflates. Each process is
 * read with processMemory (src/limits/memory.ts), the one reader of /proc memory.
 */
import { readFileSync } from 'node:fs';
import { processMemory } from '../limits/memory.js';

/** True where /proc can be read (Linux); elsewhere a case's memory is not measured. */
export const CAN_MEASURE = processMemory(process.pid) !== null;

/** Resident bytes of `pid` and its descendants now, and the highest any one of them reached (VmHWM). */
export function treeMemory(pid: number): { rss: number; peakOfOne: number } {
  let rss = 0;
  let peakOfOne = 0;
  for (const p of tree(pid)) {
    const m = processMemory(p); // null: the process ended between listing and reading
    if (!m) continue;
    rss += m.rss;
    peakOfOne = Math.max(peakOfOne, m.peak);
  }
  return { rss, peakOfOne };
}

function tree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    for (const task of read(`/proc/${out[i]}/task/${out[i]}/children`).split(' ')) {
      if (task.trim()) out.push(Number(task));
    }
  }
  return out;
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // the process ended between listing and reading
  }
}
