/**
 * The layout version: a hash of the code that turns an input's bytes into its layout (the
 * sources, the layout builder and everything they import) and of the pdf.js release. A new
 * packtool whose parsers changed but whose sources and layout did not has the same version, so
 * its cached layouts stay good; any change to what makes a layout gives a new version.
 *
 * Computed from the compiled modules themselves rather than kept by hand: a version number
 * someone must remember to bump is one that will be forgotten.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bumped when the cache's own file format changes. */
const CACHE_FORMAT = 1;

/** The modules a layout is made by; what they import is followed from here. */
const ENTRY_MODULES = ['../sources/index.js', '../layout/build.js'];

/** Relative imports in compiled ES modules: static, dynamic, and worker files named by URL. */
const RELATIVE_IMPORT = /(?:from\s*|import\s*\(\s*|new URL\(\s*)['"](\.{1,2}\/[^'"]+\.js)['"]/g;

let version: Promise<string> | null = null;

export function layoutVersion(): Promise<string> {
  version ??= computeVersion();
  return version;
}

async function computeVersion(): Promise<string> {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256').update(`cache ${CACHE_FORMAT}\n`);
  const pdfjs = createRequire(import.meta.url)('pdfjs-dist/package.json') as { version: string };
  hash.update(`pdfjs-dist ${pdfjs.version}\n`);
  const seen = new Set<string>();
  const queue = ENTRY_MODULES.map((m) => path.resolve(here, m));
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(file, 'utf8');
    for (const m of code.matchAll(RELATIVE_IMPORT)) queue.push(path.resolve(path.dirname(file), m[1]));
  }
  // Sorted by path relative to dist/, so the version is the same wherever packtool is installed.
  const root = path.resolve(here, '..');
  for (const file of [...seen].sort()) {
    hash.update(`${path.relative(root, file)}\n`);
    hash.update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
}
