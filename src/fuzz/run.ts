/**
 * `npm run fuzz -- --seconds N [--seed S] [--out DIR] [--in-process]`: damage good inputs for
 * N seconds and check that every case ends in a valid Pack or a one-line InputError, in time
 * and without memory growing. Prints cases run, outcomes by kind and any failure with a file
 * to reproduce it; exits 1 when there was a failure.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatReport, inProcessExecutor, runFuzz } from './engine.js';
import { loadSeeds } from './seeds.js';
import { workerExecutor } from './worker-executor.js';

/** The default run length: long enough to try a few hundred cases. */
const DEFAULT_SECONDS = 60;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: String(DEFAULT_SECONDS) },
      seed: { type: 'string' },
      out: { type: 'string' },
      'in-process': { type: 'boolean', default: false },
    },
  });
  const seconds = Number(values.seconds);
  const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 1_000_000;
  if (!Number.isFinite(seconds) || seconds <= 0 || !Number.isInteger(seed)) {
    process.stderr.write('usage: node dist/fuzz/run.js --seconds N [--seed S] [--out DIR] [--in-process]\n');
    return 2;
  }
  const outDir = values.out ?? path.join(os.tmpdir(), `packtool-fuzz-${seed}`);
  const seeds = loadSeeds();
  if (seeds.length === 0) {
    process.stderr.write('fuzz: no seed inputs found in fixtures/ or ../shared/corpus\n');
    return 2;
  }
  process.stdout.write(`fuzz: ${seeds.length} seed files, seed ${seed}, ${seconds} s, reproducers to ${outDir}\n`);
  const report = await runFuzz({
    seconds,
    seed,
    seeds,
    outDir,
    executor: values['in-process'] ? inProcessExecutor() : workerExecutor(),
    progress: (line) => process.stdout.write(`  … ${line}\n`),
  });
  process.stdout.write(formatReport(report) + '\n');
  return report.failures.length > 0 ? 1 : 0;
}

process.exitCode = await main();
