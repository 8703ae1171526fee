#!/usr/bin/env node
/**
 * Golden outputs: run the built packtool (dist/) over every corpus paper and every fixture, and
 * keep what a user would see, so that a refactoring can show it changed nothing.
 *
 *   node scripts/golden.mjs --out DIR                 write the outputs to DIR
 *   node scripts/golden.mjs --compare BASE [--out DIR] write them (to a temporary folder unless
 *                                                     --out), then list every file that differs
 *                                                     from BASE, with a short diff; exit 1 if any
 *   node scripts/golden.mjs --only kent --out DIR     only inputs whose path contains "kent"
 *
 * For each input FILE (path relative to the repository, as a user would type it) the folder gets
 * `FILE.extract` (`packtool extract FILE --format json`) and `FILE.layout`
 * (`packtool layout FILE --geometry`): each holds the exit code, standard error, then standard
 * output. Commands run in this process through the same `main()` as bin/packtool.js, so pdf.js
 * loads once. Build first (`npx tsc -p tsconfig.json`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(ROOT);
const { main } = await import(path.join(ROOT, 'dist/cli/main.js'));

const READABLE = /\.(pdf|txt|text|md|markdown|html|htm)$/i;
/** Hand-written expectations and generator notes are not packs. */
const SKIP_DIRS = new Set(['expected']);

function option(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function inputsUnder(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      if (!SKIP_DIRS.has(entry)) out.push(...inputsUnder(full));
    } else if (READABLE.test(entry)) out.push(full);
  }
  return out;
}

/** Run one command line in this process and capture what it printed and its exit code. */
async function run(args) {
  const out = [];
  const err = [];
  const write = { out: process.stdout.write, err: process.stderr.write };
  process.stdout.write = (chunk) => (out.push(String(chunk)), true);
  process.stderr.write = (chunk) => (err.push(String(chunk)), true);
  process.exitCode = undefined;
  let code;
  try {
    code = await main(['node', 'packtool', ...args]);
  } finally {
    process.stdout.write = write.out;
    process.stderr.write = write.err;
    process.exitCode = undefined;
  }
  return `exit ${code}\n--- stderr\n${err.join('')}--- stdout\n${out.join('')}`;
}

const only = option('--only');
const base = option('--compare');
const outDir = path.resolve(option('--out') ?? (base ? mkdtempSync(path.join(tmpdir(), 'golden-')) : ''));
if (!option('--out') && !base) {
  process.stderr.write('usage: golden.mjs --out DIR | --compare BASE [--out DIR] [--only TEXT]\n');
  process.exit(2);
}
const corpus = path.relative(ROOT, path.resolve(ROOT, '..', 'shared', 'corpus'));
const inputs = [...inputsUnder(corpus), ...inputsUnder('fixtures')].filter((f) => !only || f.includes(only));
process.stdout.setMaxListeners(0);

const started = Date.now();
for (const file of inputs) {
  const name = file.replace(/^(\.\.\/)+/, '');
  const target = path.join(outDir, name);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(`${target}.extract`, await run(['extract', file, '--format', 'json']));
  writeFileSync(`${target}.layout`, await run(['layout', file, '--geometry']));
}
process.stderr.write(`golden: ${inputs.length} inputs in ${((Date.now() - started) / 1000).toFixed(0)} s → ${outDir}\n`);

if (base) {
  const differing = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const rel = path.relative(outDir, full);
        const before = path.join(base, rel);
        if (!existsSync(before) || !readFileSync(before).equals(readFileSync(full))) differing.push(rel);
      }
    }
  };
  walk(outDir);
  for (const rel of differing) {
    process.stdout.write(`\n=== ${rel}\n`);
    const diff = spawnSync('diff', ['-u', path.join(base, rel), path.join(outDir, rel)], { encoding: 'utf8' });
    process.stdout.write(diff.stdout.split('\n').slice(0, 40).join('\n') + '\n');
  }
  process.stdout.write(`golden: ${differing.length} of ${inputs.length * 2} outputs differ from ${base}\n`);
  process.exitCode = differing.length ? 1 : 0;
}
