/**
 * Segmentation and the parsers never ask which source a line came from: whether positions are
 * measured and whether pages are real are asked of the layout (`hasGeometry`, `hasRealPages`,
 * `hasPageTops` in src/layout/types.ts), the one place that knows how each source fills them.
 * Nor do they see markup: each source turns `**bold**`, `# headings`, links and tags into plain
 * text and the layout's facts (`Line.bold`, `Cell.bold`, `Line.heading`) once, so no module of
 * theirs strips markup or matches it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/** `line.size === null` (a line from a text source) or `layout.format === 'pdf'`. */
const SOURCE_TEST = /\.size\s*[!=]==?\s*null|\bformat\s*[!=]==?\s*['"]/;

/**
 * A call of a markup stripper, or a pattern that matches markdown's bold (`\*\*`, `\*{2}`) or
 * heading marks (`#{1,6}`, `^#`): markup read by a phase that should only ever see layout facts.
 */
const MARKUP_READ = /\bcleanMarkup\b|\bstripMarkup\b|\\\*\\\*|\\\*\{\d|#\{\d|\^\\s\*#|\[\*_#\]|\/\^#/;

function linesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return linesUnder(full, pattern);
    if (!name.endsWith('.ts')) return [];
    return readFileSync(full, 'utf8')
      .split('\n')
      .flatMap((text, i) => (pattern.test(text) ? [`${path.relative(ROOT, full)}:${i + 1}`] : []));
  });
}

const sourceTestsUnder = (dir: string) => linesUnder(dir, SOURCE_TEST);

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

describe('markup', () => {
  it('is neither stripped nor matched by any module of segmentation, the recognisers or the parsers', () => {
    for (const phase of ['segment', 'recognise', 'parse']) {
      expect(linesUnder(path.join(ROOT, 'src', phase), MARKUP_READ)).toEqual([]);
    }
  });

  it('is found where it is read: the markdown and text sources, which turn it into layout facts', () => {
    const readers = linesUnder(path.join(ROOT, 'src', 'sources'), MARKUP_READ).map((at) => at.replace(/:\d+$/, ''));
    expect(new Set(readers)).toContain('src/sources/markdown.ts');
  });

  it('is what the pattern finds in a line that strips or matches it', () => {
    for (const read of ['cleanMarkup(line.text)', "text.split(/\\*\\*\\*\\*/)", '/^\\s*#{1,6}\\s/.test(raw)', ".replace(/[*_#]+/g, ' ')"]) expect(read).toMatch(MARKUP_READ);
    for (const plain of ['line.bold || line.heading !== undefined', '/^(?:\\d+\\.)\\s/', "text.replace(/\\s+/g, ' ')"]) expect(plain).not.toMatch(MARKUP_READ);
  });
});
