import { beforeAll, describe, expect, it } from 'vitest';
import { extractFile, type ExtractResult } from '../../src/extract.js';
import { fixture } from '../helpers.js';

describe('extract on the sample Kent pack (front sheet, minutes of 13 February 2025, two panel minutes, a report)', () => {
  let result: ExtractResult;
  beforeAll(async () => {
    result = await extractFile(fixture('sample', 'kent_county_council_2025-03-13_sample_pack.pdf'));
  });

  it('takes the meeting from the front sheet, not from the minutes inside the pack', () => {
    expect(result.pack.meeting).toMatchObject({ committee: 'County Council', date: '2025-03-13', time: '10:00' });
  });

  it('lists the 17 agenda items of the front sheet', () => {
    expect(result.pack.agenda.map((i) => i.number)).toEqual(Array.from({ length: 17 }, (_, i) => String(i + 1)));
  });

  it('splits the pack into front sheet, three sets of minutes and the item 14 report with its appendices', () => {
    expect(result.pack.documents.map((d) => [d.kind, d.item, d.pages.from])).toEqual([
      ['agenda', null, 1],
      ['minutes', '3', 5],
      ['minutes', '4', 19],
      ['minutes', '4', 28],
      ['report', '14', 34],
      ['appendix', '14', 36],
      ['appendix', '14', 39],
    ]);
  });

  it('reads each set of minutes with the meeting it records, the council minutes with their eight recorded votes', () => {
    expect(result.pack.minutes.map((m) => [m.meeting.committee, m.meeting.date])).toEqual([
      ['County Council', '2025-02-13'],
      ['Corporate Parenting Panel', '2024-10-29'],
      ['Corporate Parenting Panel', '2024-12-10'],
    ]);
    const council = result.pack.minutes[0];
    expect(council.items.map((i) => i.number)).toEqual(['286', '287', '288', '289', '290', '291']);
    const votes = council.items.flatMap((i) => i.votes);
    expect(votes.map((v) => [v.for.count, v.against.count, v.abstain.count, v.result])).toEqual([
      [57, 0, 2, 'carried'],
      [12, 42, 7, 'lost'],
      [16, 41, 0, 'lost'],
      [9, 41, 8, 'lost'],
      [8, 40, 10, 'lost'],
      [13, 39, 3, 'lost'],
      [15, 43, 1, 'lost'],
      [41, 10, 7, 'carried'],
    ]);
  });

  it('leaves no line of the minutes unaccounted for', () => {
    expect(result.pack.warnings.filter((w) => w.code === 'unparsed-lines')).toEqual([]);
  });
});

describe('extract on a meeting note followed by its action points (Kent treasury group, 14 November 2024)', () => {
  it('dates the action point with the meeting of the note it follows', async () => {
    const { pack } = await extractFile(fixture('tracker', 'kent_county_council_2024-11-14_treasury_group_note_action_points.pdf'));
    expect(pack.actions).toHaveLength(1);
    expect(pack.actions[0]).toMatchObject({
      tracker: 'Actions Points',
      date: '2024-11-14',
      action: 'JG will communicate Link’s most recent slides and the Mid Year Review to all members.',
      status: 'completed',
    });
  });
});

describe('extract on the Birmingham 4 December 2024 text pack', () => {
  let result: ExtractResult;
  beforeAll(async () => {
    result = await extractFile(fixture('sample', 'birmingham_ecyp_osc_2024-12-04_pack.txt'));
  });

  it('reads the meeting, the 12 agenda items and the previous minutes of 23 October 2024', () => {
    expect(result.pack.meeting).toMatchObject({
      body: 'Birmingham City Council',
      committee: 'Education, Children and Young People Overview and Scrutiny Committee',
      date: '2024-12-04',
      time: '10:00',
    });
    expect(result.pack.agenda).toHaveLength(12);
    expect(result.pack.minutes.map((m) => [m.meeting.date, m.items.length])).toEqual([['2024-10-23', 14]]);
  });

  it('reads the 33 tracker rows, the 23 work-programme entries, and gives every action row a distinct id', () => {
    expect(result.pack.actions).toHaveLength(33);
    expect(new Set(result.pack.actions.map((a) => a.id)).size).toBe(33);
    expect(result.pack.programme).toHaveLength(23);
  });
});
