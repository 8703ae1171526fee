import { describe, expect, it } from 'vitest';
import { splitNames } from '../../../src/parse/common/names.js';
import { apologiesFromText } from '../../../src/parse/minutes/attendance.js';
import { minutesOf } from './helpers.js';

// Attendance as parish and community councils print it: titles ("Cllr", "Cllr.", "Councillor",
// "City Councillor") are never a name of their own, and a list may be run into prose or another label.

describe('titles are part of a name, never a name', () => {
  it('keeps "Cllr." with its name where the apologies sentence ends after it (Sheet Parish Council)', async () => {
    expect(apologiesFromText('Apologies had been received from Cllr. Dave McKinney')).toEqual(['Cllr. Dave McKinney']);
    const { minutes } = await minutesOf('sheet_pc_full_council_2022-11-10_minutes.pdf');
    expect(minutes.apologies).toEqual(['Cllr. Alan Biddlecombe']);
  });

  it('reads "Cllrs." run into the first name, over a list printed in columns (Sheet Parish Council, July 2023)', async () => {
    const { minutes } = await minutesOf('sheet_pc_full_council_2023-07-11_minutes.pdf');
    expect(minutes.present).toEqual(['Chris Wilton', 'Alan Biddlecombe', 'Brian Bird', 'Robin Forrest', 'Gail Martin', 'Craig Stevens']);
    expect(minutes.apologies).toEqual(['Cllr. Dave McKinney']);
  });

  it('reads "Cllr.", "Councillor" and "County Councillor" in one sentence (Wretton Parish Council)', () => {
    const text = 'Apologies for Absence received and accepted from: Apologies for absence received from Cllr. Mack, Councillor Cann and County Councillor Martin Storey. It was agreed that Cllrs. Mack and Cann should either sign';
    expect(apologiesFromText(text)).toEqual(['Cllr. Mack', 'Councillor Cann', 'County Councillor Martin Storey']);
  });

  it('drops a tier title printed apart from its name, and a doubled "and and" (Broomhill Community Council)', () => {
    expect(splitNames('Community Councillors Lorna McWilliams (LMcW, Vice Chair & Treasurer) , Abigail Harding (AH), City Councillor, Lana Reid McConnell (LRMcC) Eunis Jassemi (EJ) and and Patricia Ferguson MP (PFMP).')).toEqual([
      'Lorna McWilliams', 'Abigail Harding', 'Lana Reid McConnell', 'Eunis Jassemi', 'Patricia Ferguson MP',
    ]);
    expect(splitNames('Community Councillor Abigail Harding, City Councillor Eunis Jassemi (EJ) and and Patricia Ferguson MP (PFMP).')).toEqual([
      'Community Councillor Abigail Harding', 'City Councillor Eunis Jassemi', 'Patricia Ferguson MP',
    ]);
    expect(splitNames('Isobel Yates (IY), and Residents Mark Orr and Chris Orr (MO & CO).')).toEqual(['Isobel Yates', 'Mark Orr', 'Chris Orr']);
  });

  it('splits names run together each behind its title, but not a title inside brackets (Stoke Ferry PC, Wroxton & Balscote PC)', async () => {
    const { minutes } = await minutesOf('stoke_ferry_pc_full_council_2020-10-07_minutes.md');
    expect(minutes.present.slice(0, 6)).toEqual(['Cllr Sue Lintern', 'Cllr Kit Hesketh-Harvey', 'Cllr Andrew Hayward', 'Cllr Trudy Mann', 'Cllr Janet Taylor', 'Cllr Donna Stocking']);
    expect(splitNames('2 (including Cllr D Webb)')).toEqual([]);
  });

  it('splits a titled name from an untitled one run on after it, where every other entry is a title and two names (Stoke Ferry PC)', async () => {
    // "Present: … Cllr Donna Stocking Cllr Gail Reeve Helen Richardson (Parish Clerk and Financial Responsible Person)"
    const { minutes } = await minutesOf('stoke_ferry_pc_full_council_2020-10-07_minutes.md');
    expect(minutes.present.slice(5)).toEqual(['Cllr Donna Stocking', 'Cllr Gail Reeve', 'Helen Richardson']);
  });

  it('keeps a four-word name whole where the list gives no two-word pattern to go by', () => {
    // The same words from the Stoke Ferry page without the six entries before them.
    expect(splitNames('Cllr Gail Reeve Helen Richardson')).toEqual(['Cllr Gail Reeve Helen Richardson']);
  });
});

describe('apologies written as absence or with a reason', () => {
  it('reads "… were not in attendance" as the apologies (Whitbourne Parish Council)', async () => {
    expect((await minutesOf('whitbourne_pc_full_council_2025-12-03_minutes.pdf')).minutes.apologies).toEqual(['S. Knowles', 'P. Wood', 'L. Kershaw', 'J. Bromley']);
    // "P. Stoddart (PS) Ward Councillor and T. Hunt (TH) were not in attendance.": "Ward Councillor" is his role.
    expect((await minutesOf('whitbourne_pc_full_council_2026-01-14_minutes.pdf')).minutes.apologies).toEqual(['P. Stoddart', 'T. Hunt']);
  });

  it('leaves the reason after the name out (West Dereham Parish Council)', async () => {
    const { minutes } = await minutesOf('west_dereham_pc_full_council_2017-06-01_minutes.md');
    expect(minutes.apologies).toEqual(['Tom Foy']);
  });
});

describe('a list run into other labels or into prose', () => {
  it('reads a count before the list and the labels inside its paragraph (West Dereham Parish Council)', async () => {
    // "PRESENT (six Councillors): - Pam Bullas (PB), … and Claire Williams (CW). Parish Clerk: Peter King In attendance: four members of the public."
    const { minutes } = await minutesOf('west_dereham_pc_full_council_2017-06-01_minutes.md');
    expect(minutes.present).toEqual(['Pam Bullas', 'Claire Cann', 'Paula Kellingray', 'Lorraine Hunt', 'Pam Walker', 'Claire Williams']);
    expect(minutes.alsoPresent[0]).toBe('Parish Clerk: Peter King');
  });

  it('reads the clerk\'s line under the present list as an officer who attended (Haresfield Parish Council)', async () => {
    const { minutes } = await minutesOf('haresfield_pc_full_council_2020-01-26_minutes.txt');
    expect(minutes.present).toEqual(['Charlotte Tilsley', 'Fiona Bevan', 'Jenny Knight', 'Nikki Stoneman', 'County Councillor Stephen Davies']);
    expect(minutes.alsoPresent).toEqual(['Clerk: Madeleine King e’mail: haresfieldpc@gmail.com']);
  });

  it('ends the list at a sentence, which names no one present (Royal Sutton Coldfield Town Council)', async () => {
    // "Cllrs Hodivala (Chairman), Hewett, Mosson, Passey and Wood." then "Under item 4(v) of the Town Council
    // Standing Orders, … for this meeting Cllr Wood would be substituting, with voting rights, for Cllr Ellis."
    const { minutes } = await minutesOf('royal_sutton_coldfield_tc_amenities_leisure_community_services_2018-03-13_minutes.pdf');
    expect(minutes.present).toEqual(['Hodivala', 'Hewett', 'Mosson', 'Passey', 'Wood']);
  });
});
