/**
 * The fuzz loop: build cases from seeds and mutations, run each under a time limit, and keep
 * count of outcomes and failures. How a case is run (in this thread, or in a worker thread
 * that can be stopped) is an Executor, so the test suite and the command line share the loop.
 */
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CaseResult, FailureKind, FuzzCase } from './case.js';
import { runCaseInProcess } from './case.js';
import { DEFAULT_LIMITS, GENERATORS, type GeneratorLimits } from './generators.js';
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
  /** Runs cases through the command line in a child process; without it every case runs in `executor`. */
  cli?: Executor;
  /** Which cases are made and how they run (shares of generated and command-line cases, generator sizes). */
  mix?: CaseMix;
  /** Cases slower than this are reported as findings (they are not failures unless they time out). */
  slowMs?: number;
  /** Run only this case number (to reproduce one finding), once. */
  only?: number;
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

export interface CaseMix {
  /** Share of cases made by a generator rather than by damaging a good input. */
  generated: number;
  /** Share of the other cases run through the command line (heavy generated ones always are). */
  cli: number;
  limits: GeneratorLimits;
}

export const DEFAULT_MIX: CaseMix = { generated: 0.4, cli: 0.25, limits: DEFAULT_LIMITS };

/** Cases slower than this are findings: a pack of a few pages should never take it. */
export const SLOW_CASE_MS = 10_000;

/** One case's measures, kept for the slowest and hungriest lists and the per-source table. */
export interface CaseRecord {
  n: number;
  /** The case's own seed: `caseSeed(run seed, n)`. */
  seed: number;
  source: string;
  note: string;
  viaCli: boolean;
  ms: number;
  /** Peak resident memory while it ran: the child's (command line) or this process's (thread). */
  peakRssBytes: number;
  outcome: string;
}

export interface Failure {
  kind: FailureKind;
  n: number;
  /** The case's own seed; with the run's seed and `--case n` the case is rebuilt. */
  caseSeed: number;
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
  /** The slowest cases, slowest first, to see how close the run came to the time limit. */
  slowest: CaseRecord[];
  /** The cases that took the most memory, most first. */
  hungriest: CaseRecord[];
  /** Cases slower than the slow limit that still finished in time: findings, not failures. */
  slow: CaseRecord[];
  /** Per source (a seed file's kind, or a generator): cases, failures, slowest time, largest peak. */
  bySource: Map<string, { cases: number; failures: number; viaCli: number; maxMs: number; maxRssBytes: number }>;
}

/** How many of the slowest and hungriest cases the report keeps. */
const TOP = 5;

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
export function buildCase(seeds: Seed[], runSeed: number, n: number, mix: CaseMix = DEFAULT_MIX): FuzzCase {
  const rnd = new Random(caseSeed(runSeed, n));
  if (rnd.chance(mix.generated)) {
    const [generator, generate] = rnd.pick(GENERATORS);
    const g = generate(rnd, mix.limits);
    return { n, name: g.name, bytes: new Uint8Array(g.bytes), seedFile: `generated:${generator}`, note: g.note, heavy: g.heavy, viaCli: g.heavy || rnd.chance(mix.cli) };
  }
  const seed = seeds[rnd.int(0, seeds.length - 1)];
  const { bytes, note } = mutate(seed.bytes, seed.kind === 'pdf' ? PDF_MUTATORS : TEXT_MUTATORS, rnd);
  let name = path.basename(seed.file);
  if (rnd.chance(WRONG_NAME_CHANCE)) name = name.replace(/\.[a-z]+$/i, seed.kind === 'pdf' ? '.txt' : '.pdf');
  return { n, name, bytes: new Uint8Array(bytes), seedFile: seed.file, note, heavy: false, viaCli: rnd.chance(mix.cli) };
}

/** The source a case is counted under: its generator, or the kind of seed it damaged. */
function sourceOf(c: FuzzCase): string {
  if (c.seedFile.startsWith('generated:')) return c.seedFile;
  return `damaged ${path.extname(c.name).toLowerCase() || 'file'}`;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const limit = options.caseTimeLimitMs ?? CASE_TIME_LIMIT_MS;
  const grace = options.hangGraceMs ?? HANG_GRACE_MS;
  const growthLimit = (options.rssGrowthLimitMb ?? RSS_GROWTH_LIMIT_MB) * 1024 * 1024;
  const slowMs = options.slowMs ?? SLOW_CASE_MS;
  const mix = options.mix ?? DEFAULT_MIX;
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
    slowest: [],
    hungriest: [],
    slow: [],
    bySource: new Map(),
  };
  const log = caseLog(options.outDir);
  let memoryReported = false;
  let lastProgress = started;
  const first = options.only ?? 0;
  for (let n = first; options.only !== undefined ? n === first : Date.now() < stopAt; n++) {
    const c = buildCase(options.seeds, options.seed, n, mix);
    const executor = c.viaCli && options.cli ? options.cli : options.executor;
    const now = Date.now();
    // A thread's case is measured from here: this process's memory, sampled while it runs.
    let sampledPeak = process.memoryUsage().rss;
    const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss)), 100);
    const result = await executor.run(c, now + limit, now + limit + grace);
    clearInterval(sampler);
    report.cases++;
    const ms = Date.now() - now;
    const record: CaseRecord = {
      n, seed: caseSeed(options.seed, n), source: sourceOf(c), note: c.note, viaCli: executor === options.cli, ms,
      peakRssBytes: result.peakRssBytes ?? Math.max(sampledPeak, process.memoryUsage().rss),
      outcome: 'outcome' in result ? result.outcome : `FAILURE:${result.failure}`,
    };
    log?.(record);
    keepTop(report.slowest, record, (r) => r.ms);
    keepTop(report.hungriest, record, (r) => r.peakRssBytes);
    const source = report.bySource.get(record.source) ?? { cases: 0, failures: 0, viaCli: 0, maxMs: 0, maxRssBytes: 0 };
    report.bySource.set(record.source, source);
    source.cases++;
    if (record.viaCli) source.viaCli++;
    source.maxMs = Math.max(source.maxMs, ms);
    source.maxRssBytes = Math.max(source.maxRssBytes, record.peakRssBytes);
    if ('outcome' in result) {
      bump(report.outcomes, result.outcome);
      for (const w of result.warnings) bump(report.warnings, w);
      if (ms > slowMs) report.slow.push(record);
    } else {
      source.failures++;
      bump(report.outcomes, `FAILURE:${result.failure}`);
      report.failures.push(recordFailure(options.outDir, c, record, result.failure, result.detail));
    }
    const rss = process.memoryUsage().rss;
    report.rss.peak = Math.max(report.rss.peak, sampledPeak, rss);
    if (n + 1 === WARM_UP_CASES) report.rss.warm = rss;
    if (report.rss.warm > 0 && rss > report.rss.warm + growthLimit && !memoryReported) {
      memoryReported = true;
      const detail = `resident memory grew from ${mb(report.rss.warm)} MB after warm-up to ${mb(rss)} MB (limit +${mb(growthLimit)} MB)`;
      report.failures.push(recordFailure(options.outDir, c, record, 'memory', detail));
      bump(report.outcomes, 'FAILURE:memory');
    }
    if (options.progress && Date.now() - lastProgress > 30_000) {
      lastProgress = Date.now();
      options.progress(`${report.cases} cases, ${report.failures.length} failure(s), rss ${mb(rss)} MB`);
    }
  }
  await options.executor.close();
  await options.cli?.close();
  report.rss.end = process.memoryUsage().rss;
  report.seconds = (Date.now() - started) / 1000;
  return report;
}

/** Keep the TOP records with the largest `by`, largest first. */
function keepTop(list: CaseRecord[], r: CaseRecord, by: (r: CaseRecord) => number): void {
  list.push(r);
  list.sort((a, b) => by(b) - by(a));
  list.length = Math.min(list.length, TOP);
}

/** Every case's measures, one JSON line each, in OUTDIR/cases.jsonl: the run's full record. */
function caseLog(outDir: string | undefined): ((r: CaseRecord) => void) | null {
  if (!outDir) return null;
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'cases.jsonl');
  writeFileSync(file, '');
  return (r) => appendFileSync(file, JSON.stringify(r) + '\n');
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function mb(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}

/** Keep a failing case: its bytes under the name it was run with, and a note saying how to rerun it. */
function recordFailure(outDir: string | undefined, c: FuzzCase, r: CaseRecord, kind: FailureKind, detail: string): Failure {
  let reproducer: string | null = null;
  if (outDir) {
    mkdirSync(outDir, { recursive: true });
    reproducer = path.join(outDir, `case-${c.n}-${kind}-${c.name}`);
    writeFileSync(reproducer, c.bytes);
    writeFileSync(
      `${reproducer}.note`,
      `case ${c.n} (case seed ${r.seed}): ${kind}\nmade from: ${c.seedFile}\nwhat: ${c.note}\nran ${r.viaCli ? 'through the command line' : 'in a thread'} for ${(r.ms / 1000).toFixed(1)} s, peak ${mb(r.peakRssBytes)} MB\n\n${detail}\n\nrerun: node bin/packtool.js extract --debug '${reproducer}'\n`,
    );
  }
  return { kind, n: c.n, caseSeed: r.seed, seedFile: c.seedFile, note: c.note, detail, reproducer };
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

/** Formats a report for the terminal: cases run, outcomes, memory, slowest cases, findings with how to rerun them. */
export function formatReport(r: FuzzReport): string {
  const rerun = (n: number) => `npm run fuzz -- --seed ${r.seed} --case ${n}`;
  const line = (c: CaseRecord) => `case ${c.n} (seed ${c.seed}, ${c.viaCli ? 'cli' : 'thread'}): ${(c.ms / 1000).toFixed(1)} s, ${mb(c.peakRssBytes)} MB, ${c.outcome} — ${c.source}: ${c.note}`;
  const lines = [
    `fuzz: seed ${r.seed}, ${r.cases} cases in ${r.seconds.toFixed(0)} s`,
    'outcomes:',
    ...[...r.outcomes].sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${String(v).padStart(7)}  ${k}`),
    'warnings raised (cases):',
    ...[...r.warnings].sort((a, b) => b[1] - a[1]).map(([k, v]) => `  ${String(v).padStart(7)}  ${k}`),
    'by source (cases, through the command line, failures, slowest, largest peak memory):',
    ...[...r.bySource]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([k, s]) => `  ${k.padEnd(36)} ${String(s.cases).padStart(5)} ${String(s.viaCli).padStart(5)} ${String(s.failures).padStart(4)} ${(s.maxMs / 1000).toFixed(1).padStart(7)} s ${String(mb(s.maxRssBytes)).padStart(6)} MB`),
    `memory of the fuzzer: ${r.rss.warm > 0 ? `${mb(r.rss.warm)} MB after warm-up` : `no warm-up (fewer than ${WARM_UP_CASES} cases)`}, peak ${mb(r.rss.peak)} MB, ${mb(r.rss.end)} MB at the end`,
    'slowest cases:',
    ...r.slowest.map((c) => `  ${line(c)}`),
    'largest peak memory:',
    ...r.hungriest.map((c) => `  ${line(c)}`),
    r.slow.length === 0 ? 'slow cases (finished, but over the slow limit): none' : `slow cases (finished, but over the slow limit): ${r.slow.length}`,
    ...r.slow.map((c) => `  ${line(c)}\n    rerun: ${rerun(c.n)}`),
    r.failures.length === 0 ? 'failures: none' : `failures: ${r.failures.length}`,
  ];
  for (const f of r.failures) {
    lines.push(`  case ${f.n} (seed ${f.caseSeed}) ${f.kind}: ${f.seedFile} (${f.note})`);
    lines.push(`    ${f.detail.split('\n').join('\n    ')}`);
    lines.push(`    rerun: ${rerun(f.n)}`);
    if (f.reproducer) lines.push(`    reproduce: node bin/packtool.js extract --debug '${f.reproducer}'`);
  }
  return lines.join('\n');
}
