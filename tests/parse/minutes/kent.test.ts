import { describe, expect, it } from 'vitest';
import { Context } from '../../../src/context.js';
import { allLines, type Line } from '../../../src/layout/types.js';
import { parseMinutes } from '../../../src/parse/minutes/index.js';
import { fixture, loadLayout } from '../../helpers.js';
import { minutesOf, row } from './helpers.js';

describe('Kent County Council (ModernGov) printed minutes of 13 February 2025', () => {
  it('reads the heading, the 64 members present and the officers in attendance', async () => {
    const { minutes } = await minutesOf('kent_county_council_2025-02-13_printed_minutes.pdf');
    expect(minutes.meeting).toMatchObject({
      body: 'Kent County Council',
      committee: 'County Council',
      date: '2025-02-13',
      time: null,
      venue: 'Council Chamber, Sessions House, County Hall, Maidstone',
    });
    expect(minutes.present).toHaveLength(64);
    expect(minutes.present.slice(0, 2)).toEqual(['Mr B J Sweetland', 'Mr A M Ridgers']);
    expect(minutes.present).toContain('Sir Paul Carter, CBE');
    expect(minutes.present).toContain('Mr P M Hill, OBE');
    expect(minutes.present).toContain('Rich Lehmann');
    expect(minutes.alsoPresent).toEqual([
      'Mr J Cook (Democratic Services Manager)',
      'Mr B Watts (General Counsel)',
      'Mr J Betts (Interim Corporate Director Finance)',
    ]);
  });

  it('takes apologies from the apologies minute, names broken across lines joined', async () => {
    const { minutes } = await minutesOf('kent_county_council_2025-02-13_printed_minutes.pdf');
    expect(minutes.apologies).toHaveLength(15);
    expect(minutes.apologies).toContain('Mr Paul Barrington-King');
    expect(minutes.apologies).toContain('Mr Derek Crow-Brown');
    expect(minutes.apologies).toContain('Mr Jeremy Kite, MBE');
  });

  it('reads minutes 286-291 with their agenda items, the 22 budget parts and all seven recorded votes', async () => {
    const { minutes, ctx, unclaimed } = await minutesOf('kent_county_council_2025-02-13_printed_minutes.pdf');
    expect(minutes.items.map(row)).toEqual([
      ['286', '1', 'Apologies for Absence', [], []],
      ['287', '2', 'Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the agenda', [], []],
      ['288', '3', 'Minutes of the meetings held on 19 December 2024 and 9 January 2025 and, if in order, to be approved as a correct record', [0], []],
      ['289', '4', "Chairman's Announcements", [], []],
      ['290', '5', 'Section 25 Report', [0], ['57-0-2 carried']],
      ['291', '6', 'Capital Programme 2025-35 and Revenue Budget 2025-26 (including Council Tax Setting 2025/26)', [22],
        ['12-42-7 lost', '16-41-0 lost', '9-41-8 lost', '8-40-10 lost', '13-39-3 lost', '15-43-1 lost', '41-10-7 carried']],
    ]);
    expect(ctx.warnings.filter((w) => w.code === 'vote-count-mismatch')).toEqual([]);
    expect(unclaimed).toEqual([]);
  });

  it('counts names with honours after a comma as one name, matching every printed count', async () => {
    const { minutes } = await minutesOf('kent_county_council_2025-02-13_printed_minutes.pdf');
    const [s25] = minutes.items[4].votes;
    expect(s25.for.names).toHaveLength(57);
    expect(s25.for.names).toContain('Sir Paul Carter, CBE');
    expect(s25.for.names).toContain('Mr Love, OBE');
    expect(s25.for.names).toContain('Mr Booth'); // "Mr" at a line end, "Booth" on the next
    expect(s25.abstain).toEqual({ count: 2, names: ['Mr B Lewis', 'Mr D Ross'] });
    expect(s25.against).toEqual({ count: 0, names: [] });
    expect(s25.motion).toMatch(/^\(3\) The Chairman put the motion set out in paragraph 2 to the vote/);
    const budget = minutes.items[5];
    for (const vote of budget.votes) {
      for (const side of [vote.for, vote.against, vote.abstain]) expect(side.names).toHaveLength(side.count!);
    }
  });

  it('keeps the budget resolution to its (a)-(v) parts, sub-headings belonging to no part', async () => {
    const { minutes } = await minutesOf('kent_county_council_2025-02-13_printed_minutes.pdf');
    const [res] = minutes.items[5].resolutions;
    expect(res.text).toMatch(/^RESOLVED that: County Council, having given due regard to the s25 Report/);
    expect(res.parts[0]).toBe('The 10-year Capital programme and investment proposals of £1,419m over the years from 2025-26 to 2034-35 together with the necessary funding and subject to approval to spend arrangements.');
    expect(res.parts[1]).not.toMatch(/Revenue Budget and Medium Term Financial Plan/);
    expect(res.parts[8]).toMatch(/^Fees and charges to continue/); // (i) after (h) is a letter
    expect(res.parts[18]).toMatch(/^To note potential changes to local authority funding system from 2026-27 onwards/);
    expect(minutes.items[5].text).not.toMatch(/RESOLVED/);
  });
});

describe('Kent County Council (ModernGov) printed minutes of 13 March 2025', () => {
  it('reads minutes 292-308, every recorded vote with its counts and result', async () => {
    const { minutes } = await minutesOf('kent_county_council_2025-03-13_printed_minutes.pdf');
    expect(minutes.meeting).toMatchObject({ body: 'Kent County Council', committee: 'County Council', date: '2025-03-13' });
    expect(minutes.present).toHaveLength(65);
    expect(minutes.apologies).toEqual(['Mr Bond', 'Mrs Bruneau', 'Mr Campkin', 'Mr Collor', 'Mrs Hudson', 'Mrs McArthur', 'Mr McInroy']);
    expect(minutes.items.map(row)).toEqual([
      ['292', '1', 'Apologies for Absence', [], []],
      ['293', '2', 'Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the agenda', [], []],
      ['294', '3', 'Minutes of the meeting held on 13 February 2025 and, if in order, to be approved as a correct record', [0], []],
      ['295', '4', 'Corporate Parenting Panel - October 2024 and December 2024 Minutes for noting', [0], []],
      ['296', '5', "Chairman's Announcements", [], ['?-?-? agreed unanimously']],
      ['297', '6', 'Questions', [], []],
      ['298', '7', 'Report by Leader of the Council', [0], []],
      ['299', '8', 'Kent Minerals and Waste Local Plan 2024-39', [4], ['52-0-11 carried']],
      ['300', '9', 'Review of Decision 24/00093 - Commissioned Family Hubs', [0], ['?-?-? carried']],
      ['301', '10', 'Armed Forces Covenant - Annual Report', [0], []],
      ['302', '11', 'Devolution and Local Government Reorganisation Update', [0], ['38-5-4 carried']],
      ['303', '12', 'Treasury Management - Mid-Year Update 2024-25', [0], []],
      ['304', '13', 'Joint Health Overview & Scrutiny Committee - Terms of Reference update', [2], []],
      ['305', '14', 'Governance & Audit Terms of Reference update', [0], []],
      ['306', '15', 'Governance Updates', [6], ['39-3-0 carried', '32-11-0 carried', '36-4-0 agreed', '37-0-2 carried']],
      ['307', '16', 'Pay Policy Statement 2025/26', [0], ['?-?-? agreed', '32-1-2 carried']],
      ['308', '17', 'Motion for Time Limited Debate', [6], ['33-2-0 carried', '34-0-0 carried']],
    ]);
  });

  it('warns where a printed count differs from the names listed, keeping both', async () => {
    const { minutes, ctx } = await minutesOf('kent_county_council_2025-03-13_printed_minutes.pdf');
    const governance = minutes.items.find((i) => i.number === '306')!;
    expect(governance.votes[2].for.count).toBe(36);
    expect(governance.votes[2].for.names).toHaveLength(35);
    expect(governance.votes[3].for.count).toBe(37);
    expect(governance.votes[3].for.names).toHaveLength(35);
    expect(ctx.warnings.filter((w) => w.code === 'vote-count-mismatch').map((w) => w.source.line)).toEqual([488, 501]);
  });

  it('keeps honours printed without a comma, even when wrapped onto the next line', async () => {
    const { minutes } = await minutesOf('kent_county_council_2025-03-13_printed_minutes.pdf');
    const [plan] = minutes.items.find((i) => i.number === '299')!.votes;
    expect(plan.for.names).toContain('Mr Kite MBE');
    expect(plan.for.names).toContain('Sir Paul Carter CBE');
    expect(plan.abstain.names).toEqual(['Mr Chittenden', 'Mrs Dean MBE', 'Mr Hook', 'Mr Lehmann', 'Mr Lewis', 'Mr Mallon', 'Mr Passmore', 'Mr Ross', 'Mr Shonk', 'Mr Sole', 'Mr Streatfeild MBE']);
  });

  it('ends a resolution where the next paragraph returns to the margin', async () => {
    const { minutes } = await minutesOf('kent_county_council_2025-03-13_printed_minutes.pdf');
    const hubs = minutes.items.find((i) => i.number === '300')!;
    expect(hubs.resolutions[0].text).toMatch(/co-location of services\.$/);
    expect(hubs.text).toMatch(/Rich Lehmann wished for it to be recorded in the minutes that he voted against the motion set out in paragraph 2\.$/);
  });
});

describe('Kent Corporate Parenting Panel minutes of 29 October 2024 (headings without minute numbers)', () => {
  it('reads the heading, attendance and the twelve items by their "(Item N)" lines', async () => {
    const { minutes, unclaimed } = await minutesOf('kent_corporate_parenting_panel_2024-10-29_minutes.pdf');
    expect(minutes.meeting).toMatchObject({ body: null, committee: 'Corporate Parenting Panel', date: '2024-10-29', venue: 'Darent Room, Sessions House, County Hall, Maidstone' });
    expect(minutes.present).toHaveLength(14);
    expect(minutes.present[0]).toBe('Shellina Prendergast');
    expect(minutes.alsoPresent[0]).toBe("Sue Chandler, Cabinet Member for Integrated Children’s Services");
    expect(minutes.alsoPresent).toContain('Alice Gleave (Interim Assistant Director for SEND Operations)');
    expect(minutes.apologies).toEqual(['Mr R Love OBE', 'Ms K Leonard', 'Ms A Farmer']);
    expect(minutes.items.map((i) => [i.number, i.item, i.title, i.resolutions.length])).toEqual([
      [null, '1', 'Apologies and Substitutes', 0],
      [null, '2', 'Chairman’s Announcements', 1],
      [null, '3', 'Minutes of the meeting held on 30 July 2024', 1],
      [null, '4', 'Participation Team update', 1],
      [null, '5', 'Verbal updates by the Cabinet Member', 1],
      [null, '6', 'Adoption Partnership South East, Regional Adoption Agency Annual Report 2023/2024', 1],
      [null, '7', 'Youth Justice Annual Report', 1],
      [null, '8', 'Performance Scorecard for Children in Care', 1],
      [null, '9', 'The Joint Housing Protocol for Care Leavers', 1],
      [null, '10', 'Sufficiency Strategy 2022-2027', 1],
      [null, '11', 'Kent CIC in the statutory school years with an EHCP - Access to Education', 1],
      [null, '12', 'Work programme', 1],
    ]);
    expect(unclaimed).toEqual([]);
  });

  it('stops a numbered RESOLVED paragraph at the next numbered paragraph', async () => {
    const { minutes } = await minutesOf('kent_corporate_parenting_panel_2024-10-29_minutes.pdf');
    const announcements = minutes.items[1];
    expect(announcements.resolutions[0].text).toBe('RESOLVED that Mr P Bartlett be duly elected Vice Chair of the Corporate Parenting Panel.');
    expect(announcements.text).toMatch(/^2\. The Chair agreed to write to group leaders/);
  });
});

describe('Kent minutes read from a plain text extraction (no bold, no positions, no cells)', () => {
  const flatten = (lines: Line[]): Line[] => lines.map((l) => ({ ...l, bold: false, size: null, x: 0, cells: [{ text: l.text, x: 0, x2: 0, bold: false }] }));

  for (const name of ['kent_county_council_2025-03-13_printed_minutes.pdf', 'kent_corporate_parenting_panel_2024-10-29_minutes.pdf']) {
    it(`finds the same minutes in ${name}`, async () => {
      const lines = allLines(await loadLayout(fixture('minutes', name)));
      const read = (ls: Line[]) => parseMinutes(ls, new Context(name)).value!.items.map((i) => [i.number, i.item, i.title, i.resolutions.length, i.votes.length]);
      expect(read(flatten(lines))).toEqual(read(lines));
    });
  }
});
