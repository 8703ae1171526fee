/**
 * `npm run fuzz -- --seconds N [--seed S] [--case N] [--out DIR] [--in-process] [--cli-share F]
 * [--generated-share F]`: damage good inputs and generate hostile ones for N seconds, running a
 * share through the command line as a user does, and check that every case ends in a valid Pack
 * or a one-line error, within its time and memory limits. Prints cases run, outcomes, each
 * source's slowest case and largest memory, slow cases and failures with the command that rebuilds
 * each; every case's measures go to OUT/cases.jsonl. Exits 1 when there was a failure.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cliExecutor } from './cli-executor.js';
import { DEFAULT_MIX, formatReport, inProcessExecutor, runFuzz } from './engine.js';
import { loadSeeds } from './seeds.js';
import { workerExecutor } from './worker-executor.js';

/** The default run length: long enough to try a few hundred cases. */
const DEFAULT_SECONDS = 60;

const USAGE = 'usage: npm run fuzz -- --seconds N [--seed S] [--case N] [--out DIR] [--in-process] [--cli-share 0..1] [--generated-share 0..1]\n';

interface Options {
  seconds: number;
  seed: number;
  only?: number;
  out?: string;
  inProcess: boolean;
  cliShare: number;
  generatedShare: number;
}

function options(): Options | 'help' | null {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        seconds: { type: 'string', default: String(DEFAULT_SECONDS) },
        seed: { type: 'string' },
        out: { type: 'string' },
        case: { type: 'string' },
        'in-process': { type: 'boolean', default: false },
        'cli-share': { type: 'string', default: String(DEFAULT_MIX.cli) },
        'generated-share': { type: 'string', default: String(DEFAULT_MIX.generated) },
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
  const only = values.case !== undefined ? Number(values.case) : undefined;
  const cliShare = Number(values['cli-share']);
  const generatedShare = Number(values['generated-share']);
  const share = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;
  if (!Number.isFinite(seconds) || seconds <= 0 || !Number.isInteger(seed)) return null;
  if ((only !== undefined && !(Number.isInteger(only) && only >= 0)) || !share(cliShare) || !share(generatedShare)) return null;
  return { seconds, seed, only, out: values.out, inProcess: values['in-process'], cliShare, generatedShare };
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
  process.stdout.write(
    `fuzz: ${seeds.length} seed files, seed ${seed}, ${opts.only !== undefined ? `case ${opts.only} only` : `${seconds} s`}, ${opts.generatedShare} generated, ${opts.cliShare} through the command line; reproducers and cases.jsonl to ${outDir}\n`,
  );
  const report = await runFuzz({
    seconds,
    seed,
    seeds,
    outDir,
    only: opts.only,
    mix: { ...DEFAULT_MIX, cli: opts.cliShare, generated: opts.generatedShare },
    executor: opts.inProcess ? inProcessExecutor() : workerExecutor(),
    cli: cliExecutor(),
    progress: (line) => process.stdout.write(`  … ${line}\n`),
  });
  process.stdout.write(formatReport(report) + '\n');
  return report.failures.length > 0 ? 1 : 0;
}

process.exitCode = await main();
