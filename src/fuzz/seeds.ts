/**
 * The good inputs the fuzzer damages: small PDFs and text files from fixtures/ and, when it is
 * beside the checkout, the shared corpus.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Seed {
  /** Path relative to the repository root (or ../shared/corpus), for reports. */
  file: string;
  kind: 'pdf' | 'text';
  bytes: Buffer;
}

/** The repository root, from src/fuzz or dist/fuzz alike. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');

/**
 * PDFs larger than this are left out: one case should take well under a second, so that a
 * short run still tries hundreds of damages. Small files exercise the same parser paths.
 */
export const MAX_SEED_PDF_BYTES = 512 * 1024;

/** Text seeds are cut to this many bytes (at a line end), for the same reason. */
export const MAX_SEED_TEXT_BYTES = 64 * 1024;

/** Fixtures that are already a verdict, not a good input to damage (reading them alone takes seconds). */
const NOT_SEEDS = new Set(['blank-10000-pages.pdf']);

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm']);

/** Every fixture folder and the corpus: the widest range of inputs, growing as fixtures are added. */
export const ALL_SEED_DIRS = [path.join(ROOT, 'fixtures'), path.join(CORPUS, 'pdf'), path.join(CORPUS, 'text')];

/**
 * Inputs that change only when the corpus or the bad-input fixtures do, so that a fixed-seed
 * run (the test suite's) tries the same cases from one day to the next.
 */
export const STABLE_SEED_DIRS = [path.join(ROOT, 'fixtures', 'bad'), path.join(CORPUS, 'pdf'), path.join(CORPUS, 'text')];

export function loadSeeds(dirs: string[] = ALL_SEED_DIRS): Seed[] {
  const seeds: Seed[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const file of listFiles(dir)) {
      const ext = path.extname(file).toLowerCase();
      const size = statSync(file).size;
      const rel = path.relative(path.resolve(ROOT, '..'), file);
      if (NOT_SEEDS.has(path.basename(file)) || size === 0) continue;
      if (ext === '.pdf' && size <= MAX_SEED_PDF_BYTES) seeds.push({ file: rel, kind: 'pdf', bytes: readFileSync(file) });
      if (TEXT_EXTENSIONS.has(ext)) seeds.push({ file: rel, kind: 'text', bytes: cutAtLine(readFileSync(file), MAX_SEED_TEXT_BYTES) });
    }
  }
  return seeds.sort((a, b) => a.file.localeCompare(b.file));
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full));
    else if (entry.isFile()) out.push(full);
  }
  return out;
}

function cutAtLine(bytes: Buffer, max: number): Buffer {
  if (bytes.length <= max) return bytes;
  const end = bytes.lastIndexOf(0x0a, max);
  return bytes.subarray(0, end > 0 ? end + 1 : max);
}
