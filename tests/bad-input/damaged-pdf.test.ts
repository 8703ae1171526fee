import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Context } from '../../src/context.js';
import { extractBytes } from '../../src/extract.js';
import { PackSchema } from '../../src/schema/pack.js';
import { readPdf } from '../../src/sources/pdf.js';
import { corpus, HAS_CORPUS, NO_CORPUS } from '../helpers.js';
import { bad, extractFixture, inputErrorOf, layoutText } from './helpers.js';
// @ts-expect-error: the fixture generator is plain JavaScript, without type declarations.
import { deepOutlinePdf } from '../../fixtures/bad/make.mjs';

/** The generated Milburn minutes page cut just before its cross-reference table: every object is there, %%EOF is not. */
function cutBeforeXref(): Uint8Array {
  const whole = readFileSync(bad('milburn-minutes-text.pdf'));
  return new Uint8Array(whole.subarray(0, whole.lastIndexOf('xref')));
}

describe('a PDF cut short by an interrupted download', () => {
  for (const percent of [10, 50, 90]) {
    it(`is refused as truncated-pdf at ${percent} % of the Milburn minutes, with the advice to download it again`, async () => {
      const err = await inputErrorOf(extractFixture(`truncated-${percent}.pdf`));
      expect(err.code).toBe('truncated-pdf');
      expect(err.message).toMatch(/cut short.*download the file again/);
      expect(err.message).not.toContain('\n');
    });
  }

  it('that pdf.js can still open is read, with a truncated-pdf warning, when the cut is after the last page', async () => {
    // The generated Milburn page, cut just before its cross-reference table: every object is there.
    const ctx = new Context('milburn-cut.pdf');
    const raw = await readPdf(cutBeforeXref(), ctx);
    expect(ctx.messages.map((m) => [m.code, m.fatal ?? false])).toEqual([['truncated-pdf', false]]);
    expect(raw.pages[0].lines[0].text).toBe('Milburn Parish Council - 12th November 2019');
  });

  it('is a warning in the Pack, its pages read, whoever calls the source: the source decides, not the caller', async () => {
    const read = await extractBytes(cutBeforeXref(), 'milburn-cut.pdf', {});
    expect(read.pack.warnings.map((w) => w.code)).toEqual(['truncated-pdf']);
    expect(read.pack.minutes[0].items.map((i) => i.number)).toEqual(['19.11.01', '19.11.02', '19.11.03']);
  });
});

describe('a PDF with a damaged cross-reference table', () => {
  it('is read from its objects when every xref offset and startxref are wrong', async () => {
    const { result } = await extractFixture('damaged-xref.pdf');
    expect(result.pack.warnings).toEqual([]);
    expect(PackSchema.safeParse(result.pack).success).toBe(true);
    expect(layoutText(result)).toContain('19.11.01 Apologies');
    expect(result.pack.source.pages).toBe(1);
  });

  describe.skipIf(!HAS_CORPUS)('the Chicago SSA 21 minutes of 29 January 2018 (corpus)', () => {
    it(`is read in full: 2 pages, opening "Lincoln Square Special Service Area #21" ${HAS_CORPUS ? '' : NO_CORPUS}`, async () => {
      const file = corpus('pdf', 'chicago_ssa21_lincoln_square_2018-01-29_minutes_broken_xref.pdf');
      const { pack, layout } = await extractBytes(new Uint8Array(readFileSync(file)), 'chicago.pdf', { maxPages: 5000 });
      expect(pack.source.pages).toBe(2);
      expect(layout.pages[0].lines[0].text).toBe('Lincoln Square Special Service Area #21');
      expect(layout.pages[0].lines.map((l) => l.text)).toContain('o APPROVED – 2018 Meetings Calendar');
    });
  });
});

describe('a password-protected PDF', () => {
  it('is refused as encrypted, saying how to remove the password, when it needs a password to open', async () => {
    const err = await inputErrorOf(extractFixture('encrypted-user-password.pdf'));
    expect(err.code).toBe('encrypted');
    expect(err.message).toMatch(/protected by a password.*qpdf --decrypt/);
  });

  it('is read when only an owner password (copy and print restrictions) is set', async () => {
    const { result } = await extractFixture('encrypted-owner-password-only.pdf');
    expect(layoutText(result)).toEqual(layoutText((await extractFixture('milburn-minutes-text.pdf')).result));
    expect(layoutText(result)[4]).toBe('19.11.01 Apologies');
  });
});

describe('a PDF whose page tree claims -1 pages (found by the fuzzer)', () => {
  it('is refused as invalid-pdf instead of giving a Pack with -1 pages', async () => {
    const err = await inputErrorOf(extractFixture('negative-page-count.pdf'));
    expect(err.code).toBe('invalid-pdf');
    expect(err.message).toMatch(/page tree is damaged/);
  });
});

describe('a PDF whose outline (bookmarks) is thousands of levels deep', () => {
  it('is read without its outline, with an unreadable-outline warning, when pdf.js cannot hand the outline over', async () => {
    // 3,000 levels: pdf.js 5.6 overflows its stack copying the outline (structuredClone) and
    // never answers; the read used to wait for it until --timeout, or die as "internal error".
    const ctx = new Context('deep-outline.pdf');
    const raw = await readPdf(new Uint8Array(deepOutlinePdf(3000)), ctx);
    expect(ctx.messages.map((m) => [m.code, m.fatal ?? false])).toEqual([['unreadable-outline', false]]);
    expect(ctx.messages[0].message).toBe("the PDF's bookmarks (outline) cannot be read (Maximum call stack size exceeded); the pack is read without them");
    expect(raw.outline).toEqual([]);
    expect(raw.pages[0].lines[0].text).toBe('Milburn Parish Council - 12th November 2019');
  });

  it('is read whole when pdf.js can hand it over: 500 levels, each entry on page 1', async () => {
    const ctx = new Context('outline-500.pdf');
    const raw = await readPdf(new Uint8Array(deepOutlinePdf(500)), ctx);
    expect(ctx.messages).toEqual([]);
    const levels: Array<[string, number | null]> = [];
    for (let nodes = raw.outline; nodes.length > 0; nodes = nodes[0].children) {
      expect(nodes.length).toBe(1);
      levels.push([nodes[0].title, nodes[0].page]);
    }
    expect(levels.length).toBe(500);
    expect(levels.every(([title, page], i) => title === `${i + 1}. Item` && page === 1)).toBe(true);
  });
});
