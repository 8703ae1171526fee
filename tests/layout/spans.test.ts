import { describe, expect, it } from 'vitest';
import { placeSpan, spanStart } from '../../src/layout/spans.js';
import type { Line } from '../../src/layout/types.js';

function line(text: string): Line {
  return { text, cells: [{ text, x: 0, x2: text.length, bold: false }], page: 9, line: 1, x: 0, x2: text.length, y: 0, size: null, bold: false };
}

const LINES = Array.from({ length: 12 }, (_, i) => line(`line ${i} `.padEnd(80, '.')));

describe('placing the lines of a bracketed page', () => {
  it('spreads lines between "Page 6" and "Page 9" over pages 7-9, proving only the first and the last', () => {
    const places = placeSpan(LINES, { from: 7, to: 9, firstKnown: true, lastKnown: true }, [spanStart({ from: 7, to: 9, firstKnown: true, lastKnown: true })]);
    expect(places.map((p) => p.page)).toEqual([7, 7, 7, 7, 8, 8, 8, 8, 9, 9, 9, 9]);
    expect(places.map((p) => p.inferred)).toEqual([false, ...Array(10).fill(true), false]);
  });

  it('starts a block at a known page top and keeps a block one page wide between two known places proven', () => {
    const span = { from: 7, to: 9, firstKnown: true, lastKnown: true };
    const places = placeSpan(LINES, span, [spanStart(span), { at: 4, page: 8, known: true, opens: true }, { at: 8, page: 9, known: true, opens: true }]);
    expect(places.map((p) => p.page)).toEqual([7, 7, 7, 7, 8, 8, 8, 8, 9, 9, 9, 9]);
    expect(places.slice(0, 8).every((p) => !p.inferred)).toBe(true);
  });

  it('leaves lines after the last stamp on the page after it, inferred, where nothing closes the span', () => {
    const span = { from: 141, to: 178, firstKnown: true, lastKnown: false };
    const places = placeSpan(LINES, span, [spanStart(span)]);
    expect(places.every((p) => p.page === 141)).toBe(true);
    expect(places.map((p) => p.inferred)).toEqual([false, ...Array(11).fill(true)]);
  });
});
