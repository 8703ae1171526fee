import { describe, expect, it } from 'vitest';
import { fixture } from '../../helpers.js';
import { lineOf, readFrontSheet, row, type Row } from './read.js';

describe('a Birmingham CMIS front sheet in plain text (ECYP O&S, 4 December 2024)', async () => {
  const sheet = await readFrontSheet(fixture('frontsheet', 'birmingham_ecyp_osc_2024-12-04_frontsheet.txt'));

  it('reads council, committee, date, time and venue from the capitalised heading block', () => {
    expect(sheet.meeting).toMatchObject({
      body: 'Birmingham City Council',
      committee: 'Education, Children and Young People Overview and Scrutiny Committee',
      date: '2024-12-04',
      time: '10:00',
      venue: 'Committee Rooms 3 & 4, Council House, Victoria Square, Birmingham, B1 1BB',
    });
  });

  it('lists the 12 items: ranges before or after their heading, time slots taken out of titles', () => {
    expect(sheet.agenda.map(row)).toEqual<Row[]>([
      ['1', 'NOTICE OF RECORDING/WEBCAST', null, null],
      ['2', 'APOLOGIES', null, null],
      ['3', 'DECLARATIONS OF INTERESTS', null, null],
      ['4', 'MINUTES', [5, 16], null], // "5 - 16" printed on the line after the heading
      ['5', 'ACTION TRACKER', [17, 28], null], // "17 - 28" printed on the line before it
      ['6', 'PROGRESS REPORT ON IMPLEMENTATION OF CHILD CRIMINAL EXPLOITATION (CCE) INQUIRY RECOMMENDATIONS', [29, 78], ['10:05', '11:00']],
      ['7', 'CHILDREN AND FAMILIES DIRECTORATE CONTINUOUS IMPROVEMENT PLAN (CIP) UPDATE', null, ['11:00', '12:00']],
      ['8', 'SEND COMMISSIONER', null, ['12:00', '13:00']],
      ['9', 'WORK PROGRAMME', null, null],
      ['10', 'REQUEST(S) FOR CALL IN/COUNCILLOR CALL FOR ACTION/PETITIONS RECEIVED (IF ANY)', null, null],
      ['11', 'OTHER URGENT BUSINESS', null, null],
      ['12', 'DATE AND TIME OF NEXT MEETING', null, null],
    ]);
  });

  it('infers the number lost from "29 - 78 PROGRESS REPORT …", flags it and says so', () => {
    expect(sheet.agenda.map((i) => i.numberInferred)).toEqual([false, false, false, false, false, true, false, false, false, false, false, false]);
    const heading = lineOf(sheet.lines, '29 - 78 PROGRESS REPORT');
    expect(sheet.warnings).toEqual([
      { code: 'number-inferred', message: expect.stringContaining('number 6'), source: { page: heading.page, line: heading.line } },
    ]);
  });

  it('splits the "… in attendance" paragraphs into one entry per person, role kept as printed', () => {
    expect(sheet.agenda[5].attending).toEqual([
      'Cllr Mick Brown, Cabinet Member, Children, Young People and Families',
      'Dr Sue Harrison, Strategic Director for Children and Families',
      'Razia Butt, Director, Thriving Children and Families',
      'Steve Kay, Director, Schools and Employability',
      'Waqar Ahmed, Assistant Director, Community Safety and Resilience, City Operations',
      "Lisa Harris, Director Help and Protection (on behalf of James Thomas, Chief Executive, Birmingham Children's Trust)",
    ]);
    expect(sheet.agenda[6].attending).toEqual([
      'Dr Sue Harrison, Strategic Director for Children and Families',
      'Fayth Skeete, Head of Strategic, Governance and Planning',
    ]);
    expect(sheet.agenda[7].attending).toEqual(['Mr John Coughlan CBE the SEND Commissioner for Birmingham', 'Helen Ellis, Director of SEND and Inclusion']);
    expect(sheet.agenda[5].description).toBeNull();
  });

  it('keeps the text under a heading as its description, without markup', () => {
    expect(sheet.agenda[1].description).toBe('To receive any apologies.');
    expect(sheet.agenda[0].description).toContain("via the Council's Public-I microsite (please click this link) and that");
    expect(sheet.agenda[11].description).toBe('To note the date of the next meeting is 22 January 2025 at 10am in committee rooms 3 & 4.');
  });

  it('marks standing business as procedural, but not the action tracker, reports or work programme', () => {
    expect(sheet.agenda.filter((i) => i.procedural).map((i) => i.number)).toEqual(['1', '2', '3', '4', '10', '11', '12']);
  });

  it('stops where the previous minutes begin, claiming none of their lines', () => {
    const minutesTitle = sheet.lines.filter((l) => l.text === 'BIRMINGHAM CITY COUNCIL')[1];
    expect(minutesTitle).toBeDefined();
    expect(sheet.claimed.has(minutesTitle.line)).toBe(false);
    expect(Math.max(...sheet.claimed)).toBeLessThan(minutesTitle.line);
  });
});

describe('a Birmingham CMIS front sheet in markdown (CSC O&S, 13 March 2019)', async () => {
  const sheet = await readFrontSheet(fixture('frontsheet', 'birmingham_csc_osc_2019-03-13_frontsheet.md'));

  it('reads the meeting through the markdown emphasis and headings', () => {
    expect(sheet.meeting).toMatchObject({
      body: 'Birmingham City Council',
      committee: "Children's Social Care Overview and Scrutiny Committee",
      date: '2019-03-13',
      time: '10:00',
      venue: 'Committee Room 2, Council House, Victoria Square, Birmingham, B1 1BB',
    });
  });

  it('lists the 11 items, giving each floating range to the right heading', () => {
    expect(sheet.agenda.map(row)).toEqual<Row[]>([
      ['1', 'NOTICE OF RECORDING/WEBCAST', null, null],
      ['2', 'DECLARATIONS OF INTERESTS', null, null],
      ['3', 'APOLOGIES', null, null],
      ['4', 'ACTION NOTES', [3, 6], null],
      ['5', 'CONTEXTUAL SAFEGUARDING', [7, 26], null],
      ['6', "BIRMINGHAM CHILDREN'S TRUST DEVELOPMENT PLAN 2019/20", [27, 40], null],
      ['7', 'WORK PROGRAMME', [41, 46], null],
      ['8', 'DATE OF NEXT MEETING', null, null],
      ['9', 'REQUEST(S) FOR CALL IN/COUNCILLOR CALL FOR ACTION/PETITIONS RECEIVED (IF ANY)', null, null],
      ['10', 'OTHER URGENT BUSINESS', null, null],
      ['11', 'AUTHORITY TO CHAIRMAN AND OFFICERS', null, null],
    ]);
    expect(sheet.warnings).toEqual([]);
  });

  it('separates the description from the attendance note, joining a note broken over two lines', () => {
    expect(sheet.agenda[4].description).toBe('To include coverage of missing children, CSE and FGM and the front door arrangements at the Trust.');
    expect(sheet.agenda[4].attending).toHaveLength(2);
    expect(sheet.agenda[4].attending[1]).toBe('Superintendents Paul Drover & Matt Shaer, West Midlands Police');
    expect(sheet.agenda[5].attending).toEqual(["Andy Couldrick, Chief Executive, Children's Trust", "Dr Tim O'Neill, Director for Education & Skills"]);
  });

  it('counts the action notes and authority to chair as standing business', () => {
    expect(sheet.agenda.filter((i) => i.procedural).map((i) => i.number)).toEqual(['1', '2', '3', '4', '8', '9', '10', '11']);
  });
});
