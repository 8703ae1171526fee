/**
 * Packs whose PDF outline bookmarks each agenda item and, beneath it, each document: the
 * bookmarks decide the split and the item, and a presentation's slide bookmarks stay one
 * document. Without the outline, page facts and first-page cues give the same boundaries.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Context } from '../../src/context.js';
import type { Layout } from '../../src/layout/types.js';
import { segmentPack, type Segment } from '../../src/segment/index.js';
import { corpus, HAS_CORPUS, loadLayout } from '../helpers.js';

const summary = (segments: Segment[]) => segments.map((s) => ({ kind: s.kind, item: s.item, pages: `${s.pages.from}-${s.pages.to}` }));
const boundaries = (segments: Segment[]) => segments.map((s) => `${s.pages.from}-${s.pages.to}`);
const withoutOutline = (layout: Layout): Layout => ({ ...layout, outline: [] });

describe.skipIf(!HAS_CORPUS)('the Stockton supplement pack (bookmarked agenda item 8 with a slide deck)', () => {
  let layout: Layout;
  let segments: Segment[];
  beforeAll(async () => {
    layout = await loadLayout(corpus('pdf', 'stockton_adult_social_care_select_2023-10-24_supplement_pack.pdf'));
    segments = segmentPack(layout, new Context('stockton.pdf'));
  });

  it('splits into the agenda, the covering report, the presentation and two appendices, all under item 8', () => {
    expect(summary(segments)).toEqual([
      { kind: 'agenda', item: null, pages: '1-6' },
      { kind: 'report', item: '8', pages: '7-8' },
      { kind: 'other', item: '8', pages: '9-36' },
      { kind: 'appendix', item: '8', pages: '37-50' },
      { kind: 'appendix', item: '8', pages: '51-56' },
    ]);
  });

  it('titles documents with their bookmarks, without the item number', () => {
    expect(segments.map((s) => s.title)).toEqual([
      'Agenda',
      'Scrutiny Review of Access to GPs and Primary Medical Care',
      'NENCICBPresentationOct23',
      'Appendix1NENCICBSupplementaryDataPackOct23',
      'ScopeandProjectPlanAccesstoGPsandPrimaryMedicalCare',
    ]);
  });

  it('does not make a document of any of the 27 slide bookmarks', () => {
    expect(segments.some((s) => /^Slide \d+/.test(s.title))).toBe(false);
  });

  it('finds the same boundaries and item without the outline (stamp, separator page, appendix heading, page numbers)', () => {
    const plain = segmentPack(withoutOutline(layout), new Context('stockton.pdf'));
    expect(boundaries(plain)).toEqual(boundaries(segments));
    expect(plain.map((s) => s.item)).toEqual([null, '8', '8', '8', '8']);
    expect(plain[1]).toMatchObject({ kind: 'report', title: 'SCRUTINY REVIEW OF ACCESS TO GPs AND PRIMARY MEDICAL CARE' });
  });
});

describe.skipIf(!HAS_CORPUS)('the Kent budget amendments pack (bookmarked item 6 with annexes and amendments)', () => {
  let layout: Layout;
  let segments: Segment[];
  beforeAll(async () => {
    layout = await loadLayout(corpus('pdf', 'kent_county_council_2025-02-13_budget_amendments_pack.pdf'));
    segments = segmentPack(layout, new Context('kent-budget.pdf'));
  });

  it('files every document after the agenda under item 6, as the outline nests them', () => {
    expect(segments[0]).toMatchObject({ kind: 'agenda', item: null, pages: { from: 1, to: 2 } });
    expect(segments.slice(1).map((s) => s.item)).toEqual(Array(9).fill('6'));
  });

  it('reads the three annexes as appendices and drops the "1 - " attachment number from their titles', () => {
    const annexes = segments.filter((s) => s.kind === 'appendix');
    expect(annexes.map((s) => [s.title, s.pages.from, s.pages.to])).toEqual([
      ['Annex 1 - Labour Group Budget - covering report 2025', 5, 8],
      ['Annex 2 - Labour Group Alternative Budget 2025-28 - Appendix D', 9, 12],
      ['Annex 3 - Labour Group Alternative Budget 2025-28 - Appendix F', 13, 38],
    ]);
  });

  it('keeps each two-page amendment form as its own document', () => {
    const amendments = segments.filter((s) => s.title.startsWith('Amendment - '));
    expect(amendments.map((s) => `${s.pages.from}-${s.pages.to}`)).toEqual(['39-40', '41-42', '43-44', '45-46', '47-48']);
    expect(amendments[4].title).toBe('Amendment - Greens and Independents - CTRS');
  });

  it('finds the same ten boundaries without the outline (letter, amendment forms, appendix headings)', () => {
    const plain = segmentPack(withoutOutline(layout), new Context('kent-budget.pdf'));
    expect(boundaries(plain)).toEqual(boundaries(segments));
    // "APPENDIX F: … SPENDING", "… SAVINGS", "… RESERVES" head the tables of one appendix.
    expect(plain[4]).toMatchObject({ kind: 'appendix', pages: { from: 13, to: 38 } });
  });
});
