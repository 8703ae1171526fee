/**
 * The review page as a person sees it: opened from a file in headless Chromium (Debian's
 * /usr/bin/chromium, driven by playwright-core; .ci/run installs it). Skipped with a message
 * where Chromium is not installed, except in CI, where its absence is a failure.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packtool } from '../cli/run.js';
import { expectedRecordKeys } from './expected-keys.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const SKIPPED = 'skipped: /usr/bin/chromium is not installed (apt-get install --no-install-recommends chromium; .ci/run does)';
if (process.env.CI && !HAS_CHROMIUM) throw new Error(`CI must run the browser tests, but ${CHROMIUM} is missing: .ci/run installs it`);

const SAMPLE = 'fixtures/sample/kent_county_council_2025-03-13_sample_pack.pdf';
const HOSTILE = 'fixtures/review/milburn_minutes_with_script_in_text.txt';
/** The flags the machine notes give for Chromium on a machine with no network. */
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!HAS_CHROMIUM)(`the review page in headless Chromium${HAS_CHROMIUM ? '' : ` (${SKIPPED})`}`, () => {
  let dir: string;
  let context: BrowserContext;
  const requests: string[] = [];

  function review(input: string, name: string): string {
    const out = path.join(dir, name);
    const r = packtool(['review', input, '-o', out, '--quiet']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return out;
  }

  /** Open a page from disk, recording every Content-Security-Policy violation it meets. */
  async function open(file: string): Promise<Page> {
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('body[data-ready]');
    return page;
  }

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'packtool-review-'));
    // A new, empty profile for every run.
    context = await chromium.launchPersistentContext(path.join(dir, 'profile'), { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 900 } });
    context.on('request', (r) => requests.push(r.url()));
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe('of the sample pack (a PDF)', () => {
    let file: string;
    let page: Page;
    beforeAll(async () => {
      file = review(SAMPLE, 'sample.html');
      page = await open(file);
    }, 60_000);

    it('draws the first pages into their canvases with pdf.js, and not the pages far below', async () => {
      await page.waitForSelector('#page-1[data-drawn]', { timeout: 30_000 });
      const inked = await page.evaluate(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('#page-1 canvas')!;
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 384) dark++;
        return { dark, pixels: data.length / 4, width: canvas.width };
      });
      expect(inked.width).toBeGreaterThan(500);
      // Page 1 is the front sheet: lines of text, some per cent of the page in ink.
      expect(inked.dark / inked.pixels).toBeGreaterThan(0.005);
      expect(await page.locator('#page-41[data-drawn]').count()).toBe(0);
    });

    it('holds every record of the extraction as a data-record element', async () => {
      const pack = JSON.parse(packtool(['extract', SAMPLE, '--format', 'json', '--quiet']).stdout);
      const keys = await page.locator('#records [data-record]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.record!));
      expect(keys.sort()).toEqual(expectedRecordKeys(pack).sort());
    });

    it('clicking minute 288 scrolls to page 6 and highlights its heading and resolution lines there', async () => {
      await page.locator('[data-record="minute-item:0.2"] > h3').click();
      await page.waitForSelector('#page-6[data-drawn]', { timeout: 30_000 });
      const lit = await page.locator('.ln.hl').evaluateAll((els) => els.map((e) => [(e.closest('.page') as HTMLElement).dataset.page, (e as HTMLElement).dataset.line]));
      // Lines 80-84 are minute 288 on page 6 (`packtool layout`; pdftotext -layout -f 6 -l 6).
      expect(lit).toEqual([['6', '80'], ['6', '81'], ['6', '82'], ['6', '83'], ['6', '84']]);
      const box = await page.locator('.ln.hl').first().boundingBox();
      expect(box!.y).toBeGreaterThan(0);
      expect(box!.y).toBeLessThan(900);
      expect(box!.height).toBeGreaterThan(5);
    });

    it('clicking a highlighted line says which records read it', async () => {
      await page.locator('.ln[data-line="83"]').click();
      const info = await page.locator('#line-info').innerText();
      expect(info).toContain('Line 83, page 6: read into:');
      expect(info).toContain('minute-item:0.2 — 288. Minutes of the meetings held on 19 December 2024');
      expect(info).toContain('resolution:0.2.0 — resolution');
    });

    it('loads nothing but the file itself, and breaks none of its own policy', async () => {
      const fileUrl = pathToFileURL(file).href;
      const outside = requests.filter((u) => u !== fileUrl && !u.startsWith('blob:'));
      expect(outside).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    });
  });

  describe('of a text pack holding <script> in its text', () => {
    let page: Page;
    const dialogs: string[] = [];
    beforeAll(async () => {
      page = await open(review(HOSTILE, 'hostile.html'));
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
    }, 60_000);

    it('shows the markup as text and runs none of it', async () => {
      // The lines as read (the parsers drop the tags from the records' own text).
      expect(await page.locator('.ln[data-line="7"] .t').innerText()).toBe("19.11.02 Register of Interests <script>window.__packtoolInjected = 'title'</script>");
      expect(await page.locator('.ln[data-line="16"] .t').innerText()).toContain("</script><script>window.__packtoolInjected = 'closed'</script>");
      expect(await page.locator('[data-record="minute-item:0.1"] > h3').innerText()).toContain('19.11.02. Register of Interests');
      expect(await page.evaluate(() => (window as unknown as { __packtoolInjected?: string }).__packtoolInjected)).toBeUndefined();
      expect(await page.locator('script').count()).toBe(1);
      expect(dialogs).toEqual([]);
    });

    it('would not run markup that reached the page either: the policy blocks inline handlers and scripts', async () => {
      await page.evaluate(() => {
        document.body.insertAdjacentHTML('beforeend', '<img src="data:," onerror="window.__packtoolInjected=\'handler\'">');
        const s = document.createElement('script');
        s.textContent = "window.__packtoolInjected='script'";
        document.body.append(s);
      });
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (window as unknown as { __packtoolInjected?: string }).__packtoolInjected)).toBeUndefined();
      const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
      expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
    });
  });
});
