/**
 * Where an input's output goes: its relative path mirrored under OUTDIR, the input's own name
 * kept whole and the format's extension added (`2024/ecyp.pdf` → `2024/ecyp.pdf.yaml`). Derived
 * from the input path alone, and checked never to leave OUTDIR.
 *
 * Keeping the input's extension is what makes outputs unique: `x.pdf` and `x.txt` side by side
 * become `x.pdf.yaml` and `x.txt.yaml`, and no output can take a report's name
 * (`packtool-batch.json`), since every input name ends in an extension packtool reads.
 */
import { lstat, mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { OutputError } from '../errors.js';
import { isInside } from './roots.js';
import type { BatchFormat, BatchInput } from './types.js';

/** The report's file name at the top of OUTDIR, and the names of all reports there (a shard's too). */
export const REPORT_NAME = 'packtool-batch.json';
export const REPORT_PATTERN = /^packtool-batch(-shard-\d+-of-\d+)?\.json$/;

/** Relative (POSIX) output path: `2024/ecyp-12-04.pdf` → `2024/ecyp-12-04.pdf.yaml`. */
export function outputRel(input: BatchInput, format: BatchFormat): string {
  return `${input.rel}.${format}`;
}

/** The absolute output path; throws (a bug, never a user error) if it would not be inside OUTDIR. */
export function outputPath(outdir: string, rel: string): string {
  const segments = rel.split('/');
  const unsafe = segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\0')) || path.isAbsolute(rel);
  const full = path.resolve(outdir, ...segments);
  const back = path.relative(path.resolve(outdir), full);
  if (unsafe || back === '' || back.startsWith('..') || path.isAbsolute(back)) {
    throw new Error(`refusing to write outside the output folder: "${rel}"`);
  }
  return full;
}

/**
 * Make `dir` (a folder below OUTDIR) and check that, links resolved, it is still inside OUTDIR:
 * an output subfolder that is a symbolic link to elsewhere must not send outputs there. The
 * nearest existing ancestor is checked before anything is made, so not even a folder is created
 * outside. `outdir` is OUTDIR's real path.
 */
export async function ensureInside(outdir: string, dir: string): Promise<void> {
  let existing = dir;
  while (!(await exists(existing)) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  await checkReal(outdir, existing, dir);
  await mkdir(dir, { recursive: true });
  await checkReal(outdir, dir, dir);
}

async function checkReal(outdir: string, p: string, wanted: string): Promise<void> {
  const real = await realpath(p);
  if (!isInside(outdir, real)) {
    throw new OutputError('output-outside', `a symbolic link leads to ${real}, outside the output folder ${outdir}; nothing was written there`, wanted);
  }
}

async function exists(p: string): Promise<boolean> {
  return lstat(p).then(
    () => true,
    () => false,
  );
}

/** The review page beside an output (`batch --review`): `2024/ecyp-12-04.pdf.yaml` → `2024/ecyp-12-04.pdf.review.html`. */
export function reviewRel(outRel: string): string {
  return `${outRel.slice(0, outRel.length - path.posix.extname(outRel).length)}.review.html`;
}
