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

const USAGE = 'usage: npm run fuzz -- --seconds N [--seed S] [--out DIR] [--in-process]\n';

function options(): { seconds: number; seed: number; out?: string; inProcess: boolean } | 'help' | null {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        seconds: { type: 'string', default: String(DEFAULT_SECONDS) },
        seed: { type: 'string' },
        out: { type: 'string' },
        'in-process': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (err) {
    process.stderr.write(`fuzz: ${(err as Error).message}\n`);
    return null;
  }
  const seconds = Number(values.seconds);
  const seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 1_000_000;
  if (values.help) return 'help';
  if (!Number.isFinite(seconds) || seconds <= 0 || !Number.isInteger(seed)) return null;
  return { seconds, seed, out: values.out, inProcess: values['in-process'] };
}

async function main(): Promise<number> {
  const opts = options();
  if (opts === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (!opts) {
    process.stderr.write(USAGE);
    return 2;
  }
  const { seconds, seed } = opts;
  const outDir = opts.out ?? path.join(os.tmpdir(), `packtool-fuzz-${seed}`);
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
    executor: opts.inProcess ? inProcessExecutor() : workerExecutor(),
    progress: (line) => process.stdout.write(`  … ${line}\n`),
  });
  process.stdout.write(formatReport(report) + '\n');
  return report.failures.length > 0 ? 1 : 0;
}

process.exitCode = await main();
