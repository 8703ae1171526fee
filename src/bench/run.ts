/**
 * `npm run bench`: speed and memory of packtool on the corpus, against baselines measured in
 * the same run on the same machine (absolute times vary by machine; ratios do not).
 * Prints a table and writes bench/results.json. Every figure is the median of RUNS runs after
 * one warm-up, with min and max. Figures that are compared are measured in turn (A, B, A, B...)
 * rather than one after the other, so that a change in the machine's load meets both alike.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORPUS = process.env.PACKTOOL_CORPUS ?? path.resolve(ROOT, '..', 'shared', 'corpus');
const CHILD = path.join(ROOT, 'dist', 'bench', 'child.js');
const BIN = path.join(ROOT, 'bin', 'packtool.js');
/** Runs per figure after the warm-up: 5 unless BENCH_RUNS says otherwise (fewer only for a quick look). */
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5) || 5);
/** The issue's rule: a figure is the median of at least this many runs. */
const MIN_RUNS = 5;
/** The batch set: these corpus PDFs (186 pages), BATCH_COPIES times over. */
const BATCH_FILES = [
  'kent_county_council_2025-02-13_printed_minutes.pdf',
  'kent_county_council_2025-03-13_printed_minutes.pdf',
  'kent_county_council_2025-03-13_questions_and_answers_pack.pdf',
  'kent_corporate_parenting_panel_2024-10-29_minutes.pdf',
  'kent_county_council_2025-02-13_budget_amendments_pack.pdf',
  'stockton_adult_social_care_select_2023-10-24_supplement_pack.pdf',
  'kent_county_council_2025-03-13_governance_update_report.pdf',
  'nhs_barking_dagenham_ccg_2014-15_spend_over_25k.pdf',
];
const BATCH_COPIES = 4;
/** The parts of the bench, in the order they run; BENCH_ONLY=batch,archive runs only those (a quick look at one part). */
const SECTIONS = ['pdf', 'text', 'html', 'batch', 'archive', 'startup'] as const;
const ONLY = new Set((process.env.BENCH_ONLY ?? SECTIONS.join(',')).split(',').map((s) => s.trim()));

function wants(section: (typeof SECTIONS)[number]): boolean {
  return ONLY.has(section);
}

interface Sample {
  seconds: number;
  pages: number;
  maxRssMB: number;
}
interface Figure {
  name: string;
  pages: number;
  median: number;
  min: number;
  max: number;
  pagesPerSecond: number;
  maxRssMB: number | null;
}

function stats(name: string, samples: Sample[]): Figure {
  const secs = samples.map((s) => s.seconds).sort((a, b) => a - b);
  const median = secs[Math.floor(secs.length / 2)];
  const pages = samples[0].pages;
  return {
    name,
    pages,
    median,
    min: secs[0],
    max: secs[secs.length - 1],
    pagesPerSecond: pages / median,
    maxRssMB: samples.some((s) => s.maxRssMB > 0) ? Math.max(...samples.map((s) => s.maxRssMB)) : null,
  };
}

interface Measure {
  key: string;
  name: string;
  run: () => Sample;
}

/** Warm up each once, then RUNS rounds in which each measure runs once, in turn. */
function measureInTurn(measures: Measure[]): Record<string, Figure> {
  for (const m of measures) m.run();
  const samples = measures.map(() => [] as Sample[]);
  for (let i = 0; i < RUNS; i++) measures.forEach((m, j) => samples[j].push(m.run()));
  const figures: Record<string, Figure> = {};
  measures.forEach((m, j) => {
    const f = (figures[m.key] = stats(m.name, samples[j]));
    process.stderr.write(`  ${m.name}: ${f.median.toFixed(3)} s${f.pages ? ` (${f.pagesPerSecond.toFixed(1)} pages/s)` : ''}\n`);
  });
  return figures;
}

type ChildMode = 'pdfjs' | 'extract' | 'extract-inline' | 'extract-patched' | 'review';

function child(mode: ChildMode, file: string, pages?: number): Sample {
  const r = spawnSync(process.execPath, [CHILD, mode, file, ...(pages ? [String(pages)] : [])], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${mode} ${file} failed: ${r.stderr.split('\n')[0]}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as Sample;
}

/** Elements left open in the smaller HTML file of the bench (the larger has four times as many). */
const HTML_NESTING = 50_000;

/**
 * A page that never closes its elements, as the fuzz's html generator makes them: n <div>s
 * each holding a line of text, n/4 tables each a row and a cell deep, then n closing tags
 * that match nothing open (each of which htmlparser2 looked for down the whole stack).
 */
function nestedHtml(n: number): string {
  const divs = Array.from({ length: n }, (_, k) => `<div>item ${k + 1}`).join('');
  return `<html><body><h1>AGENDA</h1>${divs}${'<table><tr><td>cell'.repeat(n / 4)}${'</span>'.repeat(n)}</body></html>`;
}

/**
 * The machine's own ceiling for batch: pdf.js text of every page of the files, in one process,
 * or in as many processes at once as `shares` has lists. The shares are copies of the same
 * files, so they are equal work, and the ratio shows how far two processes on this machine can
 * run faster than one with the PDF engine alone.
 */
function pdfjsProcesses(shares: string[][], pages: number): Sample {
  // Each process in the background, then a wait for each: a failure of any is an exit code.
  const starts = shares.map((files, i) => `${[process.execPath, CHILD, 'pdfjs-files', ...files].map(quote).join(' ')} & p${i}=$!;`);
  const command = [...starts, shares.map((_, i) => `wait $p${i}`).join(' && ')].join(' ');
  return wall('sh', ['-c', command], pages);
}

/** A word for sh -c, quoted. */
function quote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

function wall(command: string, args: string[], pages: number): Sample {
  const start = performance.now();
  const r = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
  return { seconds, pages, maxRssMB: 0 };
}

/**
 * The layout cache and the database, on the batch set. A re-run after a parser upgrade is
 * `batch --force` (every output is redone) with the cache the first run filled: against the same
 * command with the cache emptied first (a cold run, which also fills it). The database's cost is
 * `db build` of the set's outputs into a new file, and the same warm re-run with `--db`.
 */
function measureCacheAndDatabase(tmp: string, batchSet: string, pages: number, packs: number) {
  const out = path.join(tmp, 'out-cache');
  const cold = path.join(tmp, 'cache-cold');
  const warm = path.join(tmp, 'cache-warm');
  const db = path.join(tmp, 'bench.sqlite');
  const batch = (...extra: string[]) => [BIN, 'batch', batchSet, '-o', out, '--jobs', '1', '--force', '--quiet', ...extra];
  const shell = (...commands: string[][]) => commands.map((c) => c.map(quote).join(' ')).join(' && ');
  // Besides wall time, the CPU time the run's processes used (the shell's `times`): on a loaded
  // machine wall time is mostly waiting for a core, and a ratio of it says little.
  const cpu: Record<string, number[]> = { cold: [], warm: [] };
  const timed = (kind: string, commands: string[][]) => () => {
    const start = performance.now();
    const r = spawnSync('sh', ['-c', `${shell(...commands)} && times`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const seconds = (performance.now() - start) / 1000;
    if (r.status !== 0) throw new Error(`${kind} run failed: ${r.stderr}`);
    // `times` prints the shell's user and system time, then its children's: "0m1.234s 0m0.120s".
    const children = r.stdout.trim().split('\n').pop() ?? '';
    cpu[kind].push([...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0));
    return { seconds, pages, maxRssMB: 0 };
  };
  const figures = measureInTurn([
    { key: 'cache.cold', name: 'batch --force, cold layout cache', run: timed('cold', [['rm', '-rf', cold], [process.execPath, ...batch('--cache', cold)]]) },
    { key: 'cache.warm', name: 'batch --force, warm layout cache', run: timed('warm', [[process.execPath, ...batch('--cache', warm)]]) },
    {
      key: 'cache.warm-db',
      name: 'batch --force, warm layout cache, --db',
      run: () => wall('sh', ['-c', shell(['rm', '-f', db], [process.execPath, ...batch('--cache', warm, '--db', db)])], pages),
    },
    { key: 'db.build', name: `db build of ${packs} outputs`, run: () => wall('sh', ['-c', shell(['rm', '-f', db], [process.execPath, BIN, 'db', 'build', out, '--db', db])], 0) },
  ]);
  // The first of each is the warm-up (for the warm cache, the run that fills it): left out, as measureInTurn does.
  const median = (xs: number[]) => [...xs.slice(1)].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  const dbBytes = statSync(db).size;
  const cacheBytes = spawnSync('du', ['-sk', warm], { encoding: 'utf8' }).stdout.split('\t')[0];
  return {
    figures,
    context: (f: Record<string, Figure>) => [
      `database cost per pack: ${fmt(((f['cache.warm-db'].median - f['cache.warm'].median) / packs) * 1000)} ms in a batch (warm re-run with --db against without), ` +
        `${fmt((f['db.build'].median / packs) * 1000)} ms by db build (its start-up included), ${fmt(dbBytes / packs / 1024)} KiB of database`,
      `layout cache: ${cacheBytes} KiB for ${packs} PDFs (${pages} pages); CPU time of the re-run, cold / warm: ${fmt(median(cpu.cold))} s / ${fmt(median(cpu.warm))} s = ${fmt(median(cpu.cold) / median(cpu.warm))} ×`,
    ],
  };
}

function fmt(value: number | null): string {
  return value === null ? '-' : value.toFixed(2);
}

function has(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

function main(): void {
  if (!existsSync(CHILD)) throw new Error('dist/ is missing: run `npm run build` first (npm run bench does)');
  if (!existsSync(CORPUS)) {
    process.stderr.write(`bench: the corpus is not at ${CORPUS}; set PACKTOOL_CORPUS to its folder\n`);
    process.exit(2);
  }
  const pdf = (name: string) => path.join(CORPUS, 'pdf', name);
  const KENT = pdf('kent_county_council_2025-03-13_assembled_pack.pdf');
  const BALTIMORE = pdf('baltimore_board_of_estimates_2020-01-15_minutes.pdf');
  const TEXT = path.join(CORPUS, 'text', 'birmingham_ecyp_osc_2024-12-04_pack.txt');
  const REPORT = path.join(CORPUS, 'text', 'birmingham_ecyp_osc_2024-01-17_report.txt');
  const figures: Record<string, Figure> = {};

  process.stderr.write(`bench: ${RUNS} runs after a warm-up, node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(2)}\n`);
  if (RUNS < MIN_RUNS) process.stderr.write(`bench: BENCH_RUNS=${RUNS} is fewer than ${MIN_RUNS}: a quick look, not figures to report\n`);
  const loadBefore = os.loadavg()[0];

  const unknown = [...ONLY].filter((s) => !(SECTIONS as readonly string[]).includes(s));
  if (unknown.length > 0) throw new Error(`BENCH_ONLY: no part called ${unknown.join(', ')}; the parts are ${SECTIONS.join(', ')}`);

  // PDF: the pdf.js floor, poppler as an outside reference, and packtool, on the same files.
  const pdfSet: Array<[string, string, number | undefined]> = [
    ['kent250', KENT, undefined],
    ['kent100', KENT, 100],
    ['kent50', KENT, 50],
    ['baltimore171', BALTIMORE, undefined],
  ];
  for (const [key, file, pages] of wants('pdf') ? pdfSet : []) {
    const measures: Measure[] = [
      { key: `pdfjs.${key}`, name: `pdfjs text ${key}`, run: () => child('pdfjs', file, pages) },
      { key: `extract.${key}`, name: `extract ${key}`, run: () => child('extract', file, pages) },
    ];
    // The worker thread's own cost (start-up, a second module graph, copying the pages back).
    if (key === 'kent250') measures.push({ key: `extract-inline.${key}`, name: `extract in one thread ${key}`, run: () => child('extract-inline', file, pages) });
    // `packtool review`'s own cost: writing the page once the pack is extracted.
    if (key === 'kent250') measures.push({ key: `review.${key}`, name: `review page written ${key}`, run: () => child('review', file) });
    if (has('pdftotext') && pages === undefined) {
      const n = child('pdfjs', file).pages;
      measures.push({ key: `pdftotext.${key}`, name: `pdftotext ${key}`, run: () => wall('pdftotext', [file, '/dev/null'], n) });
    }
    Object.assign(figures, measureInTurn(measures));
  }

  // Text: the 178-page Birmingham pack, and ten copies of it end to end.
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'packtool-bench-'));
  /** An input made for the bench, written into its scratch folder; returns its path. */
  const scratchInput = (name: string, text: string) => {
    const file = path.join(tmp, name);
    writeFileSync(file, text);
    return file;
  };
  const text10 = scratchInput('birmingham_x10.txt', Array(10).fill(readFileSync(TEXT, 'utf8')).join('\n'));
  // A report with its line breaks lost (as some converters write it) is one line of 0.3 MB and,
  // four times over, of 1.2 MB: a regular expression that backtracks over a line shows here.
  const oneLine = (times: number) => scratchInput(`report_one_line_x${times}.txt`, readFileSync(REPORT, 'utf8').replace(/\r?\n/g, ' ').repeat(times));
  // The pack's page count is the highest "Page N of M" (178 in every copy); ten copies are ten times the pages.
  if (wants('text')) {
    const textPages = child('extract', TEXT).pages;
    Object.assign(
      figures,
      measureInTurn([
      { key: 'text.x1', name: 'extract text x1', run: () => child('extract', TEXT) },
      { key: 'text.x10', name: 'extract text x10', run: () => ({ ...child('extract', text10), pages: 10 * textPages }) },
      // pdf.js's legacy build replaces Array.prototype.push in the thread that loads it: the same
      // text input with pdf.js loaded first shows what that costs our own parsing.
      { key: 'text.x1-pushpatched', name: 'extract text x1, pdf.js loaded', run: () => child('extract-patched', TEXT) },
      ]),
    );
    const [lineX1, lineX4] = [oneLine(12), oneLine(48)];
    Object.assign(
      figures,
      measureInTurn([
        { key: 'oneline.x1', name: 'extract one 0.3 MB line', run: () => child('extract', lineX1) },
        { key: 'oneline.x4', name: 'extract one 1.2 MB line', run: () => child('extract', lineX4) },
      ]),
    );
  }

  // HTML that never closes its elements, at two sizes: reading must grow with the input, not
  // with the input times its depth (htmlparser2's own stack made it quadratic, html-parse.ts).
  if (wants('html')) {
    const nested = (n: number) => scratchInput(`nested_${n}.html`, nestedHtml(n));
    const [html1, html4] = [nested(HTML_NESTING), nested(4 * HTML_NESTING)];
    Object.assign(
      figures,
      measureInTurn([
        { key: 'html.nested1', name: `extract html nested ${HTML_NESTING}`, run: () => child('extract', html1) },
        { key: 'html.nested4', name: `extract html nested ${4 * HTML_NESTING}`, run: () => child('extract', html4) },
      ]),
    );
  }

  // Batch: an archive in miniature, BATCH_COPIES copies of eight corpus PDFs, so that the
  // figure is throughput over many files rather than one worker's start-up. Each copy ends in
  // its own comment line after %%EOF (which readers skip), so that no two files share a
  // SHA-256: the layout cache keys on it, and identical copies would let a "cold" run fill the
  // cache with the first copy and take the other three from it, as a real archive would not.
  const batchSet = path.join(tmp, 'batch');
  mkdirSync(batchSet);
  const copies: string[][] = [];
  for (let c = 1; c <= BATCH_COPIES; c++) {
    copies.push(
      BATCH_FILES.map((f) => {
        const to = path.join(batchSet, `copy${c}_${f}`);
        writeFileSync(to, Buffer.concat([readFileSync(pdf(f)), Buffer.from(`%packtool bench copy ${c}\n`)]));
        return to;
      }),
    );
  }
  const allCopies = copies.flat();
  const batchPages = copies.length * BATCH_FILES.reduce((n, f) => n + child('pdfjs', pdf(f)).pages, 0);
  const hasBatch = spawnSync(process.execPath, [BIN, 'batch', '--help'], { encoding: 'utf8' }).status === 0;
  const batchMeasures: Measure[] = [
    { key: 'batch.pdfjs1', name: 'pdfjs text of the batch set, 1 process', run: () => pdfjsProcesses([allCopies], batchPages) },
    {
      key: 'batch.pdfjs2',
      name: 'pdfjs text of the batch set, 2 processes',
      run: () => pdfjsProcesses([allCopies.slice(0, allCopies.length / 2), allCopies.slice(allCopies.length / 2)], batchPages),
    },
  ];
  if (hasBatch && wants('batch')) {
    // Workers as child processes (the default) and as threads.
    for (const kind of ['process', 'thread']) {
      for (const jobs of [1, 2]) {
        const out = path.join(tmp, `out-${kind}${jobs}`);
        const key = kind === 'process' ? `batch.jobs${jobs}` : `batch.threads.jobs${jobs}`;
        const args = [BIN, 'batch', batchSet, '-o', out, '--jobs', String(jobs), '--workers', kind, '--force', '--quiet'];
        batchMeasures.push({ key, name: `batch --jobs ${jobs} --workers ${kind}`, run: () => wall(process.execPath, args, batchPages) });
      }
    }
  } else if (!hasBatch) {
    process.stderr.write('  batch: the batch command is not available in this build; skipped\n');
  }
  if (wants('batch')) Object.assign(figures, measureInTurn(batchMeasures));
  const archive = hasBatch && wants('archive') ? measureCacheAndDatabase(tmp, batchSet, batchPages, allCopies.length) : null;
  if (archive) Object.assign(figures, archive.figures);

  // Start-up: what a user waits for before any work.
  if (wants('startup')) {
    Object.assign(
      figures,
      measureInTurn([
        { key: 'startup.node', name: 'node -e 0', run: () => wall(process.execPath, ['-e', '0'], 0) },
        { key: 'startup.packtool', name: 'packtool --version', run: () => wall(process.execPath, [BIN, '--version'], 0) },
      ]),
    );
  }
  rmSync(tmp, { recursive: true, force: true });

  const ratio = (a: string, b: string) => (figures[a] && figures[b] ? figures[a].median / figures[b].median : null);
  const targets = [
    { target: 'extract / pdfjs baseline, 250-page pack', value: ratio('extract.kent250', 'pdfjs.kent250'), limit: 1.25 },
    { target: 'extract 250 pages / 100 pages (time)', value: ratio('extract.kent250', 'extract.kent100'), limit: 2.7 },
    { target: 'peak RSS, 250-page pack (MB)', value: figures['extract.kent250']?.maxRssMB ?? null, limit: 300 },
    { target: 'review page written / extract, 250-page pack', value: ratio('review.kent250', 'extract.kent250'), limit: 0.1 },
    { target: 'text x10 / x1 (time)', value: ratio('text.x10', 'text.x1'), limit: 11 },
    { target: 'one line x4 / x1 (time)', value: ratio('oneline.x4', 'oneline.x1'), limit: 4.5 },
    { target: 'html nested x4 / x1 (time)', value: ratio('html.nested4', 'html.nested1'), limit: 5 },
    { target: 'batch throughput jobs 2 / jobs 1', value: ratio('batch.jobs1', 'batch.jobs2'), limit: 1.7, atLeast: true },
    { target: 'batch throughput jobs 2 / jobs 1 (threads)', value: ratio('batch.threads.jobs1', 'batch.threads.jobs2'), limit: 1.7, atLeast: true },
    { target: 'startup packtool / node', value: ratio('startup.packtool', 'startup.node'), limit: 2 },
    { target: 'batch re-run, cold / warm layout cache', value: ratio('cache.cold', 'cache.warm'), limit: 4, atLeast: true },
  ];

  const rows = Object.entries(figures).map(([key, f]) =>
    [key.padEnd(22), String(f.pages).padStart(5), f.median.toFixed(3).padStart(8), f.min.toFixed(3).padStart(8), f.max.toFixed(3).padStart(8), (f.pages ? f.pagesPerSecond.toFixed(1) : '-').padStart(8), (f.maxRssMB ? f.maxRssMB.toFixed(0) : '-').padStart(7)].join(' '),
  );
  const out = [
    `${'measure'.padEnd(22)} ${'pages'.padStart(5)} ${'median s'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)} ${'pages/s'.padStart(8)} ${'RSS MB'.padStart(7)}`,
    ...rows,
    '',
    ...targets.map((t) => {
      const ok = t.value === null ? 'n/a' : (t.atLeast ? t.value >= t.limit : t.value <= t.limit) ? 'ok' : 'MISSED';
      return `${t.target.padEnd(44)} ${t.value === null ? '-' : t.value.toFixed(2).padStart(7)}  (${t.atLeast ? '≥' : '≤'} ${t.limit})  ${ok}`;
    }),
  ];
  const context = [
    '',
    `worker thread's cost, 250 pages: ${fmt(ratio('extract.kent250', 'extract-inline.kent250'))} × reading in one thread`,
    `this machine's ceiling for batch: pdf.js alone in 2 processes runs ${fmt(ratio('batch.pdfjs1', 'batch.pdfjs2'))} × as fast as in 1`,
    `pdf.js's Array.prototype.push, text x1: ${fmt(ratio('text.x1-pushpatched', 'text.x1'))} × native push`,
    ...(archive ? archive.context(figures) : []),
    `load average: ${loadBefore.toFixed(2)} at the start (figures are unreliable above ~1.5), ${os.loadavg()[0].toFixed(2)} at the end (raised by the bench's own two-process runs)`,
  ];
  process.stdout.write([...out, ...context].join('\n') + '\n');
  mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
  writeFileSync(
    path.join(ROOT, 'bench', 'results.json'),
    JSON.stringify({ node: process.version, cores: os.cpus().length, runs: RUNS, load: { before: loadBefore, after: os.loadavg()[0] }, figures, targets }, null, 2) + '\n',
  );
  process.stderr.write('bench: wrote bench/results.json\n');
}

main();
