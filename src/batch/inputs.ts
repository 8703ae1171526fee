/**
 * Turn INPUT arguments (files, folders, globs) into a stream of inputs, one folder at a time,
 * so that a million-file archive is never listed in memory at once.
 *
 * Each input gets a path relative to the root of the argument it came from: a folder is its
 * own root, a glob's root is the folder before its first wildcard, and a file's root is the
 * folder it is in. Outputs mirror that relative path, which therefore never starts with `..`
 * or `/`, whatever the argument looked like.
 */
import { existsSync, type Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { SUPPORTED_EXTENSIONS } from '../sources/index.js';
import { isGlob as hasWildcards, splitGlob } from './glob.js';
import type { BatchInput } from './types.js';

export interface WalkOptions {
  /** Absolute folders never to walk into (the output folder, when it sits inside an input folder). */
  exclude?: string[];
  /**
   * Yield each folder's files largest first. With several workers the run ends when the last
   * file does; starting the big ones first keeps one long file from running alone at the end
   * (longest-processing-time-first scheduling). Costs one stat per file, so counting skips it.
   */
  largestFirst?: boolean;
}

const SUPPORTED = new Set(SUPPORTED_EXTENSIONS);

export function isSupported(name: string): boolean {
  return SUPPORTED.has(path.extname(name).toLowerCase());
}

/** A name without its extension: inputs sharing one in a folder would share an output name. */
function stem(name: string): string {
  return name.slice(0, name.length - path.extname(name).length);
}

/** Names that occur more than once among these files once extensions are dropped. */
function collidingStems(names: string[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const n of names) {
    const s = stem(n);
    if (seen.has(s)) twice.add(s);
    seen.add(s);
  }
  return twice;
}

/** A pattern to expand, unless a file or folder has exactly that name (`[draft] minutes.pdf`). */
function isGlob(arg: string): boolean {
  return hasWildcards(arg) && !existsSync(arg);
}

/** Fail before any work starts when a plain (non-glob) argument does not exist: a typo, not a per-file failure. */
export async function checkArguments(args: string[]): Promise<void> {
  for (const arg of args) {
    if (isGlob(arg)) continue;
    try {
      await stat(arg);
    } catch {
      throw new UsageError(`${arg}: no such file or folder`);
    }
  }
}

export async function* expandInputs(args: string[], options: WalkOptions = {}): AsyncGenerator<BatchInput> {
  const exclude = new Set((options.exclude ?? []).map((p) => path.resolve(p)));
  // Plain file arguments are already in memory (argv), so their name clashes can be found up front.
  const fileArgs: string[] = [];
  for (const arg of args) {
    if (!isGlob(arg) && (await stat(arg)).isFile()) fileArgs.push(arg);
  }
  const fileClashes = collidingStems(fileArgs.map((f) => path.basename(f)));

  for (const arg of args) {
    if (isGlob(arg)) {
      const { root, matches } = splitGlob(arg);
      yield* walk(root, '', exclude, matches, options);
    } else if ((await stat(arg)).isDirectory()) {
      yield* walk(arg, '', exclude, () => true, options);
    } else {
      const name = path.basename(arg);
      yield { file: arg, rel: name, keepExtension: fileClashes.has(stem(name)) };
    }
  }
}

async function* walk(
  root: string,
  relDir: string,
  exclude: Set<string>,
  matches: (rel: string) => boolean,
  options: WalkOptions,
): AsyncGenerator<BatchInput> {
  const dir = relDir ? path.join(root, relDir) : root;
  // OUTDIR below an input folder is not walked (it holds only outputs); OUTDIR as the input
  // folder itself is (outputs are then written beside their inputs).
  if (relDir && exclude.has(path.resolve(dir))) return;
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return; // A folder that vanished or cannot be listed: nothing in it can be read either.
  }
  // Code-unit order, not locale order: the same on every machine, so runs and shards agree.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const files: string[] = [];
  const folders: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue; // hidden files, and our own .packtool-tmp
    const full = path.join(dir, e.name);
    if (e.isDirectory()) folders.push(e.name);
    else if (e.isFile() && isSupported(e.name)) files.push(e.name);
    // Symlinks: followed to files, never to folders (a link loop would never end).
    else if (e.isSymbolicLink() && isSupported(e.name) && (await isFile(full))) files.push(e.name);
  }

  const clashes = collidingStems(files);
  if (options.largestFirst) await sortLargestFirst(dir, files);
  for (const name of files) {
    const rel = relDir ? `${relDir}/${name}` : name;
    if (matches(rel)) yield { file: path.join(dir, name), rel, keepExtension: clashes.has(stem(name)) };
  }
  for (const name of folders) yield* walk(root, relDir ? `${relDir}/${name}` : name, exclude, matches, options);
}

async function sortLargestFirst(dir: string, names: string[]): Promise<void> {
  const sizes = new Map<string, number>();
  for (const name of names) sizes.set(name, await stat(path.join(dir, name)).then((s) => s.size, () => 0));
  names.sort((a, b) => sizes.get(b)! - sizes.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
}

async function isFile(p: string): Promise<boolean> {
  try {
    return (await stat(p)).isFile();
  } catch {
    return false;
  }
}
