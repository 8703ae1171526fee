import { describe, expect, it } from 'vitest';
import { minutesOf } from './helpers.js';

describe('Milburn Parish Council minutes of 12 November 2019 ("19.11.01" numbering)', () => {
  it('reads the heading, attendance split from one run-on line, and the end time', async () => {
    const { minutes } = await minutesOf('milburn_parish_council_2019-11-12_minutes.pdf');
    expect(minutes.meeting).toMatchObject({ body: 'Milburn Parish Council', committee: null, date: '2019-11-12' });
    expect(minutes.present).toEqual(['D Richardson', 'N Cresswell', 'M Armstrong', 'R Healey', 'P Moran']);
    expect(minutes.alsoPresent).toEqual(['Clerk J Connelly', 'Two members of the Public']);
    expect(minutes.apologies).toEqual(['A Armstrong']);
    expect(minutes.ended).toBe('21:00');
  });

  it('reads minutes 19.11.01 to 19.11.09 across the signature line printed at the page foot', async () => {
    const { minutes, unclaimed } = await minutesOf('milburn_parish_council_2019-11-12_minutes.pdf');
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['19.11.01', 'Apologies'],
      ['19.11.02', 'Register of Interests None'],
      ['19.11.03', 'Minutes'],
      ['19.11.04', 'Matters Arising'],
      ['19.11.05', 'EDC – BT Telephone Box Consultation'],
      ['19.11.06', 'Finance'],
      ['19.11.07', 'Correspondence'],
      ['19.11.08', 'Public Participation'],
      ['19.11.09', 'Any Other Business'],
    ]);
    expect(minutes.items[5].text).not.toMatch(/Signed/);
    expect(unclaimed).toEqual([]);
  });

  it('reads decisions stated in a sentence where the minutes print no RESOLVED', async () => {
    const { minutes } = await minutesOf('milburn_parish_council_2019-11-12_minutes.pdf');
    expect(minutes.items.map((i) => i.resolutions.map((r) => r.text))).toEqual([
      [], [],
      // The sentence ends on the line "signed and approved.", which is no signature line.
      ['All agreed this was a true record and were signed and approved.'],
      [],
      ['It was therefore resolved not to adopt the telephone box and the Clerk to inform EDC accordingly.'],
      ['Councillors resolved to pay these invoices'],
      [], [],
      ['Following a very detailed discussion regarding the effect of this on the village, it was resolved to ask that this tarmac be removed from the cart track, only as far back as the wall, of which the remainder will not encroach on to the Green.'],
    ]);
  });
});

describe('Horsley Village Hall Management Committee minutes of 8 October 2013 ("1." numbering)', () => {
  it('reads the heading and the attendance laid out in columns, roles removed', async () => {
    const { minutes } = await minutesOf('horsley_village_hall_committee_2013-10-08_minutes.pdf');
    expect(minutes.meeting).toMatchObject({
      body: null,
      committee: 'Village Hall Management Committee',
      date: '2013-10-08',
      time: '19:30',
      venue: 'Horsley Village Hall',
    });
    expect(minutes.present).toEqual(['Mick Ratford', 'Karen Butt', 'Mags Ratford', 'Jon Stride']);
    expect(minutes.apologies).toEqual(['Jess Robinson', 'Christina McDonagh', 'Simon Allen']);
  });

  it('reads the ten numbered minutes, splitting a title from text printed after it on the same line', async () => {
    const { minutes, unclaimed } = await minutesOf('horsley_village_hall_committee_2013-10-08_minutes.pdf');
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Apologies for absence'],
      ['2', 'Acceptance of Minutes/matters arising'],
      ['3', 'Treasurers Report'],
      ['4', 'Football club costing and conditions being left'],
      ['5', 'Deed of Trust and land registration update'],
      ['6', 'Health & safety progress'],
      ['7', 'Big Lottery funded double doors and fencing project'],
      ['8', 'Floor re-oil'],
      ['9', 'A.O.B'],
      ['10', 'Date of the next meeting'],
    ]);
    expect(minutes.items[0].text).toBe('Jess Robinson, Christina McDonagh, PC, Simon Allen.');
    expect(minutes.items[7].text).toMatch(/^Simon booked 15, 16, 17th November for floor re-oil\./);
    expect(unclaimed).toEqual([]);
  });
});

describe('Manordeilo and Salem Community Council minutes of 10 February 2016 (capitalised numbered headings)', () => {
  it('reads the heading, a present list wrapped mid-name, and the closing time', async () => {
    const { minutes } = await minutesOf('manordeilo_salem_community_council_2016-02-10_minutes_en.pdf');
    expect(minutes.meeting).toMatchObject({ body: 'Manordeilo & Salem Community Council', date: '2016-02-10', time: '19:30', venue: 'Reading Room, Cwmifor' });
    expect(minutes.present).toEqual([
      'Alun Davies', 'Arwel Davies', 'Jill Davies', 'Gwenfil Evans', 'Hubert Gwynne', 'Peter Harries', 'Dorian Jenkins', 'Doris Jones',
      'William Loynton', 'Andrew Thomas', 'Owen Williams', 'County Councillor Joseph Davies',
    ]);
    expect(minutes.ended).toBe('21:35');
  });

  it('keeps "9. C.C.C. had confirmed …" inside Matters Arising: 9 does not follow minute 4', async () => {
    const { minutes } = await minutesOf('manordeilo_salem_community_council_2016-02-10_minutes_en.pdf');
    expect(minutes.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'WELCOME AND APOLOGIES'],
      ['2', 'TO CONFIRM THE MINUTES OF THE LAST MEETING'],
      ['3', 'DECLARATIONS OF INTEREST'],
      ['4', 'MATTERS ARISING'],
      ['5', 'CORRESPONDENCE'],
      ['6', 'LIGHTING'],
      ['7', 'FOOTPATHS'],
      ['8', 'PLANNING'],
      ['9', 'LLANDEILO BY-PASS ROUNDABOUT'],
      ['10', 'DONATIONS'],
      ['11', 'ACCOUNTS FOR PAYMENT'],
      ['12', 'ANY OTHER BUSINESS'],
    ]);
    expect(minutes.items[3].text).toMatch(/9\. C\.C\.C\. had confirmed receipt of the Precept Requirement for 2016\/17\./);
  });

  it('reads "proposed …, seconded … and unanimously agreed" decisions, not cut at "Cllr."', async () => {
    const { minutes } = await minutesOf('manordeilo_salem_community_council_2016-02-10_minutes_en.pdf');
    expect(minutes.items[1].resolutions.map((r) => r.text)).toEqual([
      'It was proposed by Cllr. W. Loynton, seconded by Cllr. D. Jones and unanimously agreed, that the minutes of the last meeting held on the 13th January, as typed and circulated, were correct.',
    ]);
    expect(minutes.items[4].resolutions).toHaveLength(3);
  });
});
