/**
 * The layout version: a hash of the code that turns an input's bytes into its layout (the
 * sources, the layout builder and everything they import) and of the pdf.js release. A new
 * packtool whose parsers changed but whose sources and layout did not has the same version, so
 * its cached layouts stay good; any change to what makes a layout gives a new version.
 *
 * Computed from the modules themselves rather than kept by hand: a version number someone must
 * remember to bump is one that will be forgotten.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bumped when the cache's own file format changes. */
const CACHE_FORMAT = 1;

/** The module a layout is made by (sources, layout builder, text-layer check), relative to this one; what it imports is followed from there. */
const ENTRY_MODULES = ['../layout-of.js'];

/** Relative imports in ES modules: static, dynamic, and worker files named by URL. */
const RELATIVE_IMPORT = /(?:from\s*|import\s*\(\s*|new URL\(\s*)['"](\.{1,2}\/[^'"]+\.js)['"]/g;

let version: Promise<string> | null = null;

export function layoutVersion(): Promise<string> {
  if (!version) {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const pdfjs = createRequire(import.meta.url)('pdfjs-dist/package.json') as { version: string };
    version = hashModules(ENTRY_MODULES.map((m) => path.resolve(here, m)), `cache ${CACHE_FORMAT}\npdfjs-dist ${pdfjs.version}\n`);
  }
  return version;
}

/**
 * A hash of the entry modules and every module they import (relative imports, followed), and of
 * `salt`. Modules are named by their path relative to the entries' common folder, so the hash
 * is the same wherever packtool is installed.
 */
export async function hashModules(entries: string[], salt: string): Promise<string> {
  const seen = new Set<string>();
  const queue = entries.map(source);
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = await readFile(file, 'utf8');
    for (const m of code.matchAll(RELATIVE_IMPORT)) queue.push(source(path.resolve(path.dirname(file), m[1])));
  }
  const root = commonFolder([...seen]);
  const hash = createHash('sha256').update(salt);
  for (const file of [...seen].sort()) {
    hash.update(`${path.relative(root, file)}\n`);
    hash.update(await readFile(file));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The file an import names: compiled JavaScript, or its TypeScript source when run from src/ (tests). */
function source(jsFile: string): string {
  const ts = jsFile.replace(/\.js$/, '.ts');
  return existsSync(jsFile) || !existsSync(ts) ? jsFile : ts;
}

function commonFolder(files: string[]): string {
  let root = path.dirname(files[0]);
  while (!files.every((f) => f.startsWith(root + path.sep))) root = path.dirname(root);
  return root;
}
