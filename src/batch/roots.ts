/**
 * The roots of the INPUT arguments, and the folder each one's outputs go under.
 *
 * A folder is its own root, a glob's root is the folder before its first wildcard, and a file's
 * root is the folder it is in. Inputs are named relative to their root, so two roots can hold the
 * same relative name (`a/2019/x.pdf` and `b/2019/x.pdf` as arguments `a` and `b`). With one root
 * (the usual case: one folder, one glob, or files from one folder) outputs mirror it directly;
 * with several, each root's outputs go under a folder named after the root (`a/`, `b/`), made
 * unique in argument order (`2019/`, `2019-2/`) so that no two inputs can ever share an output.
 */
import { existsSync } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { isGlob as hasWildcards, splitGlob } from './glob.js';

export interface InputRoot {
  /** The argument as given. */
  arg: string;
  kind: 'file' | 'folder' | 'glob';
  /** The folder walked (for a file, the folder it is in). */
  dir: string;
  /** The root's real path (links resolved): what "inside the input roots" is measured against. */
  real: string;
  /** The folder under OUTDIR its outputs go to; '' when the arguments have one root only. */
  label: string;
  /** Which paths below the root are taken (a glob's pattern; everything otherwise). */
  matches: (rel: string) => boolean;
}

/** A pattern to expand, unless a file or folder has exactly that name (`[draft] minutes.pdf`). */
export function isGlob(arg: string): boolean {
  return hasWildcards(arg) && !existsSync(arg);
}

/** True when `p` is `dir` or below it (both real, absolute paths). */
export function isInside(dir: string, p: string): boolean {
  const back = path.relative(dir, p);
  return back === '' || (!back.startsWith('..') && !path.isAbsolute(back));
}

export async function inputRoots(args: string[]): Promise<InputRoot[]> {
  const roots: Omit<InputRoot, 'label'>[] = [];
  for (const arg of args) {
    if (isGlob(arg)) {
      const { root, matches } = splitGlob(arg);
      roots.push({ arg, kind: 'glob', dir: root, real: await realOrResolved(root), matches });
    } else if ((await stat(arg)).isDirectory()) {
      roots.push({ arg, kind: 'folder', dir: arg, real: await realOrResolved(arg), matches: () => true });
    } else {
      const dir = path.dirname(arg);
      roots.push({ arg, kind: 'file', dir, real: await realOrResolved(dir), matches: () => true });
    }
  }
  const labels = rootLabels(roots.map((r) => r.real));
  return roots.map((r) => ({ ...r, label: labels.get(r.real)! }));
}

/**
 * One label per distinct root: '' for all when there is only one; otherwise the root's folder name,
 * with `-2`, `-3` … added in argument order when a name is already taken.
 */
export function rootLabels(reals: string[]): Map<string, string> {
  const distinct = [...new Set(reals)];
  const labels = new Map<string, string>();
  if (distinct.length === 1) return new Map([[distinct[0], '']]);
  const taken = new Set<string>();
  for (const real of distinct) {
    // A hidden name would be skipped by walks of OUTDIR; '/' has no name at all.
    const name = path.basename(real).replace(/^\./, '_') || 'root';
    let label = name;
    for (let n = 2; taken.has(label); n++) label = `${name}-${n}`;
    taken.add(label);
    labels.set(real, label);
  }
  return labels;
}

async function realOrResolved(dir: string): Promise<string> {
  return realpath(dir).catch(() => path.resolve(dir));
}
