/**
 * A 680-page pack (the trimmed Kent pack bound 40 times over) splits into every bound copy of
 * each document. Segmentation is one pass over the lines and one over the pages; how its time
 * grows with the pages is a figure of `npm run bench` ("extract 250 pages / 100 pages").
 */
import { describe, expect, it } from 'vitest';
import { Context } from '../../src/context.js';
import type { Layout, Page } from '../../src/layout/types.js';
import { segmentPack } from '../../src/segment/index.js';
import { fixture, loadLayout } from '../helpers.js';
import { KENT_2025_03_13 } from './agendas.js';

/** The layout repeated `times` times, pages and lines renumbered as one pack. */
function bindRepeatedly(layout: Layout, times: number): Layout {
  const pages: Page[] = [];
  let line = 0;
  for (let t = 0; t < times; t++) {
    for (const page of layout.pages) {
      const number = pages.length + 1;
      pages.push({ ...page, number, lines: page.lines.map((l) => ({ ...l, page: number, line: ++line })) });
    }
  }
  return { ...layout, pages, pageCount: pages.length };
}

describe('a pack bound many times over', () => {
  it('splits a 680-page pack into every bound copy of each document', async () => {
    const big = bindRepeatedly(await loadLayout(fixture('segment', 'kent_2025-03-13_mini_pack.pdf')), 40);
    expect(big.pages.length).toBe(680);
    const segments = segmentPack(big, new Context('big.pdf'), { agenda: KENT_2025_03_13 });
    expect(segments.filter((s) => s.kind === 'minutes').length).toBe(80);
  });
});
