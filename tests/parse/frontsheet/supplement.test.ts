import { describe, expect, it } from 'vitest';
import { fixture } from '../../helpers.js';
import { readFrontSheet, row, type Row } from './read.js';

describe('a ModernGov supplementary agenda that opens at item 8 (Stockton, 24 October 2023)', async () => {
  const sheet = await readFrontSheet(fixture('frontsheet', 'stockton_adult_social_care_select_2023-10-24_supplement_frontsheet.pdf'));

  it('reads the committee printed above "Agenda", and the labelled date and venue', () => {
    expect(sheet.meeting).toMatchObject({
      body: null,
      committee: 'Adult Social Care and Health Select Committee',
      date: '2023-10-24',
      time: '16:00',
      venue: 'Jim Cooke Conference Suite, Stockton Central Library, Church Road, Stockton-on-Tees TS18 1TU',
    });
  });

  it('takes item 8 as the first item, with the range printed beside its description', () => {
    expect(sheet.agenda.map(row)).toEqual<Row[]>([['8', 'Scrutiny Review of Access to GPs and Primary Medical Care', [7, 56], null]]);
    expect(sheet.agenda[0].description).toBe(
      'To consider information on this scrutiny topic from the North East and North Cumbria Integrated Care Board (NENC ICB).',
    );
  });

  it('ends at page 1: the rights-to-attend page after it is not part of any item', () => {
    expect(sheet.lines.filter((l) => l.page === 2 && sheet.claimed.has(l.line))).toEqual([]);
    expect(sheet.warnings).toEqual([]);
  });
});
