/**
 * Segmentation and the parsers never ask which source a line came from: whether positions are
 * measured and whether pages are real are asked of the layout (`hasGeometry`, `hasRealPages`,
 * `hasPageTops` in src/layout/types.ts), the one place that knows how each source fills them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/** `line.size === null` (a line from a text source) or `layout.format === 'pdf'`. */
const SOURCE_TEST = /\.size\s*[!=]==?\s*null|\bformat\s*[!=]==?\s*['"]/;

function sourceTestsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceTestsUnder(full);
    if (!name.endsWith('.ts')) return [];
    return readFileSync(full, 'utf8')
      .split('\n')
      .flatMap((text, i) => (SOURCE_TEST.test(text) ? [`${path.relative(ROOT, full)}:${i + 1}`] : []));
  });
}

describe('which source a line came from', () => {
  it('is asked by no module of segmentation, the recognisers or the parsers', () => {
    for (const phase of ['segment', 'recognise', 'parse']) {
      expect(sourceTestsUnder(path.join(ROOT, 'src', phase))).toEqual([]);
    }
  });

  it('is found where it is asked: the layout answers it, in src/layout/types.ts', () => {
    expect(sourceTestsUnder(path.join(ROOT, 'src', 'layout')).filter((at) => at.startsWith('src/layout/types.ts:'))).toHaveLength(3);
  });
});
