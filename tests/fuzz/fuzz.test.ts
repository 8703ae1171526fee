import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cliExecutor } from '../../src/fuzz/cli-executor.js';
import { buildCase, DEFAULT_MIX, formatReport, inProcessExecutor, runFuzz, type CaseMix } from '../../src/fuzz/engine.js';
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

/**
 * Damaged good inputs only, a few of them through the command line: generated hostile inputs
 * (bombs, huge HTML) take many seconds each and are tested alone (generators.test.ts) and by
 * `npm run fuzz`. Fixed here so that the same seed keeps trying the same cases.
 */
const MIX: CaseMix = { ...DEFAULT_MIX, generated: 0, cli: 0.1 };

describe('the fuzzer', () => {
  it('builds the same case from the same run seed and case number', () => {
    const seeds = loadSeeds(STABLE_SEED_DIRS);
    const a = buildCase(seeds, SEED, 7, MIX);
    const b = buildCase(seeds, SEED, 7, MIX);
    expect(a.note).toBe(b.note);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it(
    `finds no crash, hang, invalid Pack or unbounded memory in a ${SECONDS} s run with seed ${SEED}`,
    async () => {
      const seeds = loadSeeds(STABLE_SEED_DIRS);
      expect(seeds.length).toBeGreaterThan(5);
      const built = existsSync(WORKER);
      const executor = built ? workerExecutor(pathToFileURL(WORKER)) : inProcessExecutor();
      const cli = built ? cliExecutor({ bin: path.join(ROOT, 'bin', 'packtool.js') }) : undefined;
      const report = await runFuzz({ seconds: SECONDS, seed: SEED, seeds, executor, cli, mix: MIX, caseTimeLimitMs: CASE_TIME_LIMIT_MS, hangGraceMs: HANG_GRACE_MS });
      const text = formatReport(report);
      expect(report.failures, text).toEqual([]);
      expect(report.cases).toBeGreaterThan(10);
      // Damage must actually be rejected sometimes, or the mutations are too gentle to test anything.
      expect([...report.outcomes.keys()].some((k) => k.startsWith('error:')), text).toBe(true);
    },
    (SECONDS + 60 + 30 + 30) * 1000,
  );
});
