/**
 * HTML with elements left open, repeated, nests each copy inside the last. The HTML source
 * once read every nested <body> as a root of its own (each copy's text once per enclosing
 * copy: output in the square of the input, 4 GB of heap at 490 copies) and walked the tree
 * recursively (the call stack overflowed at 4,340 copies). Now only the outermost root is
 * read, and below MAX_HTML_NESTING a subtree is read flat with an explicit stack.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allLines, type Layout } from '../../../src/layout/types.js';
import { buildLayout } from '../../../src/layout/build.js';
import { fragmentSpans, MAX_HTML_NESTING, readHtml } from '../../../src/sources/html.js';
import { fixture } from '../../helpers.js';

const HORSLEY = readFileSync(fixture('html', 'horsley_neighbourhood_plan_wg_2014-10-19_minutes_actions.html'), 'latin1');

/**
 * Bytes 50-2936 of the Horsley page, `times` times over: each copy ends inside its last list
 * ("…Survey monkey)</li></u"), leaving <body>, <main>, <table>, <tbody>, <tr>, <td> and <ul>
 * open, so the next copy nests inside it.
 */
function nestedCopies(times: number): string {
  return HORSLEY.slice(50, 2936).repeat(times);
}

const layoutOf = (html: string): Layout => buildLayout(readHtml(html));
const count = (layout: Layout, text: string) => allLines(layout).filter((l) => l.text.includes(text)).length;

describe('the Horsley minutes page with its closing tags cut off, 100 copies nested each in the last', () => {
  const layout = layoutOf(nestedCopies(100));

  it('reads each copy\'s heading, attendance and last point once: 100 of each', () => {
    expect(count(layout, 'Horsley Neighbourhood Plan Working Group Meeting')).toBe(100);
    expect(count(layout, 'Jane Archer (JA)')).toBe(100);
    expect(count(layout, 'Quantitative methods (e.g. Survey monkey)')).toBe(100);
  });

  it('gives output in proportion to the input: under 50 lines a copy (163,419 lines in all before)', () => {
    expect(allLines(layout).length).toBeLessThan(100 * 50);
  });
});

describe('the same page nested 1,000 copies deep (2.9 MB, most of it below MAX_HTML_NESTING)', () => {
  it('reads every copy\'s heading and last point once, the deep ones flat', () => {
    const layout = layoutOf(nestedCopies(1000));
    expect(count(layout, 'Horsley Neighbourhood Plan Working Group Meeting')).toBe(1000);
    expect(count(layout, '9. Need to set up facilities to survey across the village')).toBe(1000);
    expect(allLines(layout).length).toBeLessThan(1000 * 50);
  }, 30_000);
});

describe('a list nested 20,000 deep (the Horsley list items, each opening a new list inside the last; a recursive walk overflowed the stack)', () => {
  const items = [...HORSLEY.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]);
  const html = Array.from({ length: 20_000 }, (_, k) => `<ul><li>${items[k % items.length]}`).join('\n');

  it('gives one line per item, in order, the ones below MAX_HTML_NESTING read flat at the same x', () => {
    const lines = allLines(layoutOf(html));
    expect(items.length).toBe(11);
    expect(lines.length).toBe(20_000);
    expect(lines[0].text).toBe('General agreement that this was a good start and could form the draft plan for delivery of the HNP');
    expect(lines[19_999].text).toBe(items[19_999 % 11].replace(/&#8220;|&#8221;/g, (e) => (e === '&#8220;' ? '“' : '”')));
    // Structure is read down to the limit (list depth sets x), flat below it.
    const deepest = lines[MAX_HTML_NESTING].x;
    expect(lines[lines.length - 1].x).toBe(deepest);
  }, 30_000);
});

describe('inline HTML in a markdown line: a bold left open 201 deep, then 80,000 of the Horsley words each after a <br>', () => {
  it('keeps every word in order (the deep part read flat), without overflowing the stack', () => {
    const words = HORSLEY.replace(/<[^>]*>/g, ' ').split(/\s+/).filter((w) => /^[A-Za-z0-9]+$/.test(w));
    const many = Array.from({ length: 80_000 }, (_, k) => words[k % words.length]);
    const spans = fragmentSpans('<b>'.repeat(MAX_HTML_NESTING + 1) + many.map((w) => `${w}<br>`).join(''));
    const text = spans.map((s) => s.text).join('');
    expect(text.split(' ').filter(Boolean)).toEqual(many);
    expect(spans.every((s) => s.text === ' ' || s.bold)).toBe(true);
  }, 30_000);
});
