/**
 * Papers in house styles no specific reader was written for: the generic readers give what
 * they can and the rest is reported, so a new council's paper is "mostly right, and says where
 * not" instead of "nothing".
 */
import { describe, expect, it } from 'vitest';
import { fixture } from '../../helpers.js';
import { readFrontSheet } from './read.js';

describe('a US district council\'s agenda form headed "MEETING AGENDA" (Chicago, 6 June 2023)', async () => {
  const sheet = await readFrontSheet(fixture('frontsheet', 'chicago_police_district_council_001_2023-06-06_agenda.pdf'));

  it('reads the numbered items under "MEETING AGENDA"', () => {
    expect(sheet.agenda.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(sheet.agenda.map((i) => i.title)).toEqual([
      'Roll Call & Quorum Determination',
      'Public comment',
      // The date after "meeting date:" is a form field's value, not in the text layer.
      'Approval of minutes from meeting date',
      'District Council member updates',
      'Discussions',
      'Votes',
      'Announcement of the next regular meeting',
    ]);
  });

  it('reports the heading lines it could not read as meeting details, with their page', () => {
    expect(sheet.warnings.map((w) => [w.code, w.source.page, w.source.line])).toEqual([['unparsed-lines', 1, 1]]);
    // Said as coverage says it for every document: "City of Chicago", then "001" down to "Location/Address: …".
    expect(sheet.warnings[0].message).toMatch(/^6 lines of the front sheet on page 1 were not understood \(line 1, 3–7\), starting "City of Chicago"\.$/);
    expect(sheet.warnings[0].lines).toEqual([1, 3, 4, 5, 6, 7]);
  });
});

describe('a paper headed "26.11.25 / Parent Council Meeting 7pm-9pm / Hyndland Primary School" with no numbered items', async () => {
  const sheet = await readFrontSheet(fixture('frontsheet', 'hyndland_primary_parent_council_2025-11-26_heading_page1.pdf'));

  it('still gives the meeting its heading names: who meets, the date, the start time and the place', () => {
    expect(sheet.meeting).toMatchObject({ body: null, committee: 'Parent Council', date: '2025-11-26', time: '19:00', venue: 'Hyndland Primary School' });
    expect(sheet.agenda).toEqual([]);
    expect(sheet.warnings.map((w) => w.code)).toEqual(['front-sheet-not-found']);
  });
});
