import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Context } from '../../src/context.js';
import { extractBytes } from '../../src/extract.js';
import { buildLayout } from '../../src/layout/build.js';
import { assessTextLayer } from '../../src/layout/quality.js';
import { PackSchema } from '../../src/schema/pack.js';
import { readPdf } from '../../src/sources/pdf.js';
// @ts-expect-error: the fixture generator is plain JavaScript, without type declarations.
import { blankPagesPdf, enormousLine } from '../../fixtures/bad/make.mjs';
import { bad, extractFixture, inputErrorOf } from './helpers.js';

describe('a 10,000-page PDF of blank pages', () => {
  it('is refused as too-many-pages under the default --max-pages of 5000, at once', async () => {
    const started = Date.now();
    const err = await inputErrorOf(extractFixture('blank-10000-pages.pdf'));
    expect(err.code).toBe('too-many-pages');
    expect(err.message).toBe('the PDF has 10000 pages, more than --max-pages 5000; raise --max-pages to read it');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('is refused as timeout when --max-pages is raised but the time limit runs out first', async () => {
    const started = Date.now();
    const err = await inputErrorOf(
      readPdf(new Uint8Array(readFileSync(bad('blank-10000-pages.pdf'))), new Context('blank.pdf'), { maxPages: 20_000, deadline: Date.now() + 1000 }),
    );
    expect(err.code).toBe('timeout');
    expect(err.message).toMatch(/^gave up at page \d+ of 10000: the time limit ran out/);
    // Checked between pages, so it stops within a page of the limit (plus pdf.js's opening work).
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('read in part (1,000 of the same blank pages) gives no no-text-layer warning: blank pages draw no image, so they are not scans', async () => {
    const raw = await readPdf(new Uint8Array(blankPagesPdf(1000)), new Context('blank.pdf'), { maxPages: 5000 });
    expect(raw.pages.filter((p) => p.images === false)).toHaveLength(1000);
    const ctx = new Context('blank.pdf');
    const { emptyPages } = assessTextLayer(buildLayout(raw), ctx);
    expect(emptyPages.size).toBe(0);
    expect(ctx.warnings).toEqual([]);
  }, 60_000);
});

describe('an enormous single line', () => {
  it('of 8 MB of minute text without line breaks gives a valid Pack', async () => {
    const { pack, layout } = await extractBytes(new Uint8Array(enormousLine()), 'one-line.txt');
    expect(PackSchema.safeParse(pack).success).toBe(true);
    expect(layout.pages.flatMap((p) => p.lines).length).toBeGreaterThanOrEqual(1);
  }, 90_000);
});

describe('--max-pages with a page limit (benchmarks read only the first pages)', () => {
  it('reads 2 of the 3 image-only pages, keeps the file’s page count of 3, and counts only the 2 against --max-pages', async () => {
    const raw = await readPdf(new Uint8Array(readFileSync(bad('image-only-pages.pdf'))), new Context('image-only-pages.pdf'), { pageLimit: 2, maxPages: 2 });
    expect(raw.pages.map((p) => p.number)).toEqual([1, 2]);
    expect(raw.pageCount).toBe(3);
  });
});
