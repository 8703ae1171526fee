import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCase, formatReport, inProcessExecutor, runFuzz } from '../../src/fuzz/engine.js';
import { loadSeeds, STABLE_SEED_DIRS } from '../../src/fuzz/seeds.js';
import { workerExecutor } from '../../src/fuzz/worker-executor.js';
import { ROOT } from '../helpers.js';

/** A fixed seed, so that this run tries the same cases every time (while the seed files stay the same). */
const SEED = 20261122;
/** About half a minute: enough for a few dozen damaged files, short enough for every `npm test`. */
const SECONDS = 30;
/**
 * Generous limits for a case here: the test suite shares the machine with everything else
 * `npm test` runs, and a hang is a case that never ends, not one that ran slowly.
 */
const CASE_TIME_LIMIT_MS = 60_000;
const HANG_GRACE_MS = 30_000;

/**
 * The compiled worker (`npm test` builds dist/ first). Cases run there when it exists: a
 * worker thread can be stopped when a case hangs, and keeps pdf.js's stray rejections out of
 * the test runner's own error reporting.
 */
const WORKER = path.join(ROOT, 'dist', 'fuzz', 'worker.js');

describe('the fuzzer', () => {
  it('builds the same case from the same run seed and case number', () => {
    const seeds = loadSeeds(STABLE_SEED_DIRS);
    const a = buildCase(seeds, SEED, 7);
    const b = buildCase(seeds, SEED, 7);
    expect(a.note).toBe(b.note);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it(
    `finds no crash, hang, invalid Pack or unbounded memory in a ${SECONDS} s run with seed ${SEED}`,
    async () => {
      const seeds = loadSeeds(STABLE_SEED_DIRS);
      expect(seeds.length).toBeGreaterThan(5);
      const executor = existsSync(WORKER) ? workerExecutor(pathToFileURL(WORKER)) : inProcessExecutor();
      const report = await runFuzz({ seconds: SECONDS, seed: SEED, seeds, executor, caseTimeLimitMs: CASE_TIME_LIMIT_MS, hangGraceMs: HANG_GRACE_MS });
      const text = formatReport(report);
      expect(report.failures, text).toEqual([]);
      expect(report.cases).toBeGreaterThan(10);
      // Damage must actually be rejected sometimes, or the mutations are too gentle to test anything.
      expect([...report.outcomes.keys()].some((k) => k.startsWith('error:')), text).toBe(true);
    },
    (SECONDS + 60 + 30 + 30) * 1000,
  );
});
