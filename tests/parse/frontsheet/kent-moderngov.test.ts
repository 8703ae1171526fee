import { describe, expect, it } from 'vitest';
import { fixture } from '../../helpers.js';
import { lineOf, readFrontSheet, row, type Row } from './read.js';

const rows = (agenda: Parameters<typeof row>[0][]) => agenda.map(row);

describe('a Kent County Council summons (ModernGov, 13 March 2025)', async () => {
  const sheet = await readFrontSheet(fixture('frontsheet', 'kent_county_council_2025-03-13_agenda_frontsheet.pdf'));

  it('reads the meeting from the summons sentence, not from the letter date above it', () => {
    expect(sheet.meeting).toMatchObject({
      body: null, // "Kent County Council" is not in the text layer, only in the logo
      committee: 'County Council',
      date: '2025-03-13',
      time: '10:00',
      venue: 'Council Chamber, County Hall, Maidstone, Kent, ME14 1XQ',
    });
  });

  it('lists the 17 items with their page ranges, wrapped titles joined and ranges taken out', () => {
    expect(rows(sheet.agenda)).toEqual<Row[]>([
      ['1', 'Apologies for Absence', null, null],
      ['2', 'Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the agenda', null, null],
      ['3', 'Minutes of the meeting held on 13 February 2025 and, if in order, to be approved as a correct record', [1, 14], null],
      ['4', 'Corporate Parenting Panel - October 2024 and December 2024 Minutes for noting', [15, 30], null],
      ['5', "Chairman's Announcements", null, null],
      ['6', 'Questions', null, null],
      ['7', 'Report by Leader of the Council', null, null],
      ['8', 'Kent Minerals and Waste Local Plan 2024-39', null, null],
      ['9', 'Review of Decision 24/00093 - Commissioned Family Hubs', [31, 190], null],
      ['10', 'Armed Forces Covenant - Annual Report', [191, 222], null],
      ['11', 'Devolution and Local Government Reorganisation Update', [223, 244], null],
      ['12', 'Treasury Management - Mid-Year Update 2024-25', [245, 266], null],
      ['13', 'Joint Health Overview & Scrutiny Committee - Terms of Reference update', [267, 274], null],
      ['14', 'Governance & Audit Terms of Reference update', [275, 284], null],
      ['15', 'Governance Updates', [285, 334], null],
      ['16', 'Pay Policy Statement 2025/26', [335, 340], null],
      ['17', 'Motion for Time Limited Debate', [341, 342], null],
    ]);
  });

  it('keeps the "See supplement pack" note as the description of item 8', () => {
    expect(sheet.agenda[7].description).toBe('See supplement pack published alongside the main agenda');
    expect(sheet.agenda.filter((i) => i.description !== null)).toHaveLength(1);
  });

  it('marks apologies, declarations and minutes as standing business, and nothing else', () => {
    expect(sheet.agenda.filter((i) => i.procedural).map((i) => i.number)).toEqual(['1', '2', '3']);
  });

  it('points each item at its heading line on page 3 or 4', () => {
    expect(sheet.agenda[0].source).toEqual({ page: 3, line: lineOf(sheet.lines, 'Apologies for Absence').line });
    expect(sheet.agenda[11].source.page).toBe(4);
  });

  it('places every line of the sheet, the letterhead and the sign-off included, so it warns of nothing', () => {
    expect(sheet.warnings).toEqual([]);
    expect(sheet.claimed.has(lineOf(sheet.lines, 'General Counsel').line)).toBe(true);
  });
});

describe('a Kent County Council budget summons (ModernGov, 13 February 2025)', async () => {
  const sheet = await readFrontSheet(fixture('frontsheet', 'kent_county_council_2025-02-13_agenda_frontsheet.pdf'));

  it('reads the meeting and does not take the cover\'s "County Council" line for the council\'s name', () => {
    expect(sheet.meeting).toMatchObject({
      body: null,
      committee: 'County Council',
      date: '2025-02-13',
      time: '09:30',
      venue: 'Council Chamber, County Hall, Maidstone, Kent, ME14 1XQ',
    });
  });

  it('lists the six items, with a range set at the end of a wrapped title\'s first line', () => {
    expect(rows(sheet.agenda)).toEqual<Row[]>([
      ['1', 'Apologies for Absence', null, null],
      ['2', 'Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the agenda', null, null],
      ['3', 'Minutes of the meetings held on 19 December 2024 and 9 January 2025 and, if in order, to be approved as a correct record', [1, 26], null],
      ['4', "Chairman's Announcements", null, null],
      ['5', 'Section 25 Report', [27, 36], null],
      ['6', 'Capital Programme 2025-35 and Revenue Budget 2025-26 (including Council Tax Setting 2025/26)', [37, 250], null],
    ]);
    expect(sheet.warnings).toEqual([]);
  });
});

describe('a Kent Cabinet agenda (ModernGov committee sheet, 13 March 2025)', async () => {
  const sheet = await readFrontSheet(fixture('frontsheet', 'kent_cabinet_2025-03-13_agenda_frontsheet.pdf'));

  it('reads the committee, date and time, and the venue without the "Ask for / Telephone / Email" column beside it', () => {
    expect(sheet.meeting).toMatchObject({
      body: null,
      committee: 'Cabinet', // printed "CABINET": names set in capitals are given in their usual case
      date: '2025-03-13',
      time: '15:00',
      venue: 'Council Chamber, Sessions House, County Hall, Maidstone',
    });
  });

  it('lists the three unrestricted items and reads the UNRESTRICTED / EXEMPT ITEMS markers as no item', () => {
    expect(rows(sheet.agenda)).toEqual<Row[]>([
      ['1', 'Apologies', null, null],
      ['2', 'Declarations of Interest', null, null],
      ['3', 'Consideration of Decision 24/00093 (if required)', null, null],
    ]);
    expect(sheet.agenda.map((i) => i.description)).toEqual([null, null, null]);
    expect(sheet.agenda.map((i) => i.procedural)).toEqual([true, true, false]);
  });

  it('warns, with its page and lines, about the note it could not place', () => {
    const note = lineOf(sheet.lines, 'Note – Meeting organised');
    expect(sheet.warnings).toEqual([
      {
        code: 'unparsed-lines',
        // The note's first 60 characters, cut at a word: "Note – Meeting organised to allow for consideration, if required, …" on page 1.
        message: `2 lines of the front sheet on page 1 were not understood (line ${note.line}–${note.line + 1}), starting "Note – Meeting organised to allow for consideration, if…".`,
        source: { page: 1, line: note.line },
        lines: [note.line, note.line + 1],
      },
    ]);
  });
});

describe('the same Kent summons as `pdftotext -layout` text, without geometry', async () => {
  const sheet = await readFrontSheet(fixture('frontsheet', 'kent_county_council_2025-03-13_agenda_frontsheet_pdftotext_layout.txt'));

  it('joins wrapped titles by their indent and length, and keeps "See supplement pack" as a description', () => {
    expect(sheet.agenda.map((i) => i.title).slice(1, 4)).toEqual([
      'Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the agenda',
      'Minutes of the meeting held on 13 February 2025 and, if in order, to be approved as a correct record',
      'Corporate Parenting Panel - October 2024 and December 2024 Minutes for noting',
    ]);
    expect(sheet.agenda[7].description).toBe('See supplement pack published alongside the main agenda');
    expect(sheet.agenda[12].title).toBe('Joint Health Overview & Scrutiny Committee - Terms of Reference update');
  });

  it('gives the same 17 numbers and page ranges, and the same meeting, as the PDF', () => {
    expect(sheet.agenda.map((i) => [i.number, i.pages && [i.pages.from, i.pages.to]])).toEqual([
      ['1', null], ['2', null], ['3', [1, 14]], ['4', [15, 30]], ['5', null], ['6', null], ['7', null], ['8', null],
      ['9', [31, 190]], ['10', [191, 222]], ['11', [223, 244]], ['12', [245, 266]], ['13', [267, 274]],
      ['14', [275, 284]], ['15', [285, 334]], ['16', [335, 340]], ['17', [341, 342]],
    ]);
    expect(sheet.meeting).toMatchObject({ committee: 'County Council', date: '2025-03-13', time: '10:00', venue: 'Council Chamber, County Hall, Maidstone, Kent, ME14 1XQ' });
    expect(sheet.warnings).toEqual([]);
  });
});

describe('the Kent Cabinet public reports pack: the front sheet and its blank back page', async () => {
  const sheet = await readFrontSheet(fixture('frontsheet', 'kent_cabinet_2025-03-13_public_reports_pack.pdf'));

  it('reads the same three items and counts the "intentionally left blank" note as part of the sheet', () => {
    expect(sheet.agenda.map((i) => i.title)).toEqual(['Apologies', 'Declarations of Interest', 'Consideration of Decision 24/00093 (if required)']);
    const blank = lineOf(sheet.lines, 'This page is intentionally left blank');
    expect(blank.page).toBe(2);
    expect(sheet.claimed.has(blank.line)).toBe(true);
  });
});
