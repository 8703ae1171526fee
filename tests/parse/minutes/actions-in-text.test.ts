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
  const actionsOf = async () => (await extractFile(fixture('minutes', 'horsley_village_hall_committee_2013-10-08_minutes.pdf'))).pack.actions;

  it('reads the point up to the note as the action and the name as its lead; "c/f" (carried forward) is still going on', async () => {
    const actions = await actionsOf();
    expect(actions.find((a) => a.action === 'Replacement sink No progress?')).toMatchObject({ lead: 'Jon', status: 'ongoing', minute: '6' });
    expect(actions.find((a) => a.action.startsWith('A thank you to the playgroup'))).toMatchObject({ lead: 'Jon', status: 'open' });
    // Page 2: "• Karen expressed concern over the large tree … Are we responsible? Look at the
    // insurance, action Mick. Also try and find out …": the note closes the point's first sentences.
    expect(actions.find((a) => a.lead === 'Mick' && a.minute === '9')?.action).toBe(
      'Karen expressed concern over the large tree in the car park after two trees down locally recently. Are we responsible? Look at the insurance',
    );
  });

  it('reads every note on the two pages, one action each, in order', async () => {
    // Leads and the point each note closes, as printed on pages 1-2 (pdftotext -layout).
    expect((await actionsOf()).map((a) => [a.minute, a.lead, a.action.slice(0, 40)])).toEqual([
      ['4', 'Mick', 'To establish the running cost, Mick has '],
      ['6', 'Jon', 'Replacement sink No progress?'],
      ['6', 'Karen', 'Potential asbestos outside: Karen report'],
      ['6', 'Mags', 'Ceiling/roof leak in disabled toilet & h'],
      ['7', 'Jess', 'Mags gave an update for the remainder of'],
      ['7', 'Jon', 'A thank you to the playgroup for the con'],
      ['7', 'Mags', 'Timescale for finishing project - within'],
      ['9', 'Mags', 'The pavilion cleaner has given up (only '],
      ['9', 'Mick', 'Karen expressed concern over the large t'],
      ['9', 'Jon', 'Karen reported a glitch with the website'],
      ['9', 'Jon', 'Previous cleaner Cath Walker still has p'],
      ['9', 'Karen', 'Mags raised difficulty in getting volunt'],
    ]);
  });

  it('starts a point at a symbol-font bullet ("Ø" with its private-use glyph), so minute 4\'s note takes its own point only', async () => {
    const action = (await actionsOf()).find((a) => a.minute === '4');
    expect(action).toMatchObject({ lead: 'Mick', status: 'ongoing', action: 'To establish the running cost, Mick has taken meter readings but not worked out yet' });
  });

  it('reads "…, Name to verb …" closing a point as the same note without the word "action"', async () => {
    // Page 1, minute 6: "Still trying to find convenient date, Karen to keep on the case."
    const action = (await actionsOf()).find((a) => a.lead === 'Karen' && a.minute === '6');
    expect(action?.action).toBe(
      'Potential asbestos outside: Karen reported that when the firm doing the survey have been able to come, the hall has been in use. Still trying to find convenient date, Karen to keep on the case',
    );
  });

  it('reads the note closing minute 7, above "17th November" whose superscript once floated up after it', async () => {
    // Page 2, minute 7's last point ends "…, action Mags."; minute 8 below it: "… 15, 16, 17th November …".
    const action = (await actionsOf()).find((a) => a.action.startsWith('Timescale for finishing project'));
    expect(action).toMatchObject({ lead: 'Mags', minute: '7' });
    expect(action?.action.endsWith('Mags has final report this to complete to send back when finished')).toBe(true);
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

describe('where the paragraph a margin note closes begins (Manordeilo and Salem Community Council, 10 February 2016)', () => {
  it('takes the lead-in line of a bulleted list the note closes ("It was unanimously agreed to donate as follows:")', async () => {
    const { pack } = await extractFile(fixture('minutes', 'manordeilo_salem_community_council_2016-02-10_minutes_en.pdf'));
    // Page 3, minute 10: the lead-in, six bulleted donations, "Clerk" beside the last one's second line.
    const donations = pack.actions.find((a) => a.action.startsWith('It was unanimously agreed to donate as follows:'));
    expect(donations).toMatchObject({ lead: 'Clerk' });
    expect(donations?.action).toMatch(/Carmarthenshire Federation of Young Farmers - £100 .* Tenovus Cancer Care - £75 each \(proposed by Cllr\. H\. Gwynne, seconded by Cllr\. O\. Williams\)$/);
  });

  it('runs back to the enumerator of the sub-item the note closes, past the sentence that ends on its first line', async () => {
    const { pack } = await extractFile(fixture('minutes', 'manordeilo_salem_community_council_2016-02-10_minutes_cy_welsh.pdf'));
    // Page 2, minute 9 vii): "Pwyllgor Ystafell Ddarllen Manordeilo, cais … yn y Neuadd." then
    // "Cynigiwyd gan y Cyng. A. Davies, … £300 tuag at / brynu'r offeryn hwn. | Clerc".
    const reading = pack.actions.find((a) => a.action.startsWith('Pwyllgor Ystafell Ddarllen Manordeilo'));
    expect(reading).toMatchObject({ lead: 'Clerc' });
    expect(reading?.action).toContain('Cynigiwyd gan y Cyng. A. Davies, eiliwyd gan y Cyng. W. Loynton');
    expect(pack.actions.some((a) => a.action.startsWith('Cynigiwyd'))).toBe(false);
    expect(pack.actions.find((a) => a.action.startsWith('Cytunwyd yn unfrydol y dylid rhoi i’r canlynol:'))).toMatchObject({ lead: 'Clerc' });
  });
});
