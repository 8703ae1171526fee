import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFile, type ExtractResult } from '../../src/extract.js';
import { renderReview } from '../../src/review/page.js';
import { inlineText } from '../../src/review/inline.js';
import { classicWorker, exportsToGlobal, loadPdfJsBundle } from '../../src/review/pdfjs-bundle.js';
import { reviewRecords } from '../../src/review/records.js';
import { lineMarks } from '../../src/review/spans.js';
import { fixture } from '../helpers.js';
import { expectedRecordKeys } from './expected-keys.js';

const SAMPLE = fixture('sample', 'kent_county_council_2025-03-13_sample_pack.pdf');
const HOSTILE = fixture('review', 'milburn_minutes_with_script_in_text.txt');

async function reviewOf(file: string): Promise<{ result: ExtractResult; html: string }> {
  const bytes = new Uint8Array(readFileSync(file));
  const result = await extractFile(file, { displayName: file });
  return { result, html: (await renderReview({ result, bytes })).toString('utf8') };
}

/** The `data-record` keys of a page, in document order. */
function recordKeys(html: string): string[] {
  return [...html.matchAll(/<article class="record [a-z-]+" data-record="([^"]+)"/g)].map((m) => m[1]);
}

describe('the lines each record of the sample pack was read from', () => {
  let result: ExtractResult;
  beforeAll(async () => {
    result = await extractFile(SAMPLE);
  });

  /** Texts of the lines a record holds, with their pages. */
  function linesOf(key: string): Array<[number | null, string]> {
    const lines = result.layout.pages.flatMap((p) => p.lines);
    const marks = lineMarks(reviewRecords(result.pack), lines, result.claimed, result.segments);
    return lines.filter((l) => marks.get(l.line)?.owners.includes(key)).map((l) => [l.page, l.text]);
  }

  // Page 6 of the sample, as `pdftotext -layout -f 6 -l 6` prints it: minute 288's heading over
  // two lines, "(Item 3)", and its two-line resolution; minute 289 starts below.
  it('a minute item holds its heading, its item stamp and its resolution, all on page 6', () => {
    expect(linesOf('minute-item:0.2')).toEqual([
      [6, '288. Minutes of the meetings held on 19 December 2024 and 9 January 2025'],
      [6, 'and, if in order, to be approved as a correct record'],
      [6, '(Item 3)'],
      [6, 'RESOLVED that the minutes of the meetings held on 19 December 2024 and 9'],
      [6, 'January 2025 be approved as a correct record.'],
    ]);
  });

  it('its resolution holds only the resolution\'s own lines', () => {
    expect(linesOf('resolution:0.2.0')).toEqual([
      [6, 'RESOLVED that the minutes of the meetings held on 19 December 2024 and 9'],
      [6, 'January 2025 be approved as a correct record.'],
    ]);
  });

  it('the minutes hold the lines of every item in them', () => {
    const minutes = linesOf('minutes:0').map(([, text]) => text);
    for (const line of linesOf('minute-item:0.2')) expect(minutes).toContain(line[1]);
  });
});

describe('lines no parser read', () => {
  // Page 3 of these minutes ends in a table of cheques that no parser reads (pdftotext -layout
  // -f 3 -l 3: "Cheque No  Expenditure  Payment", eight cheques, "Total £3639.92"): the
  // unparsed-lines warning names those 10 lines. The chairman's signature line under them
  // ("Chairman – 3rd December 2025") is read as the signature block.
  it('are marked unparsed where an unparsed-lines warning names them, and held by that warning', async () => {
    const file = fixture('minutes', 'whitbourne_pc_full_council_2025-12-03_minutes.pdf');
    const { result, html } = await reviewOf(file);
    const warning = result.pack.warnings.findIndex((w) => w.code === 'unparsed-lines');
    const unparsed = [...html.matchAll(/<span class="ln unparsed" data-line="(\d+)" data-owners="([^"]+)"/g)];
    const text = new Map(result.layout.pages.flatMap((p) => p.lines).map((l) => [l.line, l.text]));
    expect(unparsed.map((m) => text.get(Number(m[1])))).toEqual([
      'Cheque No Expenditure Payment',
      '300656 Clerk Salary £556.32',
      '3006657 Clerk HMRC £447.32',
      '300658 Clerk Expenses £195.88',
      '300659 Lengthsman £942.00',
      '300660 Whitbourne DCC £1250.00',
      '300661 Defibrillator Consumables £71.40',
      '300662 Playing Fields Hedge Cutting £165.00',
      '300663 Village Hall £12.00',
      'Total £3639.92',
    ]);
    for (const m of unparsed) expect(m[2].split(' ')).toContain(`warning:${warning}`);
    expect(html).toContain('<li class="legend unparsed" data-count="lines:unparsed"><span class="n">10</span> unparsed lines</li>');
  });
});

describe('the review page of the sample pack', () => {
  let result: ExtractResult;
  let html: string;
  beforeAll(async () => {
    ({ result, html } = await reviewOf(SAMPLE));
  });

  it('has one element per record and warning, keyed KIND:ID, and no key twice', () => {
    const keys = recordKeys(html);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(expectedRecordKeys(result.pack).sort());
    // The sample's minutes of 13 February 2025 hold minutes 286-291 (pdftotext, pages 5-20).
    expect(keys).toContain('minute-item:0.5');
    expect(keys).not.toContain('minute-item:0.6');
  });

  it('counts records per kind at the top, the page with no text among them', () => {
    const header = html.slice(html.indexOf('<header'), html.indexOf('</header>'));
    const items = result.pack.minutes.reduce((n, m) => n + m.items.length, 0);
    expect(header).toContain(`<li data-count="minute-item"><span class="n">${items}</span> minute items</li>`);
    expect(header).toContain(`<li data-count="agenda"><span class="n">17</span> agenda items</li>`);
    // Page 2 of the sample is blank (the back of the cover).
    expect(header).toContain('pages with no text: 1 (2)');
    // ... and blank is not scanned (no image on it), so no no-text-layer warning is counted.
    expect(header).not.toContain('warning:no-text-layer');
  });

  it('draws every page: a canvas and a box over each line, sized in the page\'s points', () => {
    const pages = [...html.matchAll(/<div class="page" id="page-(\d+)" data-page="\d+" data-width="([\d.]+)" data-height="([\d.]+)"><canvas><\/canvas>/g)];
    expect(pages.map((m) => Number(m[1]))).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
    // A4 portrait in points.
    expect(pages[5].slice(2).map(Number).map(Math.round)).toEqual([595, 842]);
    expect(html).toMatch(/<span class="ln read" data-line="80" data-owners="minutes:0 minute-item:0\.2" data-box="[\d.]+ [\d.]+ [\d.]+ [\d.]+"><\/span>/);
  });

  it('holds the PDF itself, byte for byte', () => {
    const data = /<script type="application\/pdf;base64" id="review-pdf">([^<]*)<\/script>/.exec(html)?.[1] ?? '';
    expect(createHash('sha256').update(Buffer.from(data, 'base64')).digest('hex')).toBe(result.pack.source.sha256);
  });

  it('allows by its Content-Security-Policy exactly its own inline scripts and style, and nothing from outside', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1].replace(/&#39;/g, "'") ?? '';
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    const scripts = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    expect(scripts).toHaveLength(2); // pdf.js, then the page's own
    expect(csp).toContain(`script-src ${scripts.map(hash).join(' ')};`);
    expect(csp).toContain(`style-src ${hash(style)};`);
    expect(csp).toMatch(/^default-src 'none';/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });
});

describe('the review page of a text input', () => {
  it('shows the numbered lines, and text that looks like markup as text', async () => {
    const { html } = await reviewOf(HOSTILE);
    expect(html).toContain('<span class="no">7</span><span class="t">19.11.02 Register of Interests &lt;script&gt;window.__packtoolInjected = &#39;title&#39;&lt;/script&gt;</span>');
    expect(html).toContain('The Bonfire was held &lt;/script&gt;&lt;script&gt;window.__packtoolInjected = &#39;closed&#39;&lt;/script&gt; and was enjoyed by all.');
    // The only script elements are the page's own: one for a text input (no pdf.js).
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).not.toContain('<script>window');
  });
});

describe('pdf.js\'s browser build, made inlinable', () => {
  it('turns the closing export statement into a global, keeping each binding\'s exported name', () => {
    expect(exportsToGlobal('const a=1,b=2;function c(){}export{a as getDocument,b,c as version};', 'lib')).toBe(
      'const a=1,b=2;function c(){}globalThis.lib={"getDocument":a,"b":b,"version":c};\n',
    );
  });

  it('the library exposes getDocument and GlobalWorkerOptions; the worker is a classic script', async () => {
    const bundle = await loadPdfJsBundle();
    expect(bundle.library.text).toMatch(/globalThis\.pdfjsLib=\{[^}]*"getDocument":getDocument[^}]*\};\n$/);
    expect(bundle.library.text).toMatch(/"GlobalWorkerOptions":/);
    expect(bundle.worker.text).not.toMatch(/import\.meta|export\s*\{/);
    expect(() => classicWorker('import x from "y";export{x};')).toThrow(/module syntax/);
  });

  it('refuses to inline text that would close its element or open a comment', () => {
    expect(() => inlineText('const s = "</script><script>alert(1)";')).toThrow(/cannot be inlined/);
    expect(() => inlineText('a<!--b')).toThrow(/cannot be inlined/);
    expect(inlineText('const a = 1 < 2;').hash).toBe(`'sha256-${createHash('sha256').update('const a = 1 < 2;').digest('base64')}'`);
  });
});
