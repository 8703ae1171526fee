/**
 * Turn INPUT arguments (files, folders, globs) into a stream of inputs, one folder at a time,
 * so that a million-file archive is never listed in memory at once.
 *
 * Each input gets a path relative to the root of the argument it came from: a folder is its
 * own root, a glob's root is the folder before its first wildcard, and a file's root is the
 * folder it is in. Outputs mirror that relative path, which therefore never starts with `..`
 * or `/`, whatever the argument looked like. When the arguments have more than one root, each
 * root's inputs sit under a folder named for it (see roots.ts), so two roots never share a path.
 *
 * Symbolic links met in a walk are followed to files inside the input roots only, unless the
 * user allows any (`--follow-symlinks`): a link to /etc/passwd.txt dropped into an archive is not
 * a pack. A link that is not followed is an input refused with its reason, never dropped silently.
 */
import { type Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { SUPPORTED_EXTENSIONS } from '../sources/index.js';
import { inputRoots, isGlob, isInside, type InputRoot } from './roots.js';
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
  /** Follow links to files wherever they lead, not only inside the input roots. */
  followSymlinks?: boolean;
}

const SUPPORTED = new Set(SUPPORTED_EXTENSIONS);

export function isSupported(name: string): boolean {
  return SUPPORTED.has(path.extname(name).toLowerCase());
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
  const roots = await inputRoots(args);
  const walk: Walk = { exclude, options, insideRoots: roots.map((r) => r.real) };
  for (const root of roots) {
    if (root.kind === 'file') {
      // A file named on the command line is read wherever a link leads: the user named it.
      yield { file: root.arg, rel: labelled(root, path.basename(root.arg)) };
    } else {
      yield* walkFolder(walk, root, '');
    }
  }
}

interface Walk {
  exclude: Set<string>;
  options: WalkOptions;
  /** Real paths of every root: links leading inside one of these are followed. */
  insideRoots: string[];
}

function labelled(root: InputRoot, rel: string): string {
  return root.label ? `${root.label}/${rel}` : rel;
}

async function* walkFolder(walk: Walk, root: InputRoot, relDir: string): AsyncGenerator<BatchInput> {
  const dir = relDir ? path.join(root.dir, relDir) : root.dir;
  // OUTDIR below an input folder is not walked (it holds only outputs); OUTDIR as the input
  // folder itself is (outputs are then written beside their inputs).
  if (relDir && walk.exclude.has(path.resolve(dir))) return;
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return; // A folder that vanished or cannot be listed: nothing in it can be read either.
  }
  // Code-unit order, not locale order: the same on every machine, so runs and shards agree.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const files: string[] = [];
  const refused = new Map<string, string>();
  const folders: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue; // hidden files, and our own .packtool-tmp
    if (e.isDirectory()) folders.push(e.name);
    else if (e.isFile() && isSupported(e.name)) files.push(e.name);
    // Symlinks: followed to files, never to folders (a link loop would never end).
    else if (e.isSymbolicLink() && isSupported(e.name)) {
      const target = await linkedFile(path.join(dir, e.name));
      if (!target) continue; // a dangling link, or one to a folder
      files.push(e.name);
      if (!walk.options.followSymlinks && !walk.insideRoots.some((r) => isInside(r, target))) refused.set(e.name, target);
    }
  }

  if (walk.options.largestFirst) await sortLargestFirst(dir, files);
  for (const name of files) {
    const rel = relDir ? `${relDir}/${name}` : name;
    if (!root.matches(rel)) continue;
    const input: BatchInput = { file: path.join(dir, name), rel: labelled(root, rel) };
    const target = refused.get(name);
    if (target !== undefined) {
      input.refused = {
        code: 'link-outside-inputs',
        message: `a symbolic link to ${target}, outside the input folders: not read; pass --follow-symlinks to read it`,
      };
    }
    yield input;
  }
  for (const name of folders) yield* walkFolder(walk, root, relDir ? `${relDir}/${name}` : name);
}

async function sortLargestFirst(dir: string, names: string[]): Promise<void> {
  const sizes = new Map<string, number>();
  for (const name of names) sizes.set(name, await stat(path.join(dir, name)).then((s) => s.size, () => 0));
  names.sort((a, b) => sizes.get(b)! - sizes.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
}

/** The real path of the file a link leads to, or null when it leads to no file. */
async function linkedFile(link: string): Promise<string | null> {
  try {
    const target = await realpath(link);
    return (await stat(target)).isFile() ? target : null;
  } catch {
    return null;
  }
}
