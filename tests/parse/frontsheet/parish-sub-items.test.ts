import { describe, expect, it } from 'vitest';
import { fixture } from '../../helpers.js';
import { readFrontSheet } from './read.js';

describe('a parish agenda with (a) (b) sub-items and "Title – To …" items (Sheet, 11 July 2023)', async () => {
  const sheet = await readFrontSheet(fixture('frontsheet', 'sheet_pc_full_council_2023-07-11_agenda.pdf'));

  it('reads the meeting from "Members of the public and press are welcome to attend a meeting on Tuesday, 11th July 2023 at 7.00 p.m."', () => {
    expect(sheet.meeting).toMatchObject({
      body: 'Sheet Parish Council',
      committee: 'Sheet Parish Council',
      date: '2023-07-11',
      time: '19:00',
      venue: null, // the sheet prints no place for this meeting
    });
  });

  it('numbers each lettered sub-item after its item, and keeps a letter printed out of order as printed', () => {
    expect(sheet.agenda.map((i) => i.number)).toEqual([
      '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '10a', '10b', '10c', '10d', '11', '12', '13', '13a', '13b', '13c',
      '14', '15', '16', '17', '18', '19', '19a', '19b', '19a', '19b', '19c', '19d', '19e', '20', '21', '22',
    ]);
    const byNumber = (n: string) => sheet.agenda.filter((i) => i.number === n).map((i) => i.title);
    expect(byNumber('10b')).toEqual(['To approve the June bank reconciliations']);
    // "(a) The Old Billiard Room – …", "(b) Sheet Common –", then "(a) Millennium Field –" again.
    expect(byNumber('19a')).toEqual(['The Old Billiard Room', 'Millennium Field']);
    expect(byNumber('19e')).toEqual(['Sheet Village Hall']);
  });

  it('splits "Co-Option Process - To approve …" into title and description, but not "HCC – Tree Planting Project"', () => {
    const item = (n: string) => sheet.agenda.find((i) => i.number === n)!;
    expect([item('4').title, item('4').description]).toEqual(['Co-Option Process', 'To approve the co-option of a new Parish Councillor for Sheet']);
    expect([item('7').title, item('7').description]).toEqual([
      'Parish Priority Statement',
      'To receive feedback from the working party and to discuss/agree the process for community engagement.',
    ]);
    expect([item('18').title, item('18').description]).toEqual(['HCC – Tree Planting Project', 'To receive feedback from liaison with the Project Manager']);
    // An item that is itself "To …" keeps its dash: one sentence.
    expect(item('10d').title).toBe('To receive an update on actions outstanding – deposit and current accounts');
  });

  it('reads the planning table under "11. Planning –" as its text, not its title', () => {
    const planning = sheet.agenda.find((i) => i.number === '11')!;
    expect(planning.title).toBe('Planning');
    expect(planning.description).toMatch(/^Part 8 notification – Installation for a/);
    expect(planning.description).toMatch(/Petersfield GU31 4EZ\.$/);
  });

  it('keeps bulleted lines as the text of their item', () => {
    const mill = sheet.agenda.find((i) => i.number === '14')!;
    expect(mill.title).toBe('Mill Lane');
    expect(mill.description).toBe(
      '• To receive any feedback from S. Water in respect of the sewage issues. • To note residents’ concerns about erosion of the lane and agree response',
    );
  });

  it('reads the chairman, clerk and address lines as the letterhead, leaving no line unplaced', () => {
    expect(sheet.warnings).toEqual([]);
    expect(sheet.claimed.size).toBe(sheet.lines.length);
  });
});

describe('a community council agenda with a "19:00-21:00" slot and lettered updates (Broomhill, Glasgow, 12 November 2025)', async () => {
  const sheet = await readFrontSheet(fixture('frontsheet', 'broomhill_community_council_glasgow_monthly_meeting_2025-11-12_agenda.pdf'));

  it('reads the council under "Meeting (no.445) of", the start time, and the venue without the slot\'s end', () => {
    expect(sheet.meeting).toMatchObject({
      body: 'Broomhill Community Council',
      committee: 'Broomhill Community Council',
      date: '2025-11-12',
      time: '19:00',
      venue: 'Broomhill Primary School Library 57 Edgehill Rd, G11 7HZ',
    });
  });

  it('lists the items with "(a) Chair" … as sub-items and the forum\'s "(∼19:30-20:00)" as its time slot', () => {
    expect(sheet.agenda.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Welcome'],
      ['2', 'Introductions'],
      ['3', 'Sederunt and apologies'],
      ['4', 'Previous Minutes (approved via Slack)'],
      ['4a', 'matters arising'],
      ['5', 'Councillor reports'],
      ['6', 'Office Bearers reports'],
      ['6a', 'Chair'],
      ['6b', 'Vice-Chair'],
      ['6c', 'Secretary & Correspondence'],
      ['6d', 'Treasurer'],
      ['7', 'Public Open Forum'],
      ['8', 'Updates'],
      ['8a', 'VPAP – Neighbourhood Infrastructure Improvement Fund'],
      ['8b', 'VPCT'],
      ['8c', 'Friends of Naseby Park'],
      ['8d', 'RPZ & Thornwood Roundabout'],
      ['8e', 'Planning'],
      ['8f', 'Messaging'],
      ['8g', 'Recruitment'],
      ['9', 'AOCB'],
    ]);
    expect(sheet.agenda[11].time).toEqual({ from: '19:30', to: '20:00' });
  });

  it('places every line', () => {
    expect(sheet.warnings).toEqual([]);
    expect(sheet.claimed.size).toBe(sheet.lines.length);
  });
});
