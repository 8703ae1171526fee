import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LayoutCache } from '../../src/cache/layout-cache.js';
import { hashModules, layoutVersion } from '../../src/cache/layout-version.js';
import { InputError } from '../../src/errors.js';
import { extractFile } from '../../src/extract.js';
import { fixture } from '../helpers.js';
import { tempDir } from '../db/helpers.js';

const KENT = fixture('minutes', 'kent_county_council_2025-02-13_printed_minutes.pdf');

/** Every file under a folder, relative. */
function filesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))) : [];
}

describe('the layout cache', () => {
  it('gives the same Pack from a cached layout as from reading the PDF, and keeps one file per input', async () => {
    const cache = new LayoutCache(tempDir());
    const plain = await extractFile(KENT, { isolate: false });
    const cold = await extractFile(KENT, { isolate: false, layoutCache: cache });
    const warm = await extractFile(KENT, { isolate: false, layoutCache: cache });
    expect(cold.pack).toEqual(plain.pack);
    expect(warm.pack).toEqual(plain.pack);
    const sha = plain.pack.source.sha256;
    expect(filesIn(cache.dir)).toEqual([path.join(await layoutVersion(), sha.slice(0, 2), `${sha}.pdf.layout`)]);
  }, 60_000);

  it('reads the layout from the cache, not the file, once it is there', async () => {
    const cache = new LayoutCache(tempDir());
    const { pack } = await extractFile(KENT, { isolate: false, layoutCache: cache });
    const entry = await cache.get(pack.source.sha256, 'pdf');
    expect(entry).not.toBeNull();
    // A marked layout put in its place is what the next extraction reads: pdf.js is not asked.
    const first = entry!.layout.pages[0].lines[0];
    expect(JSON.stringify(pack)).not.toContain('READ FROM THE CACHE');
    first.text = 'KENT COUNTY COUNCIL (READ FROM THE CACHE)';
    first.cells = [{ ...first.cells[0], text: first.text }];
    await cache.put(pack.source.sha256, 'pdf', entry!);
    const again = await extractFile(KENT, { isolate: false, layoutCache: cache });
    expect(JSON.stringify(again.pack)).toContain('READ FROM THE CACHE');
    // Still refused as the source would refuse it: a cached layout does not get round --max-pages.
    await expect(extractFile(KENT, { isolate: false, layoutCache: cache, maxPages: 5 })).rejects.toThrow(InputError);
  }, 60_000);

  it('replays the warnings raised while the layout was made (invalid UTF-8 in a text file)', async () => {
    const cache = new LayoutCache(tempDir());
    const file = fixture('bad', 'invalid-utf8.txt');
    const cold = await extractFile(file, { layoutCache: cache });
    const warm = await extractFile(file, { layoutCache: cache });
    expect(cold.pack.warnings.map((w) => w.code)).toContain('invalid-utf8');
    expect(warm.pack.warnings).toEqual(cold.pack.warnings);
  });

  it('treats a damaged entry as absent and writes it again', async () => {
    const cache = new LayoutCache(tempDir());
    const file = fixture('bad', 'invalid-utf8.txt');
    const cold = await extractFile(file, { layoutCache: cache });
    const [entry] = filesIn(cache.dir);
    writeFileSync(path.join(cache.dir, entry), 'not a layout');
    const again = await extractFile(file, { layoutCache: cache });
    expect(again.pack).toEqual(cold.pack);
    expect(readFileSync(path.join(cache.dir, entry)).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b])); // gzip again
  });
});

describe('the layout version', () => {
  /** A small module graph: entry.js imports lines.js (and a worker by URL); parser.js is imported by neither. */
  function modules(): string {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'sources'));
    writeFileSync(path.join(dir, 'sources', 'entry.js'), "import { lines } from '../lines.js';\nconst w = new URL('./worker.js', import.meta.url);\n");
    writeFileSync(path.join(dir, 'sources', 'worker.js'), 'export const worker = 1;\n');
    writeFileSync(path.join(dir, 'lines.js'), 'export const lines = 1;\n');
    writeFileSync(path.join(dir, 'parser.js'), 'export const parser = 1;\n');
    return dir;
  }

  it('changes when a module the layout is made by changes, and not when a parser does', async () => {
    const dir = modules();
    const version = () => hashModules([path.join(dir, 'sources', 'entry.js')], 'salt');
    const before = await version();
    expect(before).toMatch(/^[0-9a-f]{16}$/);
    writeFileSync(path.join(dir, 'parser.js'), 'export const parser = 2;\n');
    expect(await version()).toBe(before);
    writeFileSync(path.join(dir, 'sources', 'worker.js'), 'export const worker = 2;\n');
    const afterWorker = await version();
    expect(afterWorker).not.toBe(before);
    writeFileSync(path.join(dir, 'lines.js'), 'export const lines = 2;\n');
    expect(await version()).not.toBe(afterWorker);
  });

  it("is the same for packtool's sources in src/ and the same code wherever it is installed", async () => {
    expect(await layoutVersion()).toMatch(/^[0-9a-f]{16}$/);
    const a = modules();
    const b = modules();
    expect(await hashModules([path.join(a, 'sources', 'entry.js')], 's')).toBe(await hashModules([path.join(b, 'sources', 'entry.js')], 's'));
  });
});
