/**
 * Minute headings of house styles beyond the councils packtool was first built on, each read
 * through the whole pipeline from a real paper (fixtures/minutes, origins in SOURCES.tsv).
 * Expected values were read off the page with pdftotext.
 */
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../src/extract.js';
import type { Pack } from '../../../src/schema/pack.js';
import { fixture } from '../../helpers.js';
import { minutesOf } from './helpers.js';

async function packOf(name: string): Promise<Pack> {
  return (await extractFile(fixture('minutes', name))).pack;
}

const heads = (pack: Pack, set = 0) => pack.minutes[set].items.map((i) => [i.number, i.title]);

describe('year-suffixed minute numbers ("65/24 Apologies: Cllr Walshe"), Wroxton & Balscote Parish Council', () => {
  it('reads 65/24 to 75/24 in sequence, the running number first and the year after it', async () => {
    const pack = await packOf('wroxton_balscote_pc_full_council_2024-11-04_minutes.pdf');
    expect(pack.minutes).toHaveLength(1);
    expect(pack.minutes[0].items.map((i) => i.number)).toEqual(['65/24', '66/24', '67/24', '68/24', '69/24', '70/24', '71/24', '72/24', '73/24', '74/24', '75/24']);
  });

  it('keeps a short outcome after the colon out of a bold title ("Declarations of Interest: None")', async () => {
    const pack = await packOf('wroxton_balscote_pc_full_council_2024-11-04_minutes.pdf');
    expect(heads(pack).slice(0, 4)).toEqual([
      ['65/24', 'Apologies'],
      ['66/24', 'Welcome'],
      ['67/24', 'Declarations of Interest'],
      ['68/24', 'Minutes of Meeting on 2nd September'],
    ]);
    expect(pack.minutes[0].items[2].text).toBe('None');
  });
});

describe('titles run into their paragraph with no mark between them, Stoke Ferry Parish Council (markdown)', () => {
  it('ends each title where the sentence begins', async () => {
    const pack = await packOf('stoke_ferry_pc_full_council_2020-10-07_minutes.md');
    expect(heads(pack).slice(0, 6)).toEqual([
      ['173/20', 'Openness and Transparency Notice'],
      ['174/20', 'Aggressive and Abusive Behaviour'],
      ['175/20', 'To Receive and Consider Acceptance for Apologies of Absence'],
      ['176/20', 'To Receive Declarations of Interest from Members'],
      ['177/20', 'To Approve the Minutes of the Ordinary Meeting held on 9 September 2020'],
      ['178/20', 'To Note Matters Arising from the Minutes of the Last Meeting'],
    ]);
    expect(pack.minutes[0].items[0].text).toBe('The Chair read the notice.');
    expect(pack.minutes[0].items.at(-1)?.number).toBe('195/20');
  });

  it('reads the web page\'s front matter as metadata, not as the paper: its posting date is not the meeting\'s', async () => {
    const pack = await packOf('stoke_ferry_pc_full_council_2020-10-07_minutes.md');
    expect(pack.documents.map((d) => d.kind)).toEqual(['minutes']);
    expect(pack.minutes[0].meeting.date).toBe('2020-10-07');
    expect(JSON.stringify(pack)).not.toContain('2020-11-05');
  });
});

describe('a bold "Date of next meeting" heading carrying the date after a colon or dash', () => {
  it('ends the title before the day and date (Horsley Village Hall, 8 October 2013, minute 10; Wroxton & Balscote, 5 January 2026, minute 11/26)', async () => {
    // "10. Date of the next meeting: Tuesday 14th January 2014, 7.30 pm at Horsley Village Hall."
    const horsley = (await packOf('horsley_village_hall_committee_2013-10-08_minutes.pdf')).minutes[0].items.at(-1);
    expect([horsley?.number, horsley?.title, horsley?.text]).toEqual(['10', 'Date of the next meeting', 'Tuesday 14th January 2014, 7.30 pm at Horsley Village Hall.']);
    // "11/26 Date Of Next Meeting - Monday, 2nd March 2026: Balscote Village Hall 7.30pm"
    const wroxton = (await packOf('wroxton_balscote_pc_full_council_2026-01-05_minutes.pdf')).minutes[0].items.at(-1);
    expect([wroxton?.number, wroxton?.title, wroxton?.text]).toEqual(['11/26', 'Date Of Next Meeting', 'Monday, 2nd March 2026: Balscote Village Hall 7.30pm']);
  });
});

describe('an election\'s title run into the name of the person elected, Wretton Parish Council (markdown)', () => {
  it('ends the title with the office: "Election of Chairman David Llewellyn was nominated …"', async () => {
    const pack = await packOf('wretton_pc_annual_meeting_2019-05-13_minutes_items_1-5.md');
    expect(heads(pack)).toEqual([
      ['1', 'Election of Chairman'],
      ['2', 'Chairman signed Declaration of Acceptance of Office'],
      ['3', 'Apologies for Absence received and accepted from'],
      ['4', 'No declarations of Interest made'],
      ['5', 'Election of Vice-Chairman'],
    ]);
    expect(pack.minutes[0].items[4].text).toBe('Mick Peake was nominated and seconded as Vice-Chairman and with no further nominations duly accepted the role.');
  });
});

describe('titles in capitals with a dash before their text, Steep Parish Council planning committee', () => {
  it('keeps the outcome, the description and a closing dash out of the title', async () => {
    const pack = await packOf('steep_pc_planning_committee_2021-02-01_minutes.pdf');
    expect(heads(pack)).toEqual([
      ['21/07', 'APOLOGIES'],
      ['21/08', 'MINUTES'],
      ['21/09', 'DECLARATIONS OF INTEREST'],
      ['21/10', 'PUBLIC COMMENT'],
      ['21/11', 'PLANNING'],
      ['21/12', 'PRE APPLICATION'],
      ['21/13', 'DATE OF NEXT MEETING'],
    ]);
    expect(pack.minutes[0].items[2].text).toBe('None declared');
  });
});

describe('minutes run together on one line by the extraction, West Dereham Parish Council (markdown)', () => {
  it('splits "70/17 Apologies … 71/17 Declaration of Interest …" into one minute each', async () => {
    const pack = await packOf('west_dereham_pc_full_council_2017-06-01_minutes.md');
    expect(heads(pack).slice(0, 3)).toEqual([
      ['70/17', 'Apologies for absence'],
      ['71/17', 'Declaration of Interest on agenda items'],
      ['72/17', 'Use of social media'],
    ]);
    expect(pack.minutes[0].items[0].text).toMatch(/^Apologies had been received from Tom Foy \(TF\)/);
  });
});

describe('bare minute numbers, one misprinted, Royal Sutton Coldfield Town Council committee minutes', () => {
  it('reads 52 to 62, keeping "6" as printed between 55 and 57, and "54 Minutes of the Previous Meeting" as a title', async () => {
    const pack = await packOf('royal_sutton_coldfield_tc_amenities_leisure_community_services_2018-03-13_minutes.pdf');
    expect(heads(pack)).toEqual([
      ['52', 'Apologies for Absence'],
      ['53', 'Declarations of Interest'],
      ['54', 'Minutes of the Previous Meeting'],
      ['55', 'Matters Arising'],
      ['6', 'Community Grant Applications'],
      ['57', 'Defibrillators'],
      ['58', 'Autism Report'],
      ['59', 'Sutton Coldfield in Bloom update'],
      ['60', 'Social Inclusion Network Event'],
      ['61', 'Hope for Sutton Project'],
      ['62', 'Performance updates'],
    ]);
  });
});

describe('the meeting named in a parish minutes heading', () => {
  it.each([
    // "DRAFT MINUTES OF THE WEST DEREHAM PARISH COUNCIL MEETING HELD AT WEST DEREHAM VILLAGE HALL AT 7.00 pm ON THURSDAY 1 JUNE 2017"
    ['west_dereham_pc_full_council_2017-06-01_minutes.md', { body: 'West Dereham Parish Council', committee: null, date: '2017-06-01', time: '19:00', venue: 'West Dereham Village Hall' }],
    // "STOKE FERRY PARISH COUNCIL Draft (until approved …) Minutes of the Ordinary Meeting held on Wednesday 7 October 2020 at 7.05 pm, Virtually online via Zoom"
    ['stoke_ferry_pc_full_council_2020-10-07_minutes.md', { body: 'Stoke Ferry Parish Council', committee: null, date: '2020-10-07', time: '19:05' }],
    // "Minutes of a Meeting of Sheet Parish Council on 10th November 2022 / at Sheet Village Hall at 7.00 p.m."
    ['sheet_pc_full_council_2022-11-10_minutes.pdf', { body: 'Sheet Parish Council', date: '2022-11-10', time: '19:00', venue: 'Sheet Village Hall' }],
    // "Whitbourne Parish Council / Minutes of Meeting / 3rd December 2025" over "Attendance:"
    ['whitbourne_pc_full_council_2025-12-03_minutes.pdf', { body: 'Whitbourne Parish Council', date: '2025-12-03', venue: null }],
  ])('%s', async (file, meeting) => {
    const pack = await packOf(file);
    expect(pack.minutes[0].meeting).toMatchObject(meeting);
  });

  it('takes the council from a line that runs the meeting onto it, and the meeting\'s name up to "AT" the hall (Wroxton & Balscote)', async () => {
    // Page 1: "WROXTON & BALSCOTE ANNUAL PARISH MEETING WROXTON & BALSCOTE PARISH COUNCIL" /
    // "MINUTES OF ANNUAL PARISH MEETING AT" / "WROXTON VILLAGE HALL on 12th May 2025 at 7.00pm";
    // page 3: "… PARISH MEETING WROXTON & BALSCOTE PARISH COUNCIL" / "MINUTES OF PARISH COUNCIL MEETING AT" / "… at 7.30pm".
    const pack = await packOf('wroxton_balscote_pc_annual_meeting_2025-05-12_minutes.pdf');
    const meetings = pack.minutes.map(({ meeting: { source, ...m } }) => m);
    expect(meetings).toEqual([
      { body: 'Wroxton & Balscote Parish Council', committee: 'Annual Parish Meeting', date: '2025-05-12', time: '19:00', venue: 'Wroxton Village Hall' },
      { body: 'Wroxton & Balscote Parish Council', committee: null, date: '2025-05-12', time: '19:30', venue: 'Wroxton Village Hall' },
    ]);
  });

  it('names no committee for "MINUTES OF PARISH COUNCIL MEETING at", whatever line is above it (Wroxton & Balscote, 4 November 2024)', async () => {
    // "WROXTON & BALSCOTE PARISH MEETING" / "MINUTES OF PARISH COUNCIL MEETING at" / "BALSCOTE VILLAGE HALL on 4th November at 7.30pm"
    const { meeting } = (await packOf('wroxton_balscote_pc_full_council_2024-11-04_minutes.pdf')).minutes[0];
    expect(meeting).toMatchObject({ committee: null, time: '19:30', venue: 'Balscote Village Hall' });
  });
});

describe('titles ended by a dash before a wrapped sentence, Sheet Parish Council', () => {
  it('reads "22/158 Declarations of Interests – Councillors were reminded …" as its title, and "22/160 Planning –" alone', async () => {
    const pack = await packOf('sheet_pc_full_council_2022-11-10_minutes.pdf');
    expect(heads(pack).slice(0, 6)).toEqual([
      ['22/156', 'Apologies'],
      ['22/157', 'Minutes'],
      ['22/158', 'Declarations of Interests'],
      ['22/159', 'Public Comment'],
      ['22/160', 'Planning'],
      ['22/161', 'Finance'],
    ]);
    expect(pack.minutes[0].items[3].text).toBe('None received.');
  });

  it('reads a present list printed in columns without separators ("Present. Cllrs. Ron Dark (in the Chair) Brian Bird Tony Clear")', async () => {
    const pack = await packOf('sheet_pc_full_council_2022-11-10_minutes.pdf');
    expect(pack.minutes[0].present).toEqual(['Ron Dark', 'Brian Bird', 'Tony Clear', 'Robin Forrest', 'Dave McKinney', 'Gail Martin', 'Chris Wilton']);
  });
});

describe('decimal sub-items and a heading printed only as a running header, Whitbourne Parish Council', () => {
  it('reads the meeting from the first page\'s running header ("Whitbourne Parish Council / Minutes of Meeting / 3rd December 2025")', async () => {
    const pack = await packOf('whitbourne_pc_full_council_2025-12-03_minutes.pdf');
    expect(pack.documents.map((d) => d.kind)).toEqual(['minutes']);
    expect(pack.minutes[0].meeting).toMatchObject({ body: 'Whitbourne Parish Council', date: '2025-12-03' });
  });

  it('reads "8.1.To approve …" after "8. Financial matters" and returns to "9." after "8.5"', async () => {
    const pack = await packOf('whitbourne_pc_full_council_2025-12-03_minutes.pdf');
    expect(pack.minutes[0].items.map((i) => i.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '8.1', '8.2', '8.3', '8.4', '8.5', '9', '9.1', '9.2', '10', '11', '12', '13', '14', '15', '16', '17']);
    expect(heads(pack)[8]).toEqual(['8.1', 'To approve accounts for payment']);
  });
});

describe('two meetings in one file, Whitbourne Parish Council (14 January and 4 March 2026)', () => {
  it('gives each meeting its own minutes, dated and with its own attendance', async () => {
    const pack = await packOf('whitbourne_pc_full_council_2026-01-14_minutes.pdf');
    expect(pack.minutes.map((m) => m.meeting.date)).toEqual(['2026-01-14', '2026-03-04']);
    expect(pack.documents.map((d) => [d.kind, d.pages.from])).toEqual([
      ['minutes', 1],
      ['minutes', 3],
    ]);
    expect(pack.minutes[0].present).toEqual(['N Shaw', 'R. James', 'M. Clark', 'P. Davis', 'S. Knowles', 'P. Wood', 'L. Kershaw']);
    expect(pack.minutes[1].present).toEqual(['N Shaw', 'R. James', 'M. Clark', 'P. Davis', 'S. Knowles', 'P. Wood', 'L. Kershaw', 'T. Hunt', 'J. Ashcroft']);
    expect(pack.minutes[0].items.at(-1)).toMatchObject({ number: '14' });
    expect(pack.minutes[1].items.slice(0, 3).map((i) => i.number)).toEqual(['1', '2', '3']);
    expect(pack.minutes[1].items[2].title).toBe('To approve the minutes of the Parish Council meeting held on 14th January 2026');
  });
});

describe('un-numbered topic headings (the generic reader)', () => {
  it('reads "Flooding: Councillors discussed …" lines as minutes, Haresfield Parish Council', async () => {
    const pack = await packOf('haresfield_pc_full_council_2020-01-26_minutes.txt');
    expect(pack.minutes[0].items.map((i) => i.title)).toEqual([
      'Apologies',
      'Public Participation',
      'Flooding',
      'County Councillors and District Councillor’s Report',
      'Highways, traffic and parking',
      'Standish proposal for pathway',
      'Footpaths, grit bins',
      'Incinerator',
      'Village hall and activities',
      'Village maintenance',
      'Trees',
      'Planning',
      'Finance & Clerks Report',
      'Any other business',
    ]);
    expect(pack.minutes[0].items.every((i) => i.number === null)).toBe(true);
  });

  it('reads headings on their own lines over their paragraphs, Welsh Technical Standards Board (markdown)', async () => {
    const pack = await packOf('nhs_wales_technical_standards_board_board_2019-03-28_minutes.md');
    expect(pack.minutes[0].items.map((i) => i.title)).toEqual(expect.arrayContaining(['Adopting and adapting standards', 'Statement of Principles', 'Any other business']));
  });
});

describe('a notes template: "Agenda item: … Presenter: …" over Discussion and Conclusions (Hyndland Primary Parent Council)', () => {
  it('is one set of minutes, not a document per bookmark of its word processor\'s outline', async () => {
    const pack = await packOf('hyndland_primary_parent_council_parent_council_2025-11-26_minutes.pdf');
    expect(pack.documents.map((d) => d.kind)).toEqual(['minutes']);
    expect(pack.minutes[0].meeting.date).toBe('2025-11-26');
  });

  it('reads each "Agenda item:" label as a minute (one is printed without its colon)', async () => {
    const pack = await packOf('hyndland_primary_parent_council_parent_council_2025-11-26_minutes.pdf');
    expect(pack.minutes[0].items.map((i) => i.title)).toEqual(['Senior Leadership Team', 'PVG’s Update', 'Financial Report', 'Fundraising', 'Playground', 'AOB']);
    expect(pack.minutes[0].apologies).toEqual(['Rina Semba']);
  });
});

describe('attendance under "Attendees:" and "Apologies:", one person a line (Welsh Technical Standards Board)', () => {
  it('reads the apologies, one name a line with initials and organisation removed', async () => {
    const pack = await packOf('nhs_wales_technical_standards_board_board_2019-03-28_minutes.md');
    expect(pack.minutes[0].apologies).toEqual(['Ann Wrightson', 'Mike Ogonovsky', 'Lee Coates', 'Gareth Colliier', 'Ian John', 'Gary Bullock', 'Matthew Perrott', 'Rebecca Cook', 'Tom Crick']);
    // "Mark Wardle (MW) (Chair) - Cardiff and Vale UHB": the organisation's "and" joins no second name.
    expect(pack.minutes[0].present).toEqual(['Mark Wardle', 'Andy Warburton', 'Andrew Nelson', 'Mark Frayne', 'Cheryl Way', 'James Chess', 'Mark Coleman', 'Bradley Kearney']);
  });
});

describe('Welsh minutes, Cyngor Cymuned Manordeilo a Salem (the Welsh twin of the English minutes)', () => {
  it('reads the date, the attendance list and minutes 1 to 12 as in the English version', async () => {
    const cy = await packOf('manordeilo_salem_community_council_2016-02-10_minutes_cy_welsh.pdf');
    const en = await packOf('manordeilo_salem_community_council_2016-02-10_minutes_en.pdf');
    expect(cy.minutes[0].meeting.date).toBe('2016-02-10');
    expect(cy.minutes[0].items.map((i) => i.number)).toEqual(en.minutes[0].items.map((i) => i.number));
    expect(cy.minutes[0].items.slice(0, 3).map((i) => i.title)).toEqual(['CROESO AC YMDDIHEURIADAU', 'CADARNHAU COFNODION Y CYFARFOD DIWETHAF', 'DATGANIADAU O DDIDDORDEB']);
    expect(cy.minutes[0].present.slice(0, 11)).toEqual(en.minutes[0].present.slice(0, 11));
    expect(cy.minutes[0].present[0]).toBe('Alun Davies');
    expect(cy.minutes[0].present).toHaveLength(12);
  });
});

describe('an appendix printed after the last minute, Wroxton & Balscote Parish Council, 4 November 2024', () => {
  it('places the appendix\'s five resolutions in minute 71/24, which passed them "as attached in Appendix 1 below", not in the last minute', async () => {
    const { minutes, unclaimed } = await minutesOf('wroxton_balscote_pc_full_council_2024-11-04_minutes.pdf');
    const minute = (n: string) => minutes.items.find((i) => i.number === n)!;
    expect(minute('75/24').text).toBe('Monday 6th January 2025, 7.30pm. Wroxton Village Hall');
    expect(minute('75/24').resolutions).toEqual([]);
    expect(minute('71/24').resolutions.map((r) => r.text.slice(0, 50))).toEqual([
      '1. Proposed by Cllr Robarts Seconded by Cllr Ker T',
      '2. Proposed by Cllr Robarts Seconded by Cllr Colli',
      '3. Proposed by Cllr Robarts Seconded by Cllr Ker T',
      '4. Proposed by Cllr Robarts Seconded by Cllr Humph',
      '5. Proposed by Cllr Colbert Seconded by Cllr Humph',
    ]);
    // The appendix's closing note stays in the minute's text, after the appendix heading.
    expect(minute('71/24').text).toMatch(/Appendix One: Cllr\.Robarts proposed that the Parish Council .* In passing the above Resolutions, the Council noted/);
    expect(unclaimed).not.toContain(154);
  });
});

describe('the venue in a minutes heading', () => {
  it('reads "AT WROXTON VILLAGE HALL on 12th May 2025" in capitals, and "at" at a line end before the hall (Wroxton & Balscote)', async () => {
    expect((await minutesOf('wroxton_balscote_pc_annual_meeting_2025-05-12_minutes.pdf')).minutes.meeting.venue).toBe('Wroxton Village Hall');
    // "MINUTES OF PARISH COUNCIL MEETING at" / "BALSCOTE VILLAGE HALL on 4th November at 7.30pm"
    expect((await minutesOf('wroxton_balscote_pc_full_council_2024-11-04_minutes.pdf')).minutes.meeting.venue).toBe('Balscote Village Hall');
  });

  it('reads a building on a line of its own under the date (Hyndland Primary Parent Council, 26 November 2025)', async () => {
    // "26.11.25" / "Parent Council Meeting 7pm-9pm" / "Hyndland Primary School"
    expect((await minutesOf('hyndland_primary_parent_council_parent_council_2025-11-26_minutes.pdf')).minutes.meeting.venue).toBe('Hyndland Primary School');
  });
});
