/**
 * Pages that never stop drawing text: a content stream of text operators that inflates from a
 * few KB to megabytes, shared by page after page. A page over the text limits is left out with
 * a warning; a file with several is refused as too-large, instead of spending the whole time
 * limit on pdf.js making an item of every showing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Context } from '../../src/context.js';
import { InputError } from '../../src/errors.js';
import { loadPdfJs, readPdf } from '../../src/sources/pdf.js';
import { readPageText } from '../../src/sources/pdf-text.js';
import { fixture } from '../helpers.js';
// @ts-expect-error: the fixture generator is plain JavaScript, without type declarations.
import { textBombPdf } from '../../fixtures/bad/make-bomb.mjs';

const bombPdf = (pages: number) => new Uint8Array(textBombPdf(pages) as Buffer);

describe('a page whose content stream inflates to 2 MiB of text operators', () => {
  it('is left out with an oversized-page warning naming it, and the page before it is read', async () => {
    const ctx = new Context('text-bomb.pdf');
    const raw = await readPdf(bombPdf(1), ctx);
    expect(ctx.messages.map((m) => [m.code, m.source.page, m.fatal ?? false])).toEqual([['oversized-page', 2, false]]);
    expect(ctx.messages[0].message).toBe(
      'page 2 draws more than 500,000 characters, far more than any printed page; its text was left out (a content stream built to inflate, not a page of a pack)',
    );
    expect(raw.pages.map((p) => p.lines.map((l) => l.text))).toEqual([['Milburn Parish Council - 12th November 2019'], []]);
    expect(raw.pageCount).toBe(2);
  });

  it('on three pages (one stream shared) makes the file too-large, in one line', async () => {
    const ctx = new Context('text-bomb-3.pdf');
    const err = await readPdf(bombPdf(3), ctx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe('too-large');
    expect((err as InputError).message).toBe(
      'pages 2, 3 and 4 each draw far more text than any printed page (over 50,000 pieces or 500,000 characters); the file is built to inflate when read, not a pack',
    );
    expect(ctx.messages.filter((m) => m.code === 'oversized-page').map((m) => m.source.page)).toEqual([2, 3, 4]);
  });
});

describe('reading a page as a stream', () => {
  it('gives the text items getTextContent gives, in order (Kent cabinet front sheet)', async () => {
    const pdfjs = await loadPdfJs();
    const data = new Uint8Array(readFileSync(fixture('frontsheet', 'kent_cabinet_2025-03-13_agenda_frontsheet.pdf')));
    const doc = await pdfjs.getDocument({ data, verbosity: 0 }).promise;
    try {
      const page = await doc.getPage(1);
      const whole = (await page.getTextContent()).items.filter((i) => 'str' in i);
      const streamed = await readPageText(page, undefined);
      expect(streamed.ok).toBe(true);
      if (!streamed.ok) return;
      expect(streamed.items.length).toBe(whole.length);
      expect(streamed.items.length).toBeGreaterThan(50);
      expect(streamed.items.map((i) => [i.str, ...i.transform])).toEqual(whole.map((i) => ('str' in i ? [i.str, ...i.transform] : [])));
    } finally {
      await doc.destroy();
    }
  });

  it('stops at the deadline, mid-page', async () => {
    const pdfjs = await loadPdfJs();
    const doc = await pdfjs.getDocument({ data: bombPdf(1), verbosity: 0 }).promise;
    try {
      const page = await doc.getPage(2);
      expect(await readPageText(page, Date.now() - 1)).toEqual({ ok: false, over: 'time' });
    } finally {
      await doc.destroy();
    }
  });
});
