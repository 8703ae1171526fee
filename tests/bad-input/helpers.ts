/** What the bad-input tests share: reading a fixture the way the pipeline does. */
import { readFileSync } from 'node:fs';
import { InputError } from '../../src/errors.js';
import { extractBytes, type ExtractResult } from '../../src/extract.js';
import type { SourceOptions } from '../../src/sources/index.js';
import { fixture } from '../helpers.js';

/** The command line's default --max-pages. */
export const DEFAULT_MAX_PAGES = 5000;

export function bad(name: string): string {
  return fixture('bad', name);
}

export interface Read {
  result: ExtractResult;
}

/** Extract a fixture in process, with the command line's default page limit. */
export async function extractFixture(name: string, extra: SourceOptions = {}): Promise<Read> {
  const result = await extractBytes(new Uint8Array(readFileSync(bad(name))), name, { maxPages: DEFAULT_MAX_PAGES, ...extra });
  return { result };
}

/** The InputError an extraction ends with (fails the test if it ends any other way). */
export async function inputErrorOf(work: Promise<unknown>): Promise<InputError> {
  try {
    await work;
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError, but the extraction succeeded');
}

export function layoutText(result: ExtractResult): string[] {
  return result.layout.pages.flatMap((p) => p.lines.map((l) => l.text));
}
