import { describe, expect, it } from 'vitest';
import { fixture } from '../../helpers.js';
import { readFrontSheet, row, type Row } from './read.js';

describe('plain `pdftotext` output, where each number sits on a line above its title', () => {
  it('reads the Milburn parish agenda as the PDF reads', async () => {
    const sheet = await readFrontSheet(fixture('frontsheet', 'milburn_parish_council_2019-09-03_agenda_pdftotext_raw.txt'));
    expect(sheet.meeting).toMatchObject({ body: 'Milburn Parish Council', date: '2019-09-03', time: '19:30', venue: 'Milburn Village Hall' });
    expect(sheet.agenda.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']);
    expect(sheet.agenda[8].title).toBe('Finance');
    expect(sheet.agenda[8].description).toMatch(/^K & A Thompson & Son - Larch for seat repairs £ 48\.00 EDC Parish/);
    expect(sheet.warnings).toEqual([]);
  });

  it('reads the Kent Cabinet venue without the contact officer\'s name printed below it', async () => {
    const sheet = await readFrontSheet(fixture('frontsheet', 'kent_cabinet_2025-03-13_agenda_frontsheet_pdftotext_raw.txt'));
    expect(sheet.meeting).toMatchObject({ committee: 'Cabinet', date: '2025-03-13', time: '15:00', venue: 'Council Chamber, Sessions House, County Hall, Maidstone' });
    expect(sheet.agenda.map(row)).toEqual<Row[]>([
      ['1', 'Apologies', null, null],
      ['2', 'Declarations of Interest', null, null],
      ['3', 'Consideration of Decision 24/00093 (if required)', null, null],
    ]);
    expect(sheet.warnings.map((w) => w.code)).toEqual(['unparsed-lines']); // the "Note – Meeting organised …" paragraph
  });
});
