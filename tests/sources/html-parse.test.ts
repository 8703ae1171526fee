import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { HTML_PARSER_OPTIONS, innermostFirstStack, parseHtml } from '../../src/sources/html-parse.js';
import { MAX_HTML_NESTING, readHtml } from '../../src/sources/html.js';
import { CORPUS, FIXTURES, HAS_CORPUS, NO_CORPUS } from '../helpers.js';

/** The page as htmlparser2 builds it through cheerio's own `xml` option, and as parseHtml builds it, each serialised. */
function bothTrees(html: string): { htmlparser2: string; parseHtml: string } {
  return {
    htmlparser2: load(html, { xml: HTML_PARSER_OPTIONS }).html(),
    parseHtml: load(parseHtml(html), { xml: HTML_PARSER_OPTIONS }).html(),
  };
}

/** Every file under a folder whose name ends in one of the extensions. */
function filesUnder(dir: string, extensions: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => extensions.test(f) && !f.endsWith('README.md'))
    .map((f) => path.join(dir, f))
    .sort();
}

describe('parseHtml builds exactly the tree htmlparser2 builds', () => {
  // Web pages, and markdown whose tables and lists are HTML fragments (html.ts reads those too).
  const fixtures = filesUnder(FIXTURES, /\.(html?|md)$/i);

  it('finds the HTML and markdown fixtures', () => {
    expect(fixtures.filter((f) => /\.html?$/.test(f)).length).toBeGreaterThanOrEqual(5);
    expect(fixtures.filter((f) => f.endsWith('.md')).length).toBeGreaterThanOrEqual(11);
  });

  it.each(fixtures.map((f) => [path.relative(FIXTURES, f), f]))('on %s', (_, file) => {
    const html = readFileSync(file, 'utf8');
    const trees = bothTrees(html);
    // Not an empty tree: serialised, it is about as long as the file.
    expect(trees.parseHtml.length).toBeGreaterThan(html.length / 2);
    expect(trees.parseHtml).toBe(trees.htmlparser2);
  });

  it.skipIf(!HAS_CORPUS)(`on every text and markdown pack of the corpus, read as HTML${HAS_CORPUS ? '' : ` (${NO_CORPUS})`}`, () => {
    const texts = filesUnder(path.join(CORPUS, 'text'), /\.(txt|md)$/);
    expect(texts.length).toBeGreaterThanOrEqual(9);
    for (const file of texts) {
      const trees = bothTrees(readFileSync(file, 'utf8'));
      expect(trees.parseHtml, file).toBe(trees.htmlparser2);
    }
  });

  // The shapes the fuzz's html generator makes, small enough for htmlparser2's own stack, and
  // every rule that pushes or pops it: implied closes, void and foreign elements, stray closes.
  it.each([
    ['unclosed <div>s', `<body><h1>AGENDA</h1>${'<div>item'.repeat(800)}`],
    ['unclosed nested tables', `<body>${'<table><tr><td>3. Minutes'.repeat(250)}`],
    ['closing tags that match nothing open', `<div><p>a${'</span></td></b>'.repeat(500)}</div>b</p>c`],
    ['implied closes', '<ul><li>one<li>two<ol><li>a<li>b</ol></ul><dl><dt>t<dd>d<dt>u</dl><p>x<div>y<p>z<table><tr><td>1<td>2<tr><th>3</table><select><option>o<option>p</select>'],
    ['a close before its open, and void elements closed', '</p>text</br><br/><hr>after<img src=x></img>'],
    ['svg and math, nested and left open', '<p>a<svg><g><rect/><circle></circle><foreignObject><div>in<math><mi>x</mi><svg><path/>'],
    ['raw text and comments', '<script>if (a < b) { "</div>" }</script><style>p{}</style><!-- <div> --><textarea><b>no</b></textarea><title>T</title>'],
  ])('on %s', (_, html) => {
    const trees = bothTrees(html);
    expect(trees.parseHtml).toBe(trees.htmlparser2);
  });
});

describe('a page of 200,000 unclosed <div>s', () => {
  const N = 200_000;
  const html = `<html><body><h1>AGENDA</h1><p>1. Apologies for Absence</p>${Array.from({ length: N }, (_, k) => `<div>item ${k + 1}`).join('')}${'</span>'.repeat(N)}`;
  const lines = readHtml(html).pages.flatMap((p) => p.lines);

  it('gives one line per <div>, in order, past the structured depth as within it', () => {
    expect(lines.length).toBe(N + 2);
    expect(lines.slice(0, 2).map((l) => [l.heading ?? null, l.text])).toEqual([
      [1, 'AGENDA'],
      [null, '1. Apologies for Absence'],
    ]);
    // Every <div> a line of its own with its text, never merged with the next: as many lines as
    // divs, each the text written in it (the first MAX_HTML_NESTING read as structure, the rest flat).
    const texts = lines.slice(2).map((l) => l.text);
    expect(texts.every((t, k) => t === `item ${k + 1}`)).toBe(true);
    expect(texts[MAX_HTML_NESTING - 1]).toBe(`item ${MAX_HTML_NESTING}`);
    expect(texts[N - 1]).toBe(`item ${N}`);
  });

  it('reads the flat part as plain lines: no table rows, headings or bold', () => {
    const deep = lines.slice(2 + MAX_HTML_NESTING);
    expect(deep.length).toBe(N - MAX_HTML_NESTING);
    expect(deep.some((l) => l.tableRow || l.heading || l.bold)).toBe(false);
  });
});

describe('100,000 unclosed nested tables', () => {
  it('give each cell a line of its own, in order', () => {
    const N = 100_000;
    const html = `<html><body>${Array.from({ length: N }, (_, k) => `<table><tr><td>cell ${k + 1}`).join('')}`;
    const texts = readHtml(html).pages.flatMap((p) => p.lines.map((l) => l.text));
    expect(texts.length).toBe(N);
    expect(texts.every((t, k) => t === `cell ${k + 1}`)).toBe(true);
  });
});

describe('innermostFirstStack', () => {
  it('answers every operation as an array with its top at index 0 does, through a long run of them', () => {
    const names = ['div', 'p', 'li', 'td', 'tr', 'table', 'span'];
    const array: string[] = [];
    const stack = innermostFirstStack<string>([]);
    // A fixed pseudo-random sequence (a linear congruential generator), so a failure reruns alike.
    let seed = 20261203;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let step = 0; step < 5_000; step++) {
      const name = names[next(names.length)];
      const op = next(10);
      if (op < 5) expect(stack.unshift(name)).toBe(array.unshift(name));
      else if (op < 8) expect(stack.shift()).toBe(array.shift());
      else if (op < 9) expect(stack.indexOf(name)).toBe(array.indexOf(name));
      else if (step % 500 === 499) {
        stack.length = 0;
        array.length = 0;
      }
      expect(stack.length).toBe(array.length);
      expect(stack[0]).toBe(array[0]);
      const k = next(array.length + 1);
      expect(stack[k]).toBe(array[k]);
    }
  });

  it('starts from the items it is given, the first on top', () => {
    const stack = innermostFirstStack([true, false]);
    expect([stack.length, stack[0], stack[1]]).toEqual([2, true, false]);
  });

  it('refuses an operation htmlparser2 does not use, rather than answering it wrongly', () => {
    const stack = innermostFirstStack<string>([]);
    expect(() => stack.push('div')).toThrow(/stack's push/);
    expect(() => {
      stack.length = 3;
    }).toThrow(/stack's length/);
  });
});
