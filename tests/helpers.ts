/**
 * Shared test helpers: where the fixtures and the (optional) shared corpus are, and how to
 * skip a test cleanly when the corpus is not beside the checkout.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = path.join(ROOT, 'fixtures');
export const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');
export const HAS_CORPUS = existsSync(CORPUS);

export function fixture(...parts: string[]): string {
  return path.join(FIXTURES, ...parts);
}

/** A corpus file, for tests on files too large to copy into fixtures/. */
export function corpus(...parts: string[]): string {
  return path.join(CORPUS, ...parts);
}

/** Reason printed when corpus tests are skipped. */
export const NO_CORPUS = `skipped: ../shared/corpus is not beside this checkout (large-file tests need it)`;

import { readFileSync } from 'node:fs';
import { Context } from '../src/context.js';
import { layoutOf } from '../src/layout-of.js';
import type { Layout } from '../src/layout/types.js';

/** The layout of a file, as every parser sees it (the file's warnings are in `ctx` when one is given). */
export async function loadLayout(file: string, ctx = new Context(file)): Promise<Layout> {
  return layoutOf(new Uint8Array(readFileSync(file)), ctx);
}

/**
 * Write an HTML file that takes seconds to read on any machine: 5.7 MB of unclosed nested
 * <div>s, 440,000 lines that each go through the whole pipeline (about 6 s on an idle 2-core
 * machine, 24 s at a load of 8; reading grows with the length, see html-parse.ts). Tests of
 * --timeout give it 1 s.
 */
export function writeSlowHtml(file: string): string {
  writeFileSync(file, `<html><body>${'<div>Minutes '.repeat(440_000)}`);
  return file;
}
