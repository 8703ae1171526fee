/**
 * The extract pipeline, one direction: source → layout (layout-of.ts) → segment → parse →
 * validate (pack-from-layout.ts). `extract` is a plain async function:
 * the CLI, `batch` and `diff` all call it.
 */
import { createHash } from 'node:crypto';
import { Context } from './context.js';
import { layoutOf, type LayoutOptions } from './layout-of.js';
import type { ExtractResult } from './pack-from-layout.js';
import { readInput } from './read-input.js';

export { readInput };

export interface ExtractOptions extends LayoutOptions {
  /** Name to record as `source.file` (defaults to the path). */
  displayName?: string;
}

export type { ExtractResult } from './pack-from-layout.js';

/** Read a file (or "-" for standard input) and extract its Pack. */
export async function extractFile(file: string, options: ExtractOptions = {}): Promise<ExtractResult> {
  const bytes = await readInput(file, options.maxSizeBytes);
  return extractBytes(bytes, options.displayName ?? file, options);
}

export async function extractBytes(bytes: Uint8Array, name: string, options: ExtractOptions = {}): Promise<ExtractResult> {
  const ctx = new Context(name);
  // Hash first: pdf.js takes ownership of (detaches) the buffer it is given.
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // The parsers and the output contract load while the source is read: a PDF is read in a
  // worker thread, and this thread would otherwise wait idle for it.
  const parsing = import('./pack-from-layout.js');
  parsing.catch(() => undefined); // a failed read is the error to report; the import's own failure surfaces below
  const layout = await layoutOf(bytes, ctx, { ...options, sha256 });
  const { packFromLayout } = await parsing;
  return packFromLayout(layout, ctx, { file: name, sha256, format: layout.format });
}
