/**
 * The generic readers: a board's agenda published as a web page, with its meeting in the
 * page's front matter and a bulleted list of items that carry no numbers.
 */
import { describe, expect, it } from 'vitest';
import { fixture } from '../../helpers.js';
import { readFrontSheet } from './read.js';

describe('an unnumbered board agenda with front matter (NHS Wales Technical Standards Board, 28 March 2019)', async () => {
  const sheet = await readFrontSheet(fixture('frontsheet', 'nhs_wales_technical_standards_board_board_2019-03-28_agenda.md'));

  it('reads the date, the UK clock time of "2019-03-28T14:00:00Z" and the location with its postcode', () => {
    expect(sheet.meeting).toMatchObject({
      body: null, // the page does not name the board
      committee: null,
      date: '2019-03-28',
      time: '14:00',
      venue: 'Room 4.07, Welsh Government offices, Cathays Park, Cardiff, CF10 3NQ',
    });
  });

  it('reads each bullet under "Agenda" as an item with no number, rather than finding none', () => {
    expect(sheet.agenda.map((i) => [i.number, i.numberInferred, i.title])).toEqual([
      [null, false, 'Minutes and Actions from February meeting'],
      [null, false, 'Presentation from e-prescribing team'],
      [null, false, 'Discussion ahead of National Informatics Management Board (NIMB) – 11 April'],
      [null, false, 'NIMB consideration of Statements of Principles - Doc 2'],
      [null, false, 'Any other business'],
    ]);
    expect(sheet.agenda[0].description).toBe('see link or Document 1 in bundle');
    expect(sheet.agenda.filter((i) => i.procedural).map((i) => i.title)).toEqual(['Minutes and Actions from February meeting', 'Any other business']);
  });

  it('places every line, the front matter included', () => {
    expect(sheet.warnings).toEqual([]);
    expect(sheet.claimed.size).toBe(sheet.lines.length);
  });
});
