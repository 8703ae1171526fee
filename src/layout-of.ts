/**
 * The one way in: the bytes of an input file → the layout every later phase reads. `extract`,
 * `packtool layout`, batch workers and the tests all come in here, so what `packtool layout`
 * prints is exactly what the parsers read.
 *
 *   refuse more bytes than --max-size (`too-large`)
 *   detect the format (ctx.format, from the bytes and ctx.file)
 *   → read the source into raw pages (src/sources)
 *   → build the layout: running headers and footers out, lines numbered (src/layout/build.ts)
 *   → check the text layer: garbled pages are emptied (src/layout/quality.ts)
 *
 * Every problem found on the way is a message on `ctx`: a warning the read survived, or a
 * fatal one (`ctx.fail`), which throws the InputError that ends the file's read. Which is
 * which is the source's call alone, never the caller's.
 */
import { createHash } from 'node:crypto';
import type { LayoutCache } from './cache/layout-cache.js';
import type { Context } from './context.js';
import { buildLayout } from './layout/build.js';
import { DEFAULT_MAX_SIZE_BYTES, tooLarge } from './limits/limits.js';
import { withReadableText } from './layout/quality.js';
import type { Layout } from './layout/types.js';
import { detectFormat, readSource, type SourceOptions } from './sources/index.js';

export interface LayoutOptions extends SourceOptions {
  /** Where layouts are kept between runs (batch --cache): a layout found there is not read again. */
  layoutCache?: LayoutCache;
  /** The input's sha256 (the cache's key), when the caller has hashed the bytes already. */
  sha256?: string;
}

/** Source → layout, text layer checked: what every parser reads, and what `packtool layout` prints. */
export async function layoutOf(bytes: Uint8Array, ctx: Context, options: LayoutOptions = {}): Promise<Layout> {
  const { layoutCache, sha256: known, ...sourceOptions } = options;
  const make = async () => withReadableText(await readLayout(bytes, ctx, sourceOptions), ctx);
  if (!layoutCache) return make();
  ctx.format ??= detectFormat(bytes, ctx);
  // Hashed before reading: pdf.js takes ownership of (detaches) the buffer it is given.
  const sha256 = known ?? createHash('sha256').update(bytes).digest('hex');
  return layoutCache.layout(sha256, ctx.format, ctx, options.maxPages, make);
}

/**
 * Source → layout with every page as the source read it, before the text-layer check (for
 * measuring that check; everything else wants `layoutOf`).
 */
export async function readLayout(bytes: Uint8Array, ctx: Context, options: SourceOptions = {}): Promise<Layout> {
  // Bytes from a file were counted as they were read (readInput); bytes given in memory are counted here.
  const maxSize = options.maxSizeBytes ?? DEFAULT_MAX_SIZE_BYTES;
  if (bytes.length > maxSize) {
    const { code, message } = tooLarge(ctx.file, maxSize);
    ctx.fail(code, message);
  }
  ctx.format ??= detectFormat(bytes, ctx);
  return buildLayout(await readSource(bytes, ctx.format, ctx, options));
}
