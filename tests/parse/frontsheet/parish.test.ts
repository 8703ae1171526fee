import { describe, expect, it } from 'vitest';
import { fixture } from '../../helpers.js';
import { readFrontSheet, row, type Row } from './read.js';

describe('a parish council agenda (Milburn, 3 September 2019)', async () => {
  const sheet = await readFrontSheet(fixture('frontsheet', 'milburn_parish_council_2019-09-03_agenda.pdf'));

  it('reads the council, a date split over two lines, "@ 7.30pm" and the village hall', () => {
    expect(sheet.meeting).toMatchObject({
      body: 'Milburn Parish Council',
      committee: 'Milburn Parish Council', // a meeting of the council itself: no committee line is printed
      date: '2019-09-03',
      time: '19:30',
      venue: 'Milburn Village Hall',
    });
  });

  it('lists the 12 items with their titles as printed', () => {
    expect(sheet.agenda.map(row)).toEqual<Row[]>([
      ['1', 'To receive apologies for meeting', null, null],
      ['2', 'To register an interest in any item on the Agenda', null, null],
      ['3', 'To approve the minutes of the last meeting held on 2nd July 2019', null, null],
      ['4', 'To discuss matters arising from the minutes of the last meeting', null, null],
      ['5', 'Eden District Council Plan 2019-2023', null, null],
      ['6', 'Bonfire', null, null],
      ['7', 'EDC Review of Polling Stations', null, null],
      ['8', 'Milburn Village Hall', null, null],
      ['9', 'Finance', null, null],
      ['10', 'Correspondence and E-mails', null, null],
      ['11', 'Public Participation (at the Chairman’s Discretion)', null, null],
      ['12', 'Any Other Business', null, null],
    ]);
  });

  it('keeps the payments listed beside "Finance -" as its description', () => {
    expect(sheet.agenda[8].description).toBe(
      'K & A Thompson & Son - Larch for seat repairs £ 48.00 EDC Parish Uncontested Election Costs £105.00 Fellrunner Village Bus request for Donation Confirmation of direct debit set up for Data Protection to Information Commissioners (£5 annual reduction for D/D)',
    );
    expect(sheet.agenda[11].description).toBe('Date of the next meeting 12th November (due to Bonfire Night)');
  });

  it('reads "To receive apologies …", "To register an interest …" and the minutes as standing business', () => {
    expect(sheet.agenda.filter((i) => i.procedural).map((i) => i.number)).toEqual(['1', '2', '3', '4', '12']);
  });

  it('places every line, the clerk\'s contact details included', () => {
    expect(sheet.warnings).toEqual([]);
    expect(sheet.claimed.size).toBe(sheet.lines.length);
  });
});
