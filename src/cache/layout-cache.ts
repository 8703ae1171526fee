/**
 * `--cache DIR`: each input's layout kept on disk, keyed by the input's sha256, its format and
 * the layout version (./layout-version.ts). Reading a PDF's text with pdf.js is most of the
 * time an extraction takes; when only the parsers changed, a re-run reads the layout from here.
 *
 * Files: DIR/<layout version>/<first two hex digits>/<sha256>.<format>.layout, each the layout
 * and the warnings its making raised (a cached read must warn as the first one did), serialized
 * with V8's structured clone and gzipped. Written to a temporary name and renamed, so a reader
 * (another worker, a later run) never sees half a file; an entry that cannot be read is treated
 * as absent and made again. A new layout version starts a new folder: old ones can be deleted whole.
 */
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { gunzipSync, gzipSync, constants as zlib } from 'node:zlib';
import type { Context, Warning } from '../context.js';
import type { Layout } from '../layout/types.js';
import { layoutVersion } from './layout-version.js';

export interface CachedLayout {
  layout: Layout;
  /** Warnings raised while the layout was made (a page with no text layer, invalid UTF-8 …). */
  warnings: Warning[];
}

/** The fastest gzip level: layouts shrink about fivefold, at a few milliseconds per file. */
const GZIP_LEVEL = zlib.Z_BEST_SPEED;

export class LayoutCache {
  constructor(readonly dir: string) {}

  private async file(sha256: string, format: string): Promise<string> {
    return path.join(this.dir, await layoutVersion(), sha256.slice(0, 2), `${sha256}.${format}.layout`);
  }

  async get(sha256: string, format: string): Promise<CachedLayout | null> {
    try {
      return deserialize(gunzipSync(await readFile(await this.file(sha256, format)))) as CachedLayout;
    } catch {
      return null; // absent, or damaged: made again and written over
    }
  }

  /**
   * The layout from the cache, its warnings replayed on ctx; or made by `make` and kept. A
   * cached layout with more pages than `maxPages` allows is made again, so that the source
   * refuses it as it would have.
   */
  async layout(sha256: string, format: string, ctx: Context, maxPages: number | undefined, make: () => Promise<Layout>): Promise<Layout> {
    const hit = await this.get(sha256, format);
    if (hit && (maxPages === undefined || hit.layout.pages.length <= maxPages)) {
      ctx.messages.push(...hit.warnings); // as they were raised, page and lines included
      return hit.layout;
    }
    const before = ctx.messages.length;
    const layout = await make();
    // A layout was made, so nothing on the way was fatal: every new message is a warning.
    await this.put(sha256, format, { layout, warnings: ctx.messages.slice(before) });
    return layout;
  }

  async put(sha256: string, format: string, entry: CachedLayout): Promise<void> {
    const file = await this.file(sha256, format);
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(tmp, gzipSync(serialize(entry), { level: GZIP_LEVEL }));
      await rename(tmp, file);
    } catch {
      // A cache that cannot be written (disk full, read-only) costs speed, never the extraction.
      await unlink(tmp).catch(() => undefined);
    }
  }
}
