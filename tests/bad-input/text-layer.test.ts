import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Context } from '../../src/context.js';
import { assessTextLayer, describePages, GARBLED_PAGE_SHARE, isGarbled, pageScore, scoreText, withoutPages } from '../../src/layout/quality.js';
import { readLayout } from '../../src/layout-of.js';
import { corpus, fixture, HAS_CORPUS, loadLayout, NO_CORPUS } from '../helpers.js';
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

  it('knows those pages draw an image (pdf.js keeps the placement of the image it does not decode)', async () => {
    const { layout } = await assess(bad('image-only-pages.pdf'));
    expect(layout.pages.map((p) => p.images)).toEqual([true, true, true]);
  });
});

describe('blank pages', () => {
  it('page 2 of the Kent sample pack (no text, no image: pdftotext prints nothing) is blank, not scanned: no warning', async () => {
    const { layout, emptyPages, ctx } = await assess(fixture('sample', 'kent_county_council_2025-03-13_sample_pack.pdf'));
    expect(layout.pages[1].lines).toEqual([]);
    expect(layout.pages[1].images).toBe(false);
    expect(emptyPages.size).toBe(0);
    expect(ctx.warnings).toEqual([]);
  });

  it('page 74 of the Birmingham text pack (a "Page 74 of 178" with nothing under it) is blank: no warning', async () => {
    const { layout, ctx } = await assess(fixture('sample', 'birmingham_ecyp_osc_2024-12-04_pack.txt'));
    expect(layout.pages.find((p) => p.number === 74)?.lines).toEqual([]);
    expect(ctx.warnings).toEqual([]);
  });

  it('the scanned Steep minutes (corpus) are still scans: no-text-layer on pages 1-3', async (ctx) => {
    if (!HAS_CORPUS) return ctx.skip();
    const result = await assess(corpus('pdf', 'steep_pc_extraordinary_meeting_2010-02-08_minutes_scanned.pdf'));
    expect([...result.emptyPages]).toEqual([1, 2, 3]);
    expect(result.ctx.warnings.map((w) => w.code)).toEqual(['no-text-layer']);
  });
});

describe('signature lines and dot leaders', () => {
  /** Signature blocks as packtool reads them: Whitbourne 14 January 2026 (line 84), Royal Sutton Coldfield 13 March 2018 (page 8), Milburn 12 November 2019 (line 38), Kent assembled pack page 87. */
  const SIGNATURES = [
    '………………..……………………',
    'Chairman – 14th January 2026',
    'Signed………………………………………………….',
    'Date……………………………………………………',
    'Signed _______________________________ Dated 7th January 2020',
    '.........................................................................                ..................................................................',
    'signed                                                                                  date',
  ].join('\n');

  it('are neither text nor junk: a page of them is not garbled', () => {
    const score = scoreText(SIGNATURES);
    expect(score.junk).toBe(0);
    expect(isGarbled(score)).toBe(false);
  });

  it('are not counted, so a page of leaders and two words is too little text to judge', () => {
    expect(scoreText(SIGNATURES.split('\n').slice(5).join('\n'))).toEqual({ characters: 'signeddate'.length, junk: 0 });
  });

  it('do not hide junk beside them', () => {
    expect(scoreText('Signed ______ 6\',8 /398+74,8.+2++8/3-.+1*43').junk).toBeGreaterThan(0);
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
