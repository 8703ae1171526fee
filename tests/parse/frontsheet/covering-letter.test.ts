/**
 * ModernGov's covering letter for a supplement: "Dear Member / COUNTY COUNCIL - THURSDAY,
 * 13 MARCH 2025 / Agenda Item No / 6 Questions (Pages 1 - 18)". The letter's own date,
 * printed in the contact column above, is not the meeting's.
 */
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../src/extract.js';
import { fixture } from '../../helpers.js';
import { readFrontSheet, row, type Row } from './read.js';

describe('a supplement\'s covering letter (Kent County Council, questions for 13 March 2025)', async () => {
  const sheet = await readFrontSheet(fixture('frontsheet', 'kent_county_council_2025-03-13_questions_covering_letter.pdf'));

  it('reads the committee and date from the subject line under "Dear Member"', () => {
    expect(sheet.meeting).toMatchObject({ body: null, committee: 'County Council', date: '2025-03-13', time: null, venue: null, source: { page: 1, line: 6 } });
  });

  it('reads the item it encloses under "Agenda Item No", with its page range', () => {
    expect(sheet.agenda.map(row)).toEqual<Row[]>([['6', 'Questions', [1, 18], null]]);
  });

  it('places every line: contact column, salutation, "Yours sincerely" and the sign-off', () => {
    expect(sheet.warnings).toEqual([]);
  });

  it('is handed to the front-sheet parser as an agenda, not read as a letter', async () => {
    const { pack } = await extractFile(fixture('frontsheet', 'kent_county_council_2025-03-13_questions_covering_letter.pdf'));
    expect(pack.documents.map((d) => [d.kind, d.pages.from, d.pages.to])).toEqual([['agenda', 1, 2]]);
    expect(pack.agenda.map((i) => i.number)).toEqual(['6']);
  });
});

describe('a covering letter sent after the meeting, dated 27 February 2025 (Kent County Council budget amendments)', () => {
  it('gives the meeting of 13 February 2025 from the subject line, not the letter\'s date', async () => {
    const { pack } = await extractFile(fixture('frontsheet', 'kent_county_council_2025-02-13_budget_amendments_covering_letter.pdf'));
    expect(pack.meeting).toMatchObject({ committee: 'County Council', date: '2025-02-13' });
  });
});
