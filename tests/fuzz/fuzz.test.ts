import { describe, expect, it } from 'vitest';
import { formatReport, inProcessExecutor, runFuzz } from '../../src/fuzz/engine.js';
import { buildCase } from '../../src/fuzz/engine.js';
import { loadSeeds } from '../../src/fuzz/seeds.js';

/** A fixed seed, so that this run tries the same cases every time (while the seed files stay the same). */
const SEED = 20261122;
/** About half a minute: enough for a few dozen damaged files, short enough for every `npm test`. */
const SECONDS = 30;

describe('the fuzzer', () => {
  it('builds the same case from the same run seed and case number', () => {
    const seeds = loadSeeds();
    const a = buildCase(seeds, SEED, 7);
    const b = buildCase(seeds, SEED, 7);
    expect(a.note).toBe(b.note);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it(
    `finds no crash, hang, invalid Pack or unbounded memory in a ${SECONDS} s run with seed ${SEED}`,
    async () => {
      const seeds = loadSeeds();
      expect(seeds.length).toBeGreaterThan(5);
      const report = await runFuzz({ seconds: SECONDS, seed: SEED, seeds, executor: inProcessExecutor() });
      const text = formatReport(report);
      expect(report.failures, text).toEqual([]);
      expect(report.cases).toBeGreaterThan(10);
      // Damage must actually be rejected sometimes, or the mutations are too gentle to test anything.
      expect([...report.outcomes.keys()].some((k) => k.startsWith('error:')), text).toBe(true);
    },
    (SECONDS + 90) * 1000,
  );
});
