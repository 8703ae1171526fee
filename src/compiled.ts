/**
 * Where a module that runs in a child process or thread is, compiled: beside the caller in
 * dist/, or in dist/ when the caller itself runs from src/ (the tests run the TypeScript).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The compiled file of `relative` (e.g. './worker.js') next to the module at `base` (its import.meta.url). */
export function compiledModule(relative: string, base: string): string {
  const here = fileURLToPath(new URL(relative, base));
  if (existsSync(here)) return here;
  const src = `${path.sep}src${path.sep}`;
  const at = here.lastIndexOf(src);
  const compiled = at < 0 ? here : `${here.slice(0, at)}${path.sep}dist${path.sep}${here.slice(at + src.length)}`;
  if (existsSync(compiled)) return compiled;
  throw new Error(`packtool is not built (${compiled} is missing): run \`npx tsc -p .\` first`);
}
