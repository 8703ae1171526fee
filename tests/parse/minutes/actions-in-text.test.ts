/**
 * Actions written into the minutes' text where the council keeps no tracker table. Expected
 * values read off the page with pdftotext (fixtures/minutes, origins in SOURCES.tsv).
 */
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../src/extract.js';
import { fixture } from '../../helpers.js';

describe('action tags in capitals ("CLERK to …"), Wroxton & Balscote Parish Council, 5 January 2026', () => {
  it('reads each tag as an open action led by the tagged person, under its minute and meeting date', async () => {
    const { pack } = await extractFile(fixture('minutes', 'wroxton_balscote_pc_full_council_2026-01-05_minutes.pdf'));
    expect(pack.actions.map((a) => [a.minute, a.lead, a.action])).toEqual([
      ['05/26', 'Clerk', 'CLERK to request confirmation from VH Chairman/Treasurer'],
      ['05/26', 'Clerk', 'CLERK to request a new bin for Church Road in Wroxton and enquire about top up'],
      ['08/26', 'Clerk', 'CLERK to further chase Highways for repairs to Silver Street railings/paving where barriers are still in situ since a road accident in early 2025'],
      ['08/26', 'Clerk', 'CLERK to chase for promised repairs to Wroxton Church Steps'],
      ['08/26', 'Clerk', 'CLERK to remind Cllr Brant of his offer at the January to provide map of drains'],
      ['10/26', 'Cllr Robarts', 'CLLR ROBARTS to draft letter'],
    ]);
    expect(new Set(pack.actions.map((a) => a.status))).toEqual(new Set(['open']));
    expect(new Set(pack.actions.map((a) => a.date))).toEqual(new Set(['2026-01-05']));
  });
});

describe('"…, action Name." closing a point, Horsley Village Hall Committee, 8 October 2013', () => {
  it('reads the point as the action and the name as its lead; "c/f" (carried forward) is still going on', async () => {
    const { pack } = await extractFile(fixture('minutes', 'horsley_village_hall_committee_2013-10-08_minutes.pdf'));
    expect(pack.actions.find((a) => a.action === 'Replacement sink No progress?')).toMatchObject({ lead: 'Jon', status: 'ongoing' });
    expect(pack.actions.find((a) => a.action === 'Look at the insurance')).toMatchObject({ lead: 'Mick', status: 'open' });
    expect(pack.actions.find((a) => a.action.startsWith('A thank you to the playgroup'))).toMatchObject({ lead: 'Jon', status: 'open' });
  });
});

describe('an "Actions" list at the end of a board\'s minutes (Welsh Technical Standards Board, 28 March 2019)', () => {
  it('reads each numbered entry as an open action, "MW to …" naming its lead, dated by the meeting', async () => {
    const { pack } = await extractFile(fixture('minutes', 'nhs_wales_technical_standards_board_board_2019-03-28_minutes.md'));
    expect(pack.actions.map((a) => [a.action, a.lead, a.status, a.date])).toEqual([
      ['Agree letter to health boards and trusts at next WTSB meeting', null, 'open', '2019-03-28'],
      ['MW to produce blog post on the positive impact of standards for the WTSB webpage', 'MW', 'open', '2019-03-28'],
    ]);
  });
});

describe('points that open with their actor ("○ Clerk to contact pest controller to attend."), Wroxton & Balscote, 4 November 2024', () => {
  it('reads each as an open action led by the Clerk', async () => {
    const { pack } = await extractFile(fixture('minutes', 'wroxton_balscote_pc_full_council_2024-11-04_minutes.pdf'));
    expect(pack.actions.map((a) => [a.lead, a.action.slice(0, 45)])).toEqual([
      ['Clerk', 'Clerk to write to CDC to report this and requ'],
      ['Clerk', 'Clerk to contact pest controller to attend'],
      ['Clerk', 'Clerk to report hazardous Viburnum bush to Fi'],
      ['Clerk', 'Clerk to write to OCC asking for confirmation'],
      ['Clerk', 'Clerk to order salt in accordance with inform'],
    ]);
  });
});

describe('who acts, in the right margin beside a paragraph\'s last line (Manordeilo and Salem Community Council, 10 February 2016)', () => {
  it('reads each paragraph with a name in the margin as an action led by that name; "Noted" in the margin is none', async () => {
    const { pack } = await extractFile(fixture('minutes', 'manordeilo_salem_community_council_2016-02-10_minutes_en.pdf'));
    expect(pack.actions.map((a) => a.lead)).toEqual(['Cllr. O. Williams', 'Cllr. O. Williams/Clerk', 'Clerk', 'Clerk', 'Clerk', 'Clerk', 'Clerk', 'Clerk', 'Clerk', 'Cllr. Joseph Davies', 'All']);
    // A councillor named in full in the margin, page 4: "… would follow this up. | Cllr. Joseph Davies".
    expect(pack.actions[9].action).toMatch(/^One of the glass panels in the bus shelter at Caledfwlch had recently been damaged/);
    expect(pack.actions[5].action).toBe('Street Light near telephone kiosk in Salem not working; Clerk to report to C.C.C');
    expect(pack.actions[7].action).toBe('It was agreed to contact the Police Authority for their views');
    expect(pack.actions.some((a) => /Noted/.test(a.lead ?? ''))).toBe(false);
  });
});
