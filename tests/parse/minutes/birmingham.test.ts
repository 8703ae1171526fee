import { describe, expect, it } from 'vitest';
import { minutesOf, row } from './helpers.js';

describe('Birmingham (CMIS) minutes of 23 October 2024, from the 4 December 2024 text pack', () => {
  it('reads the heading of the meeting the minutes record, not the pack meeting', async () => {
    const { minutes } = await minutesOf('birmingham_ecyp_osc_2024-10-23_minutes.txt');
    expect(minutes.kind).toBe('minutes');
    expect(minutes.meeting).toMatchObject({
      body: 'Birmingham City Council',
      committee: 'Education, Children and Young People Overview & Scrutiny Committee',
      date: '2024-10-23',
      time: '10:00',
      venue: 'Committee Rooms 3&4, Council House, Victoria Square, Birmingham',
    });
    expect(minutes.ended).toBe('12:54');
  });

  it('splits "Councillors Debbie Clancy, Adam Higgs, …" into one name each, chair included, roles removed', async () => {
    const { minutes } = await minutesOf('birmingham_ecyp_osc_2024-10-23_minutes.txt');
    expect(minutes.present).toEqual([
      'Councillor Kerry Jenkins', 'Debbie Clancy', 'Adam Higgs', 'Zafar Iqbal', 'Narinder Kaur Kooner', 'Shehla Moledina', 'Osamugi Ogbe', 'Sarah Smith',
    ]);
    expect(minutes.apologies).toEqual(['Steve Bell', 'Rabia Shami']);
  });

  it('keeps officers in attendance one entry each, splitting two entries the extraction ran together', async () => {
    const { minutes } = await minutesOf('birmingham_ecyp_osc_2024-10-23_minutes.txt');
    expect(minutes.alsoPresent).toHaveLength(12);
    expect(minutes.alsoPresent[0]).toBe('Cllr Mick Brown, Cabinet Member, Children, Young People and Families');
    expect(minutes.alsoPresent[1]).toMatch(/^Dr Sue Harrison, Strategic Director, Children and Families/);
    expect(minutes.alsoPresent[11]).toBe('Amanda Simcox, Scrutiny Officer');
  });

  it('reads minutes 30 to 43, inferring and flagging the three numbers the extraction lost', async () => {
    const { minutes, ctx, unclaimed } = await minutesOf('birmingham_ecyp_osc_2024-10-23_minutes.txt');
    expect(minutes.items.map(row)).toEqual([
      ['30', null, 'NOTICE OF RECORDING/WEBCAST', [], []],
      ['31', null, 'APOLOGIES', [], []],
      ['32*', null, 'DECLARATIONS OF INTERESTS', [], []],
      ['33', null, 'MINUTES', [1], []],
      ['34', null, 'ACTION TRACKER', [1], []],
      ['35', null, 'ORDER OF AGENDA', [2], []],
      ['36*', null, 'SAVINGS 2024/25 - PROGRESS REPORT', [3], []],
      ['37', null, 'IRP PRIORITY PROGRAMME PROGRESS REPORT – JULY DATA', [1], []],
      ['38', null, 'UPDATE ON BIRMINGHAM STRATEGIC YOUTH JUSTICE PLAN 2023-2028', [4], []],
      ['39*', null, "Children and Young Peoples' Travel Service - September Mobilisation Report for the Post-16 Service", [4], []],
      ['40', null, 'WORK PROGRAMME', [2], []],
      ['41', null, 'REQUEST(S) FOR CALL IN/COUNCILLOR CALL FOR ACTION/PETITIONS (IF ANY)', [], []],
      ['42', null, 'OTHER URGENT BUSINESS', [], []],
      ['43', null, 'DATE AND TIME OF NEXT MEETING', [1], []],
    ]);
    expect(ctx.warnings.filter((w) => w.code === 'number-inferred').map((w) => w.message.match(/; (\d+) is inferred/)?.[1])).toEqual(['32', '36', '39']);
    expect(unclaimed).toEqual([]);
  });

  it('folds nested parts (a., b.) into their top-level part and keeps the discussion text apart', async () => {
    const { minutes } = await minutesOf('birmingham_ecyp_osc_2024-10-23_minutes.txt');
    const youthJustice = minutes.items.find((i) => i.number === '38')!;
    const [res] = youthJustice.resolutions;
    expect(res.parts[1]).toMatch(/^The Committee provided feedback on the update and requested: .*a\. Future updates to be succinct.*b\. Officers to explore/);
    expect(youthJustice.text).toMatch(/^Cllr Mick Brown, Cabinet Member/);
    expect(youthJustice.text).not.toMatch(/RESOLVED/);
    // The minute number that opened the paragraph is not part of the text.
    expect(minutes.items.find((i) => i.number === '30')!.text).toMatch(/^The Chair advised that the meeting would be webcast/);
  });

  it('ends a resolution before a note of someone leaving the meeting', async () => {
    const { minutes } = await minutesOf('birmingham_ecyp_osc_2024-10-23_minutes.txt');
    const irp = minutes.items.find((i) => i.number === '37')!;
    expect(irp.resolutions[0].text).not.toMatch(/left the meeting/);
    expect(irp.text).toMatch(/James Thomas, Chief Executive, BCT left the meeting at 1100 hours\.$/);
  });
});

describe('Birmingham (CMIS) action notes of 13 February 2019, from the 13 March 2019 markdown pack', () => {
  it('reads the heading of the action notes', async () => {
    const { minutes } = await minutesOf('birmingham_csc_osc_2019-02-13_action_notes.md');
    expect(minutes.kind).toBe('action-notes');
    expect(minutes.meeting).toMatchObject({
      body: 'Birmingham City Council',
      committee: "Children's Social Care Overview and Scrutiny (O&S) Committee",
      date: '2019-02-13',
      time: '10:00',
      venue: 'Committee Room 2',
    });
    expect(minutes.ended).toBe('11:50');
    expect(minutes.present).toEqual(['Councillor Mohammed Aikhlaq', 'Debbie Clancy', 'Diane Donaldson', 'Kath Scott', 'Alex Yip']);
    expect(minutes.alsoPresent).toHaveLength(9);
    expect(minutes.apologies).toEqual(['Shabrana Hussain', 'Kerry Jenkins']);
  });

  it('reads the eleven numbered headings, bold or marked as markdown headings', async () => {
    const { minutes, unclaimed } = await minutesOf('birmingham_csc_osc_2019-02-13_action_notes.md');
    expect(minutes.items.map(row)).toEqual([
      ['1', null, 'NOTICE OF RECORDING/WEBCAST', [], []],
      ['2', null, 'DECLARATIONS OF INTERESTS', [], []],
      ['3', null, 'APOLOGIES', [], []],
      ['4', null, 'ACTION NOTES', [0], []],
      ['5', null, "OFSTED INSPECTION OF CHILDREN'S SOCIAL CARE SERVICES", [0], []],
      ['6', null, 'UPDATE ON THE CHILD POVERTY ACTION FORUM', [0], []],
      ['7', null, 'WORK PROGRAMME', [], []],
      ['8', null, 'DATE OF THE NEXT MEETING', [], []],
      ['9', null, 'REQUEST(S) FOR CALL IN/COUNCILLOR CALL FOR ACTION/PETITIONS RECEIVED (IF ANY)', [], []],
      ['10', null, 'OTHER URGENT BUSINESS', [], []],
      ['11', null, 'AUTHORITY TO CHAIRMAN AND OFFICERS', [0], []],
    ]);
    expect(minutes.items[5].resolutions[0].text).toBe('RESOLVED: The update was noted.');
    expect(unclaimed).toEqual([]);
  });
});
