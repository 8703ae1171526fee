/**
 * A report printed alone (no front sheet, no minutes) still says which meeting it goes to:
 * the cover's readers give the pack's meeting.
 */
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../src/extract.js';
import { allLines } from '../../../src/layout/types.js';
import { readCoverMeeting } from '../../../src/parse/frontsheet/index.js';
import { fixture, loadLayout } from '../../helpers.js';

async function cover(file: string) {
  return readCoverMeeting(allLines(await loadLayout(fixture('frontsheet', file))));
}

describe('the meeting a report is for, read from its cover', () => {
  it('reads council, committee and "Date: 17 January 2024" from a Birmingham report cover', async () => {
    expect(await cover('birmingham_ecyp_osc_2024-01-17_report_cover.txt')).toMatchObject({
      body: 'Birmingham City Council',
      committee: 'Education, Children and Young People Overview and Scrutiny Committee',
      date: '2024-01-17',
      time: null,
      venue: null,
      source: { line: 4 },
    });
  });

  it('reads "To: Cabinet – 4th March 2025" from a Kent report cover', async () => {
    expect(await cover('kent_cabinet_2025-03-04_budget_update_report_page1.pdf')).toMatchObject({
      body: null, // the cover does not print the council's name
      committee: 'Cabinet',
      date: '2025-03-04',
      time: null,
    });
  });

  it('reads "Royal Sutton Coldfield Town Council Meeting 21 February 2017" as a meeting of the council', async () => {
    expect(await cover('royal_sutton_coldfield_tc_full_council_2017-02-21_report_item166_page1.pdf')).toMatchObject({
      body: 'Royal Sutton Coldfield Town Council',
      committee: 'Royal Sutton Coldfield Town Council',
      date: '2017-02-21',
      venue: null,
    });
  });

  it('gives the pack its meeting when the file is a report alone', async () => {
    const { pack } = await extractFile(fixture('frontsheet', 'kent_cabinet_2025-03-04_budget_update_report_page1.pdf'));
    expect(pack.meeting).toMatchObject({ committee: 'Cabinet', date: '2025-03-04' });
    expect(pack.agenda).toEqual([]);
  });
});
