import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLayout } from '../../src/layout/build.js';
import { allLines } from '../../src/layout/types.js';
import { readText } from '../../src/sources/text.js';
import { fixture, loadLayout } from '../helpers.js';
import { lineStarting, linesContaining } from './find.js';

describe('bookmark titles appended after the last page of a pdftotext extraction', () => {
  const file = fixture('sources', 'stockton_adult_social_care_select_2023-10-24_supplement_pack_p1-12_with_bookmarks.txt');

  it('become the outline, nested by indentation, each placed on the page whose head prints it', async () => {
    const layout = await loadLayout(file);
    const flat = (nodes: typeof layout.outline, depth = 0): Array<[number, string, number | null]> =>
      nodes.flatMap((n) => [[depth, n.title, n.page] as [number, string, number | null], ...flat(n.children, depth + 1)]);
    expect(flat(layout.outline)).toEqual([
      [0, 'Agenda', 1],
      [0, '8 Scrutiny Review of Access to GPs and Primary Medical Care', 7],
      [1, 'NENCICBPresentationOct23', null],
      [2, 'Slide 1: Access to GP’s and Primary Medical Care', 9],
      [2, 'Slide 2: What is General Practice', 10],
      [2, 'Slide 3: GP Contract', 11],
      [2, 'Slide 4: Regulation of general practice', 12],
    ]);
  });

  it('are not also left as lines of the last page', async () => {
    const layout = await loadLayout(file);
    expect(linesContaining(layout, 'NENCICBPresentationOct23')).toEqual([]);
    expect(linesContaining(layout, 'Slide 1:')).toEqual([]);
    expect(layout.pages.length).toBe(12);
  });
});

describe('text after the last form feed that is not a list of bookmarks', () => {
  it('stays as the last page: the Kent minutes with their closing form feed removed keep page 3', () => {
    const text = readFileSync(fixture('sources', 'kent_county_council_2025-03-13_printed_minutes_p1-3.pdftotext.txt'), 'utf8').replace(/\f$/, '');
    const layout = buildLayout(readText(text, 'text'));
    expect(layout.outline).toEqual([]);
    expect(layout.pages.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(lineStarting(layout, 'Tributes to Mr Simkins were made by').page).toBe(3);
    expect(allLines(layout).length).toBeGreaterThan(100);
  });
});
