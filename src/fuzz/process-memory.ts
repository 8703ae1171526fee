/**
 * The resident memory of a process and everything it started, read from /proc (Linux). A child
 * process's memory is outside the fuzzer's own, and pdf.js's buffers are outside any V8 heap: only
 * the kernel's count of resident pages sees a decompression bomb as it inflates.
 */
import { readFileSync } from 'node:fs';

/** True where /proc can be read (Linux); elsewhere a case's memory is not measured. */
export const CAN_MEASURE = (() => {
  try {
    readFileSync('/proc/self/status');
    return true;
  } catch {
    return false;
  }
})();

/** Resident bytes of `pid` and its descendants now, and the highest any one of them reached (VmHWM). */
export function treeMemory(pid: number): { rss: number; peakOfOne: number } {
  let rss = 0;
  let peakOfOne = 0;
  for (const p of tree(pid)) {
    const status = read(`/proc/${p}/status`);
    rss += kb(status, 'VmRSS');
    peakOfOne = Math.max(peakOfOne, kb(status, 'VmHWM'));
  }
  return { rss, peakOfOne };
}

function tree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    for (const task of (read(`/proc/${out[i]}/task/${out[i]}/children`) || '').split(' ')) {
      if (task.trim()) out.push(Number(task));
    }
  }
  return out;
}

function kb(status: string, field: string): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return m ? Number(m[1]) * 1024 : 0;
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // the process ended between listing and reading
  }
}
