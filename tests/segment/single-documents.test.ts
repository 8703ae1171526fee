/**
 * Files that are one document: each is read as one document of the right kind, so the
 * minutes parser gets the whole of a parish's minutes and an agenda goes to the front-sheet
 * parser.
 */
import { describe, expect, it } from 'vitest';
import { Context } from '../../src/context.js';
import { segmentPack } from '../../src/segment/index.js';
import { corpus, fixture, HAS_CORPUS, loadLayout } from '../helpers.js';

async function kinds(file: string): Promise<Array<[string, number, number]>> {
  const segments = segmentPack(await loadLayout(corpus('pdf', file)), new Context(file));
  return segments.map((s) => [s.kind, s.pages.from, s.pages.to]);
}

describe.skipIf(!HAS_CORPUS)('single-document files', () => {
  it('reads Milburn Parish Council minutes ("… - 12th November 2019" over "Present") as one set of minutes', async () => {
    expect(await kinds('milburn_parish_council_2019-11-12_minutes.pdf')).toEqual([['minutes', 1, 3]]);
  });

  it('reads the Horsley village hall minutes, whose heading breaks over a superscript "th", as minutes', async () => {
    expect(await kinds('horsley_village_hall_committee_2013-10-08_minutes.pdf')).toEqual([['minutes', 1, 2]]);
  });

  it('reads 171 pages of Baltimore minutes as one document though "MINUTES" heads every page', async () => {
    expect(await kinds('baltimore_board_of_estimates_2020-01-15_minutes.pdf')).toEqual([['minutes', 1, 171]]);
  });

  it('reads the Milburn and Chicago agendas as front sheets', async () => {
    expect(await kinds('milburn_parish_council_2019-09-03_agenda.pdf')).toEqual([['agenda', 1, 1]]);
    expect(await kinds('chicago_police_district_council_001_2023-06-06_agenda.pdf')).toEqual([['agenda', 1, 1]]);
  });

  it('reads parish agendas that open with a summons as front sheets, not as a letter or one unknown document', async () => {
    // "Dear Councillors, / You are summoned to the meeting of Whitbourne Parish Council …"
    const whitbourne = segmentPack(await loadLayout(fixture('frontsheet', 'whitbourne_pc_full_council_2025-12-03_agenda.pdf')), new Context('w.pdf'));
    expect(whitbourne.map((s) => [s.kind, s.pages.from, s.pages.to])).toEqual([['agenda', 1, 2]]);
    // "NOTICE OF THE PARISH COUNCIL MEETING OF …" with no AGENDA title: "… You are hereby summoned to attend a meeting …"
    const wroxton = segmentPack(await loadLayout(fixture('frontsheet', 'wroxton_balscote_pc_full_council_2024-11-04_agenda.pdf')), new Context('wb.pdf'));
    expect(wroxton.map((s) => [s.kind, s.pages.from, s.pages.to])).toEqual([['agenda', 1, 3]]);
  });

  it('ignores an outline whose bookmarks all point at the one page (the garbled Horsley agenda)', async () => {
    const segments = segmentPack(await loadLayout(corpus('pdf', 'horsley_parish_council_2014-04-29_agenda_garbled_text_layer.pdf')), new Context('h.pdf'));
    expect(segments.map((s) => s.signal)).toEqual(['pack-start']);
  });

  it('reads the Kent treasury group note as a meeting record, and its "Actions Points:" table as a tracker from that line', async () => {
    const segments = segmentPack(await loadLayout(corpus('pdf', 'kent_county_council_2024-11-14_treasury_group_note_action_points.pdf')), new Context('tmg.pdf'));
    expect(segments.map((s) => [s.kind, s.title, s.pages.from, s.pages.to])).toEqual([
      ['minutes', 'TMG 14 November 2024', 1, 2],
      ['action-tracker', 'Actions Points', 2, 2],
    ]);
    expect(segments[1].lines[1].text).toBe('Ref Action Status');
  });

  it('reads a Kent report on its own as one report', async () => {
    expect(await kinds('kent_county_council_2025-03-13_governance_update_report.pdf')).toEqual([['report', 1, 8]]);
  });
});
