/**
 * Where an input's output goes: its relative path mirrored under OUTDIR with the extension
 * swapped. Derived from the input path alone, and checked never to leave OUTDIR.
 */
import path from 'node:path';
import type { BatchFormat, BatchInput } from './types.js';

/** Report file names at the top of OUTDIR; an input that would produce one of these keeps its extension instead. */
export const REPORT_NAME = 'packtool-batch.json';
export const REPORT_PATTERN = /^packtool-batch(-shard-\d+-of-\d+)?\.json$/;

/** Relative (POSIX) output path: `2024/ecyp-12-04.pdf` → `2024/ecyp-12-04.yaml`. */
export function outputRel(input: BatchInput, format: BatchFormat): string {
  const ext = path.posix.extname(input.rel);
  const swapped = `${input.rel.slice(0, input.rel.length - ext.length)}.${format}`;
  if (input.keepExtension || REPORT_PATTERN.test(swapped)) return `${input.rel}.${format}`;
  return swapped;
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

/** The review page beside an output (`batch --review`): `2024/ecyp-12-04.yaml` → `2024/ecyp-12-04.review.html`. */
export function reviewRel(outRel: string): string {
  return `${outRel.slice(0, outRel.length - path.posix.extname(outRel).length)}.review.html`;
}
