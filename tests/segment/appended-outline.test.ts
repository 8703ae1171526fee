/**
 * A text extraction with the PDF's bookmark titles appended at its end (the Stockton pack as
 * pdftotext prints it). The text source can place the item and the slide bookmarks on pages
 * but not the attachments' file-name bookmarks ("Appendix1NENCICBSupplementaryDataPackOct23"),
 * so the outline cannot carry the split and the page cues do.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Context } from '../../src/context.js';
import type { Layout } from '../../src/layout/types.js';
import { segmentPack, type Segment } from '../../src/segment/index.js';
import { outlineDocuments } from '../../src/segment/outline.js';
import { fixture, loadLayout } from '../helpers.js';

describe('the Stockton pack as pdftotext text with its bookmarks appended', () => {
  let layout: Layout;
  let segments: Segment[];
  beforeAll(async () => {
    layout = await loadLayout(fixture('segment', 'stockton_2023-10-24_supplement_pack_pdftotext_with_bookmarks.txt'));
    segments = segmentPack(layout, new Context('stockton.txt'));
  });

  it('does not trust an outline that places too few of its documents', () => {
    expect(layout.outline.map((n) => n.title)).toEqual(['Agenda', '8 Scrutiny Review of Access to GPs and Primary Medical Care']);
    expect(outlineDocuments(layout)).toBeNull();
  });

  it('still finds the covering report of item 8, the presentation after the blank page and the data pack appendix', () => {
    expect(segments.map((s) => [s.kind, s.item, s.pages.from, s.signal])).toEqual([
      ['agenda', null, 1, 'pack-start'],
      ['report', '8', 7, 'item-stamp'],
      ['appendix', '8', 9, 'blank-separator'],
      ['appendix', '8', 37, 'cue'],
    ]);
  });

  it('keeps the 27 slides in one document', () => {
    expect(segments[2].pages).toEqual({ from: 9, to: 36 });
  });
});
