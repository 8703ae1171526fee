import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Context } from '../../src/context.js';
import { assessTextLayer, describePages, GARBLED_PAGE_SHARE, isGarbled, pageScore, scoreText, withoutPages } from '../../src/layout/quality.js';
import { readLayout } from '../../src/layout-of.js';
import { corpus, HAS_CORPUS, loadLayout, NO_CORPUS } from '../helpers.js';
import { bad, extractFixture } from './helpers.js';

/** The text-layer check on a file's layout as its source read it (before `layoutOf` empties garbled pages). */
async function assess(file: string) {
  const layout = await readLayout(new Uint8Array(readFileSync(file)), new Context(file));
  const ctx = new Context(file);
  return { layout, ctx, ...assessTextLayer(layout, ctx) };
}

describe('a PDF whose pages are images with no text layer', () => {
  it('gets one no-text-layer warning naming pages 1-3 and advising OCR with OCRmyPDF', async () => {
    const { emptyPages, garbledPages, ctx } = await assess(bad('image-only-pages.pdf'));
    expect([...emptyPages]).toEqual([1, 2, 3]);
    expect(garbledPages.size).toBe(0);
    expect(ctx.warnings).toHaveLength(1);
    expect(ctx.warnings[0].code).toBe('no-text-layer');
    expect(ctx.warnings[0].source.page).toBe(1);
    expect(ctx.warnings[0].message).toContain('no text layer (pages 1-3)');
    expect(ctx.warnings[0].message).toContain('ocrmypdf in.pdf out.pdf');
  });
});

describe('a PDF whose text layer is garbled by a wrong font encoding', () => {
  it('flags page 1 of the Horsley agenda of 29 April 2014 as garbled-text, with OCR advice', async () => {
    const { garbledPages, ctx } = await assess(bad('horsley-2014-04-29-agenda-garbled.pdf'));
    expect([...garbledPages]).toEqual([1]);
    expect(ctx.warnings.map((w) => w.code)).toEqual(['garbled-text']);
    expect(ctx.warnings[0].message).toMatch(/text layer of page 1 is garbled.*ocrmypdf --force-ocr/);
  });

  it('flags page 1 of the Horsley draft minutes of 18 March 2014 (fixture cut) as garbled-text', async () => {
    const { garbledPages, ctx } = await assess(bad('horsley-2014-03-18-minutes-garbled-page1.pdf'));
    expect([...garbledPages]).toEqual([1]);
    expect(ctx.warnings.map((w) => w.code)).toEqual(['garbled-text']);
  });

  it('scores those pages at 0.99 or more junk, far above the 0.5 threshold', async () => {
    for (const name of ['horsley-2014-04-29-agenda-garbled.pdf', 'horsley-2014-03-18-minutes-garbled-page1.pdf']) {
      const { layout } = await assess(bad(name));
      const score = pageScore(layout.pages[0]);
      expect(score.junk / score.characters).toBeGreaterThanOrEqual(0.99);
    }
    expect(GARBLED_PAGE_SHARE).toBe(0.5);
  });

  it('has no lines left on garbled pages once they are removed, so nothing is parsed from them', async () => {
    const { layout, garbledPages } = await assess(bad('horsley-2014-04-29-agenda-garbled.pdf'));
    expect(layout.pages[0].lines.length).toBeGreaterThan(20);
    const kept = withoutPages(layout, garbledPages);
    expect(kept.pages).toHaveLength(1);
    expect(kept.pages[0].lines).toEqual([]);
  });

  it('reaches neither the parsers nor `packtool layout`: the one way in (layoutOf) empties the page and warns', async () => {
    const ctx = new Context('agenda.pdf');
    const layout = await loadLayout(bad('horsley-2014-04-29-agenda-garbled.pdf'), ctx);
    expect(layout.pages.map((p) => p.lines.length)).toEqual([0]);
    expect(ctx.warnings.map((w) => [w.code, w.source.page])).toEqual([['garbled-text', 1]]);
  });

  describe.skipIf(!HAS_CORPUS)('the whole Horsley draft minutes of 18 March 2014 (corpus)', () => {
    it(`flags all three pages, in one warning naming pages 1-3 ${HAS_CORPUS ? '' : NO_CORPUS}`, async () => {
      const { garbledPages, ctx } = await assess(corpus('pdf', 'horsley_parish_council_2014-03-18_draft_minutes_garbled_text_layer.pdf'));
      expect([...garbledPages]).toEqual([1, 2, 3]);
      expect(ctx.warnings).toHaveLength(1);
      expect(ctx.warnings[0].message).toContain('text layer of pages 1-3 is garbled');
    });
  });
});

describe.skipIf(!HAS_CORPUS)('every clean corpus file', () => {
  const pdfs = HAS_CORPUS ? readdirSync(corpus('pdf')).filter((f) => f.endsWith('.pdf') && !f.includes('garbled')) : [];
  const texts = HAS_CORPUS ? readdirSync(corpus('text')) : [];
  it.each([...pdfs.map((f) => ['pdf', f]), ...texts.map((f) => ['text', f])])('%s/%s has no page flagged garbled-text', async (dir, file) => {
    const { garbledPages, ctx } = await assess(corpus(dir, file));
    expect([...garbledPages]).toEqual([]);
    expect(ctx.warnings.filter((w) => w.code === 'garbled-text')).toEqual([]);
  }, 60_000);
});

describe('the garbled-text score', () => {
  it('counts words, minute numbers, money, references and addresses as text', () => {
    const line = '19.11.06 Finance Invoice from Eden Bespoke Landscapes £ 705.25 (B4.1) 2023/24 https://www.england.nhs.uk/gp/ O’Neill co-opted –';
    expect(scoreText(line).junk).toBe(0);
  });

  it('counts the Horsley minutes’ encoded heading as junk', () => {
    const score = scoreText("6',8 /398+74,8.+2++8/3-.+1*43");
    expect(score.junk).toBe(score.characters);
  });

  it('counts control, private-use and replacement characters as junk', () => {
    expect(scoreText('\u0015\u001a\u001d word \uE000x \uFFFD').junk).toBe(3 + 2 + 1);
  });

  it('does not judge a page with fewer than 20 characters, however odd', () => {
    expect(isGarbled({ characters: 19, junk: 19 })).toBe(false);
    expect(isGarbled({ characters: 20, junk: 10 })).toBe(true);
  });

  it('names pages as short ranges', () => {
    expect(describePages(new Set([7, 1, 2, 3]))).toBe('pages 1-3, 7');
    expect(describePages(new Set([4]))).toBe('page 4');
  });
});

describe('the extract pipeline, given pages with no text or garbled text', () => {
  it('warns no-text-layer for the image-only PDF and emits no records', async () => {
    const { result } = await extractFixture('image-only-pages.pdf');
    const { pack } = result;
    expect(pack.warnings.filter((w) => w.code === 'no-text-layer').map((w) => w.source.page)).toEqual([1]);
    expect([pack.agenda, pack.minutes, pack.actions, pack.decisions, pack.programme]).toEqual([[], [], [], [], []]);
  });

  it('warns garbled-text for the Horsley agenda and emits nothing read from its garbled page', async () => {
    const { result } = await extractFixture('horsley-2014-04-29-agenda-garbled.pdf');
    const { pack } = result;
    expect(pack.warnings.map((w) => w.code)).toContain('garbled-text');
    expect(pack.source.pages).toBe(1);
    expect([pack.meeting.date, pack.agenda, pack.minutes, pack.actions]).toEqual([null, [], [], []]);
  });
});
