/**
 * Report covers in the two house styles: ModernGov (Kent: "From:" / "To:" / "Subject:",
 * recommendations "1) NOTE …") and CMIS (Birmingham: "Date:" / "Subject:" / "Report of:" /
 * "Report author:", recommendations "- 2.1 …" under "2 Recommendations").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Context } from '../../../src/context.js';
import { allLines, type Line } from '../../../src/layout/types.js';
import { parseReportCover, type ReportCover } from '../../../src/parse/report/index.js';
import { corpus, fixture, HAS_CORPUS, loadLayout } from '../../helpers.js';

describe('the Kent Cabinet report of 4 March 2025 on late budget changes (ModernGov cover)', () => {
  let lines: Line[];
  let cover: ReportCover;
  let claimed: Set<number>;
  beforeAll(async () => {
    lines = allLines(await loadLayout(fixture('segment', 'kent_cabinet_2025-03-04_budget_update_report.pdf')));
    ({ value: cover, claimed } = parseReportCover(lines, new Context('kent-cabinet.pdf')));
  });

  it('reads whose report it is across the lines under "From:"', () => {
    expect(cover.reportOf).toBe(
      'Peter Oakford, Deputy Leader and Cabinet Member for Finance, Corporate and Traded Services John Betts, Interim Corporate Director of Finance',
    );
  });

  it('takes the date from "To: Cabinet – 4th March 2025" when no "Date:" is printed', () => {
    expect(cover.to).toBe('Cabinet – 4th March 2025');
    expect(cover.date).toBe('2025-03-04');
  });

  it('reads the subject over its two lines', () => {
    expect(cover.title).toBe('Late changes to the 2025-26 budget and 2025-28 Medium Term Financial Plan (MTFP)');
  });

  it('gives the three numbered recommendations, one string each, without the "Cabinet is asked to:" lead-in', () => {
    expect(cover.recommendations).toEqual([
      'NOTE the budget updates and ENDORSE that they be included in final 2025-26 budget in accordance with the Budget Decision made at County Council on 13th February 2025.',
      'APPROVE the net transfer of £356.0k into reserves (£42.7k increased contribution into the General Reserve and £313.3k contribution into the Local Taxation Equalisation smoothing reserve) to improve the Council’s financial resilience.',
      'APPROVE additional £6,067.8k of specific grant income along with associated spending with nil impact on net 2025-26 revenue budget.',
    ]);
  });

  it('stops the recommendations at "1. Introduction"', () => {
    const introduction = lines.find((l) => l.text === '1. Introduction');
    expect(introduction && claimed.has(introduction.line)).toBe(false);
    expect(claimed.has(29)).toBe(true);
  });

  it('takes the author from under "Contact details: / Report Author" at the end', () => {
    expect(cover.author).toBe('Dave Shipton (Head of Finance Policy, Planning and Strategy)');
  });
});

describe('the Birmingham ECYP report of 17 January 2024 (CMIS cover in a text extraction)', () => {
  let cover: ReportCover;
  let ctx: Context;
  beforeAll(async () => {
    const lines = allLines(await loadLayout(fixture('segment', 'birmingham_ecyp_osc_2024-01-17_report.txt')));
    ctx = new Context('bham-report.txt');
    cover = parseReportCover(lines, ctx).value;
  });

  it('reads "Report of:", "Report author:" and "Date:"', () => {
    expect(cover).toMatchObject({
      title: 'The Improving Services for Children and Families Plan Update',
      reportOf: "Sue Harrison, Director of Children's Services",
      author: 'Fayth Skeete, Head of Strategic Governance and Planning',
      date: '2024-01-17',
    });
  });

  it('gives recommendations 2.1 and 2.2 without their numbers', () => {
    expect(cover.recommendations).toEqual([
      'Overview and Scrutiny Committee to note the attached report, agree any comments and/or recommendations.',
      'To continue to return on a quarterly basis to provide regular updates on progress to Overview and Scrutiny Committee.',
    ]);
  });

  it('raises no warning on a cover it read whole', () => {
    expect(ctx.warnings).toEqual([]);
  });
});

describe.skipIf(!HAS_CORPUS)('the Kent Governance Update report of 13 March 2025 (three names under "From:")', () => {
  let cover: ReportCover;
  beforeAll(async () => {
    const lines = allLines(await loadLayout(corpus('pdf', 'kent_county_council_2025-03-13_governance_update_report.pdf')));
    cover = parseReportCover(lines, new Context('governance.pdf')).value;
  });

  it('takes the author from the name under "Contact Details:" at the end', () => {
    expect(cover.author).toBe('Benjamin Watts – General Counsel');
  });

  it('reads the date from "To: County Council, 13 March 2025"', () => {
    expect(cover.date).toBe('2025-03-13');
  });

  it('prints no recommendations section on its cover, so gives none', () => {
    expect(cover.recommendations).toEqual([]);
  });
});
