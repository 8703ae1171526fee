import { describe, expect, it } from 'vitest';
import { fixture } from '../../helpers.js';
import { readFrontSheet, row, type Row } from './read.js';

describe('a parish agenda under the clerk\'s summons letter (Whitbourne, 3 December 2025)', async () => {
  const sheet = await readFrontSheet(fixture('frontsheet', 'whitbourne_pc_full_council_2025-12-03_agenda.pdf'));

  it('reads body, date, time and venue from "You are summoned to the meeting of … to be held on … at 7.30pm in …"', () => {
    expect(sheet.meeting).toMatchObject({
      body: 'Whitbourne Parish Council',
      committee: 'Whitbourne Parish Council',
      date: '2025-12-03',
      time: '19:30',
      venue: 'Whitbourne Village Hall',
      source: { page: 1 },
    });
  });

  it('lists all items: decimal sub-items, "10.To receive …" with no space after the dot, across the page break', () => {
    expect(sheet.agenda.map(row)).toEqual<Row[]>([
      ['1', 'To accept Apologies for Absence', null, null],
      ['2', 'To receive Declarations of Interest', null, null],
      ['3', 'To approve the minutes of the Parish Council meeting held on 8th October 2025', null, null],
      ['4', 'Matters arising from minutes', null, null],
      ['5', 'Public Participation', null, null],
      ['6', 'To receive report from Ward Councillor', null, null],
      ['7', 'To receive the Clerk’s report', null, null],
      ['8', 'Financial Matters', null, null],
      ['8.1', 'To approve accounts for payment', null, null],
      ['8.2', 'To approve Bank Reconciliation to 30th November 2025', null, null],
      ['8.3', 'To approve Income and Expenditure reconciliation to 30th November 2025', null, null],
      ['8.4', 'To review 2025/2026 budget versus spend', null, null],
      ['8.5', 'To review and approve the budget and precept request for 2026/27', null, null],
      ['9', 'Planning Consultations', null, null],
      ['9.1', '252768 - Land at Yew Tree Cottage, Bringsty Common', null, null],
      ['9.2', '253035 - Bramble Cottage, Bringsty Common', null, null],
      ['9.3', '253104 - Agricultural Building at Boat Meadow, Boat Lane', null, null],
      ['9.4', '253301 - Barn at Lower Elmores End, Bringsty Common', null, null],
      ['10', 'To receive report regarding the Lengthsman Scheme', null, null],
      ['11', 'To determine approach to NDP review and group setup', null, null],
      ['12', 'To determine approach to the Biodiversity Action Plan', null, null],
      ['13', 'To determine approach to Ukrainian twinning proposals', null, null],
      ['14', 'To consider applying for a Play Area Capital Investment Grant', null, null],
      ['15', 'To receive reports from: Village Hall, Playing Fields, Manorial Court', null, null],
      ['16', 'To receive report regarding the Glebe/woodlands', null, null],
      ['17', 'To report village issues regarding road maintenance, clearance, etc.', null, null],
    ]);
  });

  it('keeps the "DRAFT" watermark out of item 1\'s title', () => {
    expect(sheet.agenda[0].title).not.toMatch(/DRAFT/);
    expect(sheet.agenda.map((i) => i.description ?? '').join(' ')).not.toMatch(/DRAFT/);
  });

  it('reads the text after " - " as the description, and the payments under 8.1 as its text', () => {
    expect(sheet.agenda[4].description).toBe('members of the public are allowed 10 minutes to address the Council');
    expect(sheet.agenda[8].description).toBe(
      'Clerk Salary: Oct/Nov 25 & HMRC PAYE, Clerk expenses: Sep/Oct 25 (£195.88), Lengthsman (£942.00), DCC (£1250.00), Defibrillator consumables (£71.40), Playing Fields hedge cutting (£165.00), Village Hall (£12.00)',
    );
  });

  it('does not read the closing "Members of the public are welcome …" note as item 17\'s text', () => {
    expect(sheet.agenda[25].description).toBeNull();
  });

  it('places every line: the heading repeated on page 2, the clerk\'s signature, the watermark', () => {
    expect(sheet.warnings).toEqual([]);
    expect(sheet.claimed.size).toBe(sheet.lines.length);
  });
});

describe('a parish notice with no AGENDA title, summoning members "for the purposes of transacting the following business" (Wroxton & Balscote, 4 November 2024)', async () => {
  const sheet = await readFrontSheet(fixture('frontsheet', 'wroxton_balscote_pc_full_council_2024-11-04_agenda.pdf'));

  it('reads the council from the summons, and the date, place and time from the heading above it', () => {
    expect(sheet.meeting).toMatchObject({
      body: 'Wroxton and Balscote Parish Council',
      committee: 'Wroxton and Balscote Parish Council',
      date: '2024-11-04',
      time: '19:30',
      venue: 'Balscote Village Hall',
    });
  });

  it('keeps lettered sub-items as items, numbered as printed under their item, and reads items 10-12 after three pages of planning applications', () => {
    expect(sheet.agenda.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies'],
      ['2', 'Welcome'],
      ['3', 'Declarations of interest'],
      ['4', 'Minutes of previous meeting'],
      ['5', 'Matters Arising'],
      ['6', 'Public Forum'],
      ['7', 'Finance'],
      ['8', 'DECISIONS'],
      ['8a', 'To approve Heads of Terms re lease of Stonepit 6 MR'],
      ['8b', 'To request Fisher German to put the opportunity to bid for the 2 telecoms lease to the wider aggregator market MR'],
      ['8c', 'Subject to Fisher German’s view of the RFO’s calculations, to advise setting our minimum rental requirement as £11000 p.a. for 7 years with a maximum lease of 25 years MR'],
      ['8d', 'To ratify the allocation decision for Village Halls MR'],
      ['8e', 'To note updated remuneration for Clerk'],
      // The paper letters these two "a)" and "b)" again after "e)": kept as printed.
      ['8a', 'DISCUSSIONS'],
      ['8b', 'CLERK UPDATE'],
      ['9', 'Planning Applications'],
      ['10', 'Correspondence Distributed as received'],
      ['11', 'AOB'],
      ['12', 'Date Of Next Meeting - 6th January 2025. Wroxton Village Hall'],
    ]);
  });

  it('keeps the bullet under "7. Finance" and the numbered list under "a) DISCUSSIONS" as their text', () => {
    expect(sheet.agenda[6].description).toBe('● Bank reconciliation');
    expect(sheet.agenda[13].description).toMatch(/^1\. Request from resident for notices re dog fouling HM 2\. Volunteer drivers .* 7\. Salt bins\/bags\. DC$/);
  });

  it('places every line of the three pages', () => {
    expect(sheet.warnings).toEqual([]);
    expect(sheet.claimed.size).toBe(sheet.lines.length);
  });
});
