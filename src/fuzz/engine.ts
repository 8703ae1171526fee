/**
 * The fuzz loop: build cases from seeds and mutations, run each under a time limit, and keep
 * count of outcomes and failures. How a case is run (in this thread, or in a worker thread
 * that can be stopped) is an Executor, so the test suite and the command line share the loop.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CaseResult, FailureKind, FuzzCase } from './case.js';
import { runCaseInProcess } from './case.js';
import { mutate, PDF_MUTATORS, TEXT_MUTATORS } from './mutate.js';
import { caseSeed, Random } from './random.js';
import type { Seed } from './seeds.js';

export interface Executor {
  /** Run a case; resolves with a `hang` failure if it does not finish by `hangAt` (ms since epoch). */
  run(c: FuzzCase, deadline: number, hangAt: number): Promise<CaseResult>;
  /** Stop any thread the executor started. */
  close(): Promise<void>;
}

export interface FuzzOptions {
  seconds: number;
  seed: number;
  seeds: Seed[];
  executor: Executor;
  /** Where reproducer files of failures go; none are written without it. */
  outDir?: string;
  /** The per-file time limit given to the source (like --timeout). */
  caseTimeLimitMs?: number;
  /** How long past the time limit a case may run before it counts as hung. */
  hangGraceMs?: number;
  /** Memory growth over the warmed-up baseline that counts as unbounded. */
  rssGrowthLimitMb?: number;
  /** Called with a line of progress now and then. */
  progress?: (line: string) => void;
}

export interface Failure {
  kind: FailureKind;
  n: number;
  seedFile: string;
  note: string;
  detail: string;
  reproducer: string | null;
}

export interface FuzzReport {
  seed: number;
  cases: number;
  seconds: number;
  outcomes: Map<string, number>;
  warnings: Map<string, number>;
  failures: Failure[];
  rss: { warm: number; peak: number; end: number };
  /** The slowest case, to see how close the run came to the time limit. */
  slowest: { n: number; ms: number; seedFile: string; note: string; outcome: string } | null;
}

/**
 * The per-file time limit for a case. Seeds are small (under 512 KB), and a damaged one is
 * read in well under a second; 20 s leaves room for a slow machine while keeping a case that
 * has stopped making progress from eating the run.
 */
export const CASE_TIME_LIMIT_MS = 20_000;

/**
 * How long past its time limit a case may go before it counts as hung: the limit is checked
 * between pages, so a case overruns it by at most one page's work.
 */
export const HANG_GRACE_MS = 10_000;

/**
 * Memory growth allowed over the baseline taken after warm-up. One case may briefly need a few
 * hundred MB (a 16 MB mutated text); growth past 1 GB that stays means memory is being kept
 * from case to case, i.e. grows without bound.
 */
export const RSS_GROWTH_LIMIT_MB = 1024;

/** Cases run before the memory baseline is taken: pdf.js and the fonts it loads are cached on first use. */
export const WARM_UP_CASES = 30;

/** Chance that a text case is given a .pdf name (and a PDF case a .txt name): files saved under the wrong name. */
const WRONG_NAME_CHANCE = 0.03;

/** Build case `n` of a run: always the same for the same run seed. */
export function buildCase(seeds: Seed[], runSeed: number, n: number): FuzzCase {
  const rnd = new Random(caseSeed(runSeed, n));
  const seed = seeds[rnd.int(0, seeds.length - 1)];
  const { bytes, note } = mutate(seed.bytes, seed.kind === 'pdf' ? PDF_MUTATORS : TEXT_MUTATORS, rnd);
  let name = path.basename(seed.file);
  if (rnd.chance(WRONG_NAME_CHANCE)) name = name.replace(/\.[a-z]+$/i, seed.kind === 'pdf' ? '.txt' : '.pdf');
  return { n, name, bytes: new Uint8Array(bytes), seedFile: seed.file, note };
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const limit = options.caseTimeLimitMs ?? CASE_TIME_LIMIT_MS;
  const grace = options.hangGraceMs ?? HANG_GRACE_MS;
  const growthLimit = (options.rssGrowthLimitMb ?? RSS_GROWTH_LIMIT_MB) * 1024 * 1024;
  const started = Date.now();
  const stopAt = started + options.seconds * 1000;
  const report: FuzzReport = {
    seed: options.seed,
    cases: 0,
    seconds: 0,
    outcomes: new Map(),
    warnings: new Map(),
    failures: [],
    rss: { warm: 0, peak: 0, end: 0 },
    slowest: null,
  };
  let memoryReported = false;
  let lastProgress = started;
  for (let n = 0; Date.now() < stopAt; n++) {
    const c = buildCase(options.seeds, options.seed, n);
    const now = Date.now();
    const result = await options.executor.run(c, now + limit, now + limit + grace);
    report.cases++;
    const ms = Date.now() - now;
    if (!report.slowest || ms > report.slowest.ms) {
      report.slowest = { n, ms, seedFile: c.seedFile, note: c.note, outcome: 'outcome' in result ? result.outcome : result.failure };
    }
    if ('outcome' in result) {
      bump(report.outcomes, result.outcome);
      for (const w of result.warnings) bump(report.warnings, w);
    } else {
      bump(report.outcomes, `FAILURE:${result.failure}`);
      report.failures.push(record(options.outDir, c, result.failure, result.detail));
    }
    const rss = process.memoryUsage().rss;
    report.rss.peak = Math.max(report.rss.peak, rss);
    if (n + 1 === WARM_UP_CASES) report.rss.warm = rss;
    if (report.rss.warm > 0 && rss > report.rss.warm + growthLimit && !memoryReported) {
      memoryReported = true;
      const detail = `resident memory grew from ${mb(report.rss.warm)} MB after warm-up to ${mb(rss)} MB (limit +${mb(growthLimit)} MB)`;
      report.failures.push(record(options.outDir, c, 'memory', detail));
      bump(report.outcomes, 'FAILURE:memory');
    }
    if (options.progress && Date.now() - lastProgress > 30_000) {
      lastProgress = Date.now();
      options.progress(`${report.cases} cases, ${report.failures.length} failure(s), rss ${mb(rss)} MB`);
    }
  }
  await options.executor.close();
  report.rss.end = process.memoryUsage().rss;
  report.seconds = (Date.now() - started) / 1000;
  return report;
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function mb(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

/** Keep a failing case: its bytes under the name it was run with, and a note saying how to rerun it. */
function record(outDir: string | undefined, c: FuzzCase, kind: FailureKind, detail: string): Failure {
  let reproducer: string | null = null;
  if (outDir) {
    mkdirSync(outDir, { recursive: true });
    reproducer = path.join(outDir, `case-${c.n}-${kind}-${c.name}`);
    writeFileSync(reproducer, c.bytes);
    writeFileSync(
      `${reproducer}.note`,
      `case ${c.n}: ${kind}\nmade from: ${c.seedFile}\ndamage: ${c.note}\n\n${detail}\n\nrerun: node bin/packtool.js extract --debug '${reproducer}'\n`,
    );
  }
  return { kind, n: c.n, seedFile: c.seedFile, note: c.note, detail, reproducer };
}

/** Runs cases in this thread. A case that never yields cannot be stopped here: use the worker executor for long runs. */
export function inProcessExecutor(): Executor {
  return {
    async run(c, deadline, hangAt) {
      let timer: NodeJS.Timeout | undefined;
      const hang = new Promise<CaseResult>((resolve) => {
        timer = setTimeout(() => resolve({ failure: 'hang', detail: `no answer ${Math.round((hangAt - deadline) / 1000)} s after the time limit` }), Math.max(0, hangAt - Date.now()));
      });
      try {
        return await Promise.race([runCaseInProcess(c, deadline), hang]);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {},
  };
}

/** Formats a report for the terminal: cases run, outcomes by kind, warnings by code, failures with reproducers. */
export function formatReport(r: FuzzReport): string {
  const lines = [
    `fuzz: seed ${r.seed}, ${r.cases} cases in ${r.seconds.toFixed(0)} s`,
    'outcomes:',
    ...[...r.outcomes].sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${String(v).padStart(7)}  ${k}`),
    'warnings raised (cases):',
    ...[...r.warnings].sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${String(v).padStart(7)}  ${k}`),
    `memory: ${mb(r.rss.warm)} MB after warm-up, peak ${mb(r.rss.peak)} MB, ${mb(r.rss.end)} MB at the end`,
    r.slowest ? `slowest case: ${(r.slowest.ms / 1000).toFixed(1)} s, case ${r.slowest.n} (${r.slowest.outcome}) from ${r.slowest.seedFile}: ${r.slowest.note}` : '',
    r.failures.length === 0 ? 'failures: none' : `failures: ${r.failures.length}`,
  ];
  for (const f of r.failures) {
    lines.push(`  case ${f.n} ${f.kind}: ${f.seedFile} (${f.note})`);
    lines.push(`    ${f.detail.split('\n').join('\n    ')}`);
    if (f.reproducer) lines.push(`    reproduce: node bin/packtool.js extract --debug '${f.reproducer}'`);
  }
  return lines.join('\n');
}
