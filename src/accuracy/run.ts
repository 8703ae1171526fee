/**
 * `npm run accuracy`: packtool's output on every corpus paper that has hand-checked expected
 * records (fixtures/expected/*.yaml) against those records: precision, recall and F1 per file
 * and per record type, and a total. This is how a rule is known to help one council without
 * hurting another.
 *
 *   npm run accuracy                      every paper
 *   npm run accuracy -- whitbourne sheet  papers whose name holds any of these words
 *   npm run accuracy -- --misses          also list each disagreement under its paper
 *   npm run accuracy -- --json FILE       also write the figures as JSON
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile } from '../extract.js';
import { loadExpected } from './expected.js';
import { RECORD_TYPES, addTally, emptyTallies, f1, score, type RecordType, type Tally } from './score.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXPECTED = path.join(ROOT, 'fixtures', 'expected');
const CORPUS = process.env.PACKTOOL_CORPUS ?? path.resolve(ROOT, '..', 'shared', 'corpus');

interface FileResult {
  name: string;
  tallies: Record<RecordType, Tally> | null;
  misses: string[];
  error?: string;
}

function usage(): never {
  console.log('usage: npm run accuracy -- [--misses] [--json FILE] [WORD ...]');
  process.exit(0);
}

function parseArgs(argv: string[]): { misses: boolean; json: string | null; words: string[] } {
  const out = { misses: false, json: null as string | null, words: [] as string[] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') usage();
    else if (a === '--misses') out.misses = true;
    else if (a === '--json') out.json = argv[++i] ?? usage();
    else if (a.startsWith('-')) {
      console.error(`accuracy: unknown option ${a}`);
      usage();
    } else out.words.push(a);
  }
  return out;
}

const cell = (v: number | null): string => (v === null ? '   -' : v.toFixed(2).replace(/^0/, ' '));

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(CORPUS)) {
    console.log(`accuracy: skipped: the corpus is not at ${CORPUS} (check out ../shared beside this repository, or set PACKTOOL_CORPUS)`);
    return;
  }
  const files = readdirSync(EXPECTED)
    .filter((f) => f.endsWith('.yaml'))
    .filter((f) => !args.words.length || args.words.some((w) => f.includes(w)))
    .sort();
  const results: FileResult[] = [];
  for (const f of files) {
    const expected = loadExpected(path.join(EXPECTED, f));
    const name = f.replace(/\.yaml$/, '');
    try {
      const { pack } = await extractFile(path.join(CORPUS, expected.file), { displayName: expected.file });
      const s = score(expected, pack);
      results.push({ name, tallies: s.tallies, misses: s.misses });
    } catch (err) {
      results.push({ name, tallies: null, misses: [], error: (err as Error).message });
    }
  }

  const total = emptyTallies();
  const width = Math.max(20, ...results.map((r) => r.name.length)) + 1;
  const short: Record<RecordType, string> = { meeting: 'meet', agenda: 'agnd', minutes: 'mins', resolutions: 'resl', votes: 'vote', attendance: 'attn', actions: 'actn' };
  console.log(`F1 per record type (- where neither the page nor packtool has any)\n`);
  console.log(`${'paper'.padEnd(width)}${RECORD_TYPES.map((t) => short[t].padStart(5)).join('')}   all`);
  for (const r of results) {
    if (!r.tallies) {
      console.log(`${r.name.padEnd(width)}error: ${r.error}`);
      continue;
    }
    const all: Tally = { tp: 0, fp: 0, fn: 0 };
    for (const t of RECORD_TYPES) {
      addTally(total[t], r.tallies[t]);
      addTally(all, r.tallies[t]);
    }
    console.log(`${r.name.padEnd(width)}${RECORD_TYPES.map((t) => cell(f1(r.tallies![t])).padStart(5)).join('')} ${cell(f1(all)).padStart(5)}`);
    if (args.misses) for (const m of r.misses) console.log(`    ${m}`);
  }

  console.log(`\n${'total'.padEnd(13)}${'tp'.padStart(6)}${'fp'.padStart(6)}${'fn'.padStart(6)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}`);
  const grand: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const t of [...RECORD_TYPES, 'all'] as const) {
    const x = t === 'all' ? grand : total[t];
    if (t !== 'all') addTally(grand, x);
    const p = x.tp + x.fp ? x.tp / (x.tp + x.fp) : null;
    const r = x.tp + x.fn ? x.tp / (x.tp + x.fn) : null;
    console.log(`${t.padEnd(13)}${String(x.tp).padStart(6)}${String(x.fp).padStart(6)}${String(x.fn).padStart(6)}${cell(p).padStart(7)}${cell(r).padStart(7)}${cell(f1(x)).padStart(7)}`);
  }
  console.log(`\n${results.length} papers; ${results.filter((r) => r.error).length} could not be read`);
  if (args.json) writeFileSync(args.json, JSON.stringify({ total, files: results }, null, 2) + '\n');
}

main().catch((err: unknown) => {
  console.error(`accuracy: ${(err as Error).message}`);
  process.exit(1);
});
