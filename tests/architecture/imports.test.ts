/**
 * The pipeline runs one way (sources → layout → segment → parse → validate → write): no module
 * of src/ imports one that imports it back, however far round.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { cycles, importGraph, importsBetween } from './imports.js';

const graph = importGraph(path.join(ROOT, 'src'));

describe('the import graph of src/', () => {
  it('is read from every module (the pipeline entry and a parser are in it, with their imports)', () => {
    expect(graph.get('extract.ts')).toContain('layout-of.ts');
    expect(graph.get('pack-from-layout.ts')).toContain('parse/minutes/index.ts');
  });

  it('has no cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a cycle where there is one', () => {
    const tangled = new Map([
      ['sources/html.ts', ['sources/markdown.ts']],
      ['sources/markdown.ts', ['sources/html.ts', 'layout/text.ts']],
      ['layout/text.ts', []],
    ]);
    expect(cycles(tangled)).toEqual([['sources/html.ts', 'sources/markdown.ts']]);
  });

  it('has no parser importing segmentation', () => {
    expect(importsBetween(graph, 'parse', 'segment')).toEqual([]);
  });

  it('has segmentation importing no parser: the recognisers both use are in src/recognise', () => {
    // parse/common is the one exception left: dates are read the same way everywhere.
    expect(importsBetween(graph, 'segment', 'parse')).toEqual(['segment/cues.ts → parse/common/dates.ts']);
    expect(importsBetween(graph, 'recognise', 'parse').every((edge) => edge.includes('→ parse/common/'))).toBe(true);
    expect(importsBetween(graph, 'recognise', 'segment')).toEqual([]);
  });
});
