/**
 * One run at a time per output folder (per shard): two runs sharing a scratch folder and a
 * journal would clear each other's files and write a report of half of each.
 *
 * The lock is a file made with O_EXCL (atomic on local and NFSv3+ file systems) that names its
 * run: pid, host, start time and command line. A lock whose process is gone (a run killed with
 * SIGKILL, a machine that rebooted) is stale and taken over; only a lock from another host cannot
 * be checked, and the message says how to remove it.
 */
import { readFileSync } from 'node:fs';
import { open, readFile, unlink } from 'node:fs/promises';
import os from 'node:os';
import { OutputError } from '../errors.js';

export interface LockHolder {
  pid: number;
  host: string;
  started: string;
  command: string;
}

export interface Lock {
  /** The stale lock that was taken over, to say so. */
  tookOverFrom: LockHolder | null;
  release(): Promise<void>;
}

/** Take the lock at `file` (its folder exists), or throw an OutputError naming the run that holds it. */
export async function takeLock(file: string, outdir: string): Promise<Lock> {
  const me: LockHolder = { pid: process.pid, host: os.hostname(), started: new Date().toISOString(), command: process.argv.slice(2).join(' ') };
  let tookOverFrom: LockHolder | null = null;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(JSON.stringify(me) + '\n');
      await handle.close();
      return { tookOverFrom, release: () => unlink(file).catch(() => undefined) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const holder = await readHolder(file);
    if (holder && !isStale(holder)) {
      const where = holder.host === me.host ? '' : ` on ${holder.host}`;
      throw new OutputError(
        'output-in-use',
        `another packtool batch run is writing here (pid ${holder.pid}${where}, started ${holder.started}: packtool ${holder.command}); wait for it to end or use another output folder${holder.host === me.host ? '' : `; if it is no longer running, delete ${file}`}`,
        outdir,
      );
    }
    tookOverFrom = holder;
    await unlink(file).catch(() => undefined);
  }
  throw new OutputError('output-in-use', `another packtool batch run took the lock ${file} at the same moment; run again`, outdir);
}

async function readHolder(file: string): Promise<LockHolder | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as LockHolder;
  } catch {
    return null; // unreadable or half-written: a run killed while taking it
  }
}

/**
 * A lock of this host whose process no longer exists, or whose pid now belongs to a process that
 * is not packtool (pids are reused after a reboot). Another host's lock cannot be checked.
 */
function isStale(holder: LockHolder): boolean {
  if (holder.host !== os.hostname()) return false;
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
  try {
    return !readFileSync(`/proc/${holder.pid}/cmdline`, 'utf8').includes('packtool');
  } catch {
    return false; // no /proc (macOS): a live pid counts as the holder
  }
}
