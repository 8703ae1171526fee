/**
 * Birmingham Children's Social Care O&S Committee, 13 March 2019, as a markdown extraction
 * (headings, **bold**, HTML in table cells): action notes with no "Minutes of" line, reports
 * headed "Report from … to the … Committee", and document headings in place of page tops.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Context } from '../../src/context.js';
import { parseFrontSheet } from '../../src/parse/frontsheet/index.js';
import { findFrontSheet, segmentPack, type Segment } from '../../src/segment/index.js';
import { corpus, HAS_CORPUS, loadLayout } from '../helpers.js';

describe.skipIf(!HAS_CORPUS)('the Birmingham markdown pack of 13 March 2019', () => {
  let segments: Segment[];
  beforeAll(async () => {
    const layout = await loadLayout(corpus('text', 'birmingham_csc_osc_2019-03-13_pack.md'));
    const ctx = new Context('csc.md');
    const front = findFrontSheet(layout);
    const agenda = front ? parseFrontSheet(front.lines, ctx).value.agenda : [];
    segments = segmentPack(layout, ctx, { agenda });
  });

  it('splits into the front sheet, the action notes, the reports of items 5 and 6 and the work programme', () => {
    expect(segments.map((s) => [s.kind, s.item])).toEqual([
      ['agenda', null],
      ['minutes', '4'],
      ['report', '5'],
      // The extraction prints the Contextual Safeguarding report twice.
      ['report', '5'],
      ['report', '6'],
      ['work-programme', '7'],
    ]);
  });

  it('starts the action notes at their banner over "Present:"', () => {
    expect(segments[1].lines.slice(0, 4).map((l) => l.text)).toEqual([
      "BIRMINGHAM CITY COUNCIL CHILDREN'S SOCIAL CARE OVERVIEW AND SCRUTINY (O&S)",
      'COMMITTEE – PUBLIC MEETING',
      '10:00 hours on Wednesday 13th February 2019, Committee Room 2 - Actions',
      'Present:',
    ]);
  });

  it('titles the reports with the heading under "Report from …", and the plan with its own heading', () => {
    expect(segments.slice(2, 5).map((s) => s.title)).toEqual(['Contextual Safeguarding', 'Contextual Safeguarding', 'Development Plan 2019/20']);
  });
});
