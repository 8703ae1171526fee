import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkerPool, type WorkerKind } from '../../src/batch/pool.js';
import type { WorkerTask } from '../../src/batch/types.js';
import { scratch } from './cli.js';

/**
 * A stand-in worker speaking the batch protocol, so the pool's timeouts, crashes and restarts
 * are tested in milliseconds: the file name says what to do ("hang", "exit", anything else: ok).
 */
const FAKE_WORKER = `
import { parentPort } from 'node:worker_threads';
const post = parentPort ? (m) => parentPort.postMessage(m) : (m) => process.send(m);
const on = parentPort ? (l) => parentPort.on('message', l) : (l) => process.on('message', l);
if (process.env.FAKE_BOOT_CRASH) process.exit(9);
on((task) => {
  if (task.file === 'hang') for (;;) {}
  if (task.file === 'exit') process.exit(3);
  // Memory outside the V8 heap, as pdf.js's decoded streams are: 64 MB more every 10 ms, pages touched.
  if (task.file === 'grow') { const kept = []; setInterval(() => kept.push(Buffer.alloc(64 * 1024 * 1024, 1)), 10); return; }
  post({ id: task.id, ok: true, pages: process.pid, warnings: 0, seconds: 0, rssBytes: 0 });
});
post({ ready: true });
`;

function fakeEntry(): string {
  const file = path.join(scratch(), 'fake-worker.mjs');
  writeFileSync(file, FAKE_WORKER);
  return file;
}

const task = (id: number, file: string): WorkerTask => ({ id, file, displayName: file, format: 'yaml', maxPages: 10, maxSizeBytes: 1024 ** 2, outPath: '/nonexistent', tmpPath: '/nonexistent' });

describe.each<WorkerKind>(['process', 'thread'])('the worker pool (%s workers)', (kind) => {
  const pool = (recycleAfter = 100) => new WorkerPool({ size: 1, kind, timeoutSeconds: 1, maxMemoryBytes: 1024 ** 3, recycleAfter, maxRssBytes: 2 ** 40, entry: fakeEntry() });

  it('answers tasks on one worker while it stays healthy', async () => {
    const p = pool();
    const a = await p.run(task(1, 'a.pdf'));
    const b = await p.run(task(2, 'b.pdf'));
    p.close();
    expect(a).toMatchObject({ id: 1, ok: true });
    // Same worker twice: the fake puts its pid in `pages` (a thread shares the parent's pid anyway).
    expect(b.ok && a.ok && b.pages === a.pages).toBe(true);
  });

  it('stops a hanging file at the timeout, records it, and carries on with a new worker', async () => {
    const p = pool();
    const started = Date.now();
    const hung = await p.run(task(1, 'hang'));
    expect(hung).toMatchObject({ id: 1, ok: false, code: 'timeout' });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await p.run(task(2, 'after.pdf'))).toMatchObject({ id: 2, ok: true });
    p.close();
  });

  it('records a worker that dies mid-file as worker-crashed, and carries on', async () => {
    const p = pool();
    const died = await p.run(task(1, 'exit'));
    expect(died).toMatchObject({ ok: false, code: 'worker-crashed' });
    expect(died.ok ? '' : died.message).toMatch(/exit|code 3/);
    expect(await p.run(task(2, 'after.pdf'))).toMatchObject({ ok: true });
    p.close();
  });

  // Threads share the parent's pid, so a new thread cannot be told apart this way.
  it.skipIf(kind === 'thread')('replaces a worker after --recycle-after files', async () => {
    const p = pool(1);
    const a = await p.run(task(1, 'a.pdf'));
    const b = await p.run(task(2, 'b.pdf'));
    p.close();
    expect(a.ok && b.ok && a.pages !== b.pages).toBe(true);
  });
});

describe('the worker pool (process workers) at --max-memory', () => {
  it('kills a worker whose resident memory passes the ceiling, records memory-limit, and carries on', async () => {
    const p = new WorkerPool({ size: 1, kind: 'process', timeoutSeconds: 30, maxMemoryBytes: 256 * 1024 ** 2, recycleAfter: 100, maxRssBytes: 2 ** 40, entry: fakeEntry() });
    const grown = await p.run(task(1, 'grow'));
    expect(grown).toMatchObject({ id: 1, ok: false, code: 'memory-limit', internal: false });
    expect(grown.ok ? '' : grown.message).toMatch(/^reading the file needed more than --max-memory 256 MB and was stopped/);
    expect(await p.run(task(2, 'after.pdf'))).toMatchObject({ id: 2, ok: true });
    p.close();
  });
});

describe('the worker pool when workers cannot start', () => {
  it('gives up after three start-up deaths in a row instead of failing every file', async () => {
    process.env.FAKE_BOOT_CRASH = '1';
    try {
      const p = new WorkerPool({ size: 1, kind: 'process', timeoutSeconds: 1, maxMemoryBytes: 1024 ** 3, recycleAfter: 100, maxRssBytes: 2 ** 40, entry: fakeEntry() });
      for (let i = 0; i < 3; i++) expect(await p.run(task(i, 'a.pdf'))).toMatchObject({ ok: false, code: 'worker-crashed' });
      await expect(p.ready()).rejects.toThrow(/batch workers cannot start \(3 in a row died on start-up\)/);
      p.close();
    } finally {
      delete process.env.FAKE_BOOT_CRASH;
    }
  });
});
