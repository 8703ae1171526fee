/**
 * Birmingham ECYP O&S Committee, 4 December 2024: a 178-page CMIS pack known only as a text
 * extraction (tab-separated tables, page footers for some pages only). No outline and no
 * trustworthy page tops: the split comes from first-page cues found anywhere in the text.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Context } from '../../src/context.js';
import type { Layout } from '../../src/layout/types.js';
import { documentsOf } from '../../src/documents.js';
import { findFrontSheet, segmentPack, type Segment } from '../../src/segment/index.js';
import { corpus, HAS_CORPUS, loadLayout } from '../helpers.js';
import { BIRMINGHAM_2024_12_04 } from './agendas.js';

describe.skipIf(!HAS_CORPUS)('the Birmingham text pack of 4 December 2024', () => {
  let layout: Layout;
  let segments: Segment[];
  let ctx: Context;
  beforeAll(async () => {
    layout = await loadLayout(corpus('text', 'birmingham_ecyp_osc_2024-12-04_pack.txt'));
    ctx = new Context('birmingham.txt');
    segments = segmentPack(layout, ctx, { agenda: BIRMINGHAM_2024_12_04 });
  });

  it('splits into the front sheet, the 23 October minutes, the tracker, each report with its appendices and the work programme', () => {
    expect(segments.map((s) => [s.kind, s.item])).toEqual([
      ['agenda', null],
      ['minutes', '4'],
      ['action-tracker', '5'],
      ['report', '6'],
      ['appendix', '6'],
      ['appendix', '6'],
      ['report', '7'],
      ['appendix', '7'],
      ['report', '8'],
      ['appendix', '8'],
      ['appendix', '8'],
      ['appendix', '8'],
      ['report', '9'],
      ['work-programme', '9'],
    ]);
  });

  it('finds the appendices each report lists under its own title, though they print no "Appendix" heading', () => {
    const listed = segments.filter((s) => s.signal === 'listed-appendix');
    expect(listed.map((s) => [s.title, s.lines[0].text])).toEqual([
      ['Appendix 2 – Tackling Exploitation of Children and Young People 2023-26', 'CONTEXTUAL SAFEGUARDING BOARD'],
      ['Appendix One – Children and Families Directorate Continuous Improvement Plan', 'Children and Families Directorate Continuous Improvement Plan (CIP)'],
      [
        'Appendix A – Improving special educational needs and disability (SEND) services in Birmingham: third report',
        'Improving Special Educational Needs and Disability (SEND) Services in Birmingham',
      ],
      [
        'Appendix B – Cabinet Member for Children, Young People and Families Cabinet report Acceptance of Recommendations from SEND Commissioners Third Report, 12 November 2024.',
        'Birmingham City Council',
      ],
    ]);
  });

  it('ends the front sheet at the minutes banner and starts the minutes there', () => {
    const front = findFrontSheet(layout);
    expect(front?.lines.at(-1)?.text).toBe('To note the date of the next meeting is 22 January 2025 at 10am in committee rooms 3 & 4.');
    expect(segments[1].lines.slice(0, 3).map((l) => l.text)).toEqual([
      'BIRMINGHAM CITY COUNCIL',
      'EDUCATION, CHILDREN AND YOUNG PEOPLE OVERVIEW & SCRUTINY COMMITTEE MEETING',
      'Minutes of the meeting held on Wednesday, 23rd October 2024 at 1000 hours in Committee Rooms 3&4, Council House, Victoria Square, Birmingham',
    ]);
    expect(segments[1].lines.at(-1)?.text).toBe("Chair's signature:");
  });

  it('gives the tracker all its table pages as one document, though the header row repeats on each', () => {
    const tracker = segments[2];
    expect(tracker.lines[0].text).toBe('Minute No. / Date Agenda Item Outstanding Actions Lead Responsible Officer Comments');
    expect(tracker.lines.filter((l) => l.text.startsWith('Minute No. / Date Agenda Item')).length).toBeGreaterThan(5);
  });

  it('titles reports by the "Title:" on their covers, run on over their lines', () => {
    expect(segments.filter((s) => s.kind === 'report').map((s) => s.title)).toEqual([
      'PROGRESS REPORT ON IMPLEMENTATION OF CHILD CRIMINAL EXPLOITATION (CCE) INQUIRY RECOMMENDATIONS',
      'THE CHILDREN AND FAMILIES DIRECTORATE CONTINUOUS IMPROVEMENT PLAN (CIP) UPDATE',
      'SEND Commissioner Update to the Education, Children and Young People Overview and Scrutiny Committee',
      'EDUCATION, CHILDREN AND YOUNG PEOPLE OVERVIEW AND SCRUTINY COMMITTEE WORK PROGRAMME 2024-25',
    ]);
  });

  it('finds the work programme under its report, titled as printed over its table', () => {
    expect(segments.at(-1)?.title).toBe('Education, Children and Young People Overview and Scrutiny Committee Work Programme 2024 –2025');
  });

  it('reads each report cover: author, date and recommendations', () => {
    const reports = documentsOf(segments, new Context('birmingham.txt')).filter((d) => d.kind === 'report');
    expect(reports[0].author).toBe("Clair Graham, Head of Service Contextual Safeguarding, Birmingham Children's Trust");
    expect(reports[0].recommendations).toEqual([
      'Notes the contents of this report and the update on the recommendations made in the Child Criminal Exploitation Inquiry (Appendix 1).',
      'Provides feedback and agrees a schedule for future updates.',
    ]);
    expect(reports[1].date).toBe('2024-12-04');
    expect(reports[1].recommendations).toHaveLength(3);
    expect(reports[3].date).toBe('2024-12-04');
  });

  it('warns about no document: every one found its agenda item', () => {
    expect(ctx.warnings.filter((w) => w.code === 'document-item-unknown')).toEqual([]);
  });
});
