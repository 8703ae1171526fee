import { describe, expect, it } from 'vitest';
import { Context } from '../../../src/context.js';
import { findResolutions, inlineDecisions } from '../../../src/parse/minutes/resolution.js';
import { findVotes } from '../../../src/parse/minutes/vote.js';
import { passage } from './helpers.js';
import { extractFile } from '../../../src/extract.js';
import { fixture } from '../../helpers.js';

/** Read a passage as parseItem reads a minute's body: votes first, then the decision readers on the lines left. */
async function decisionsIn(name: string, first: string, last: string) {
  const body = await passage(name, first, last);
  const { used: voteLines } = findVotes(body, new Context(name));
  const blocks = findResolutions(body, voteLines);
  const left = body.filter((_, i) => !blocks.used.has(i) && !voteLines.has(i)).map((l) => l.text);
  return { resolutions: blocks.resolutions.map((r) => r.resolution), left };
}

const sentences = async (name: string, first: string, last: string) => inlineDecisions(await passage(name, first, last), new Set()).map((r) => r.resolution.text);

describe('"RESOLVED: That …" with the proposer, seconder and show of hands in brackets (Stoke Ferry, 7 October 2020)', () => {
  const paper = 'stoke_ferry_pc_full_council_2020-10-07_minutes.md';

  it('should read the whole paragraph as one resolution without parts', async () => {
    const { resolutions } = await decisionsIn(paper, 'RESOLVED: That 85 badges', 'RESOLVED: That 85 badges');
    expect(resolutions).toHaveLength(1);
    expect(resolutions[0].text).toBe(
      'RESOLVED: That 85 badges costing £325 plus VAT be purchased split with Norfolk County Council through the Parish Partnership Funding 2020/21. (Cllr Donna Stocking proposed, Cllr Andy Hayward seconded, five were in favour and two abstained due to declaration of interest).',
    );
    expect(resolutions[0].parts).toEqual([]);
  });

  it('should find all six resolutions, one opening part-way through the minute title line', async () => {
    const { resolutions, left } = await decisionsIn(paper, 'Openness and Transparency Notice', 'Meeting Closed at 10.00 pm.');
    expect(resolutions.map((r) => r.text.slice(0, 48))).toEqual([
      'RESOLVED: That the minutes of the Ordinary meeti',
      'RESOLVED: That the Parish Council progress the i',
      'RESOLVED: That 85 badges costing £325 plus VAT b',
      'RESOLVED: That the Register of Decisions Made on',
      'RESOLVED: That a budget of £75 be approved to pu',
      'RESOLVED: That the payments for September 2020 a',
    ]);
    expect(left).toContain('177/20 To Approve the Minutes of the Ordinary Meeting held on 9 September 2020');
  });
});

describe('a paragraph with proposer and seconder ending "All in favour. Approved." (Whitbourne)', () => {
  const paper = 'whitbourne_pc_full_council_2026-01-14_minutes.pdf';

  it('should read the point and its paragraph as the decision, the outcome wrapped onto its own line', async () => {
    const { resolutions } = await decisionsIn(paper, '8.1.To approve accounts for payment.', 'Approved.');
    expect(resolutions.map((r) => r.text)).toEqual([
      '8.1.To approve accounts for payment. Clerk Salary & HMRC PAYE, Clerk Expenses and Lengthsman. Details of expenditure are contained in a table at the end of these minutes. Proposed SK, seconded MC. All in favour. Approved.',
    ]);
  });

  it('should start the decision at "It was proposed", leaving the discussion before it as text', async () => {
    const { resolutions, left } = await decisionsIn(paper, '9.1. 251015 - Summers Place', 'All in favour. Decided.');
    expect(resolutions.map((r) => r.text)).toEqual([
      'It was proposed (PDW) and seconded (MC) to object to this application. However, the menage and holiday let aspects are supported subject to some requested planning conditions. All in favour. Decided.',
    ]);
    expect(left[left.length - 1]).toBe('discussion.');
  });

  it('should read "… and resolved that …" in the confidential item of 4 March 2026 as one decision', async () => {
    const { resolutions } = await decisionsIn(paper, 'The Parish Council confirmed that the Clerk', 'Decided.');
    expect(resolutions.map((r) => r.text)).toEqual([
      'The Parish Council confirmed that the Clerk’s post remains within LC2 (below substantive range) and resolved that the salary spine point within that scale be increased to SCP 21, with retrospective effect from January 2026. Proposed (TH) and seconded (JA). All in favour. Decided.',
    ]);
  });

  it('should read "Resolved:" part-way through a bullet point and stop at the next bullet', async () => {
    const { resolutions, left } = await decisionsIn(paper, '• Payment for the white gates', '• Works had commenced');
    expect(resolutions.map((r) => r.text)).toEqual([
      'Resolved: To authorise the Clerk, in consultation with the Chair, to make payment to the Lengthsman pending reimbursement from Herefordshire Council.',
    ]);
    expect(left).toEqual([
      '• Payment for the white gates, signage and installation has still not been paid by',
      'Herefordshire Council despite the Clerk and Ward Councillor escalating the matter many',
      'times.',
      '• Works had commenced on the A44/C1066 junction as advised by Herefordshire Council.',
    ]);
  });

  it('should read the planning decision of 3 December 2025 from the point to "Decided."', async () => {
    const { resolutions } = await decisionsIn('whitbourne_pc_full_council_2025-12-03_minutes.pdf', '9.1. 252768 - Land at Yew Tree Cottage', 'this application should be supported. All in favour. Decided.');
    expect(resolutions).toHaveLength(1);
    expect(resolutions[0].text).toMatch(/^9\.1\. 252768 - Land at Yew Tree Cottage\. It was unclear how the foul water/);
    expect(resolutions[0].text).toMatch(/Subject to these two concerns it was proposed \(MC\) and seconded \(RJ\) that this application should be supported\. All in favour\. Decided\.$/);
  });

  it('should read a show of hands after the proposer and seconder as the outcome ("Proposed MC, seconded TH. All in favour")', async () => {
    const { resolutions } = await decisionsIn('whitbourne_pc_full_council_2025-12-03_minutes.pdf', '8.2.To approve bank reconciliation to 30th November 2025', 'seconded RJ. All in favour');
    expect(resolutions.map((r) => r.text)).toEqual([
      '8.2.To approve bank reconciliation to 30th November 2025. Proposed MC, seconded TH. All in favour',
      '8.3. To approve Income and Expenditure reconciliation to 30th November 2025. Proposed TH, seconded RJ. All in favour',
    ]);
  });
});

describe('numbered resolutions "32/25.1 That …" (Wroxton & Balscote annual meeting, 12 May 2025)', () => {
  it('should read each number as one resolution, the last ending before the closing sentence', async () => {
    const { resolutions, left } = await decisionsIn('wroxton_balscote_pc_annual_meeting_2025-05-12_minutes.pdf', 'Resolutions were proposed, duly seconded', 'the meeting was declared closed');
    expect(resolutions.map((r) => r.text)).toEqual([
      '32/25.1 That the Annual Governance Statement a (Section 1 of the AGAR3) and the Accounting Statement (Section 2 of the AGAR 3) for 2024/25 be approved and that the Chairman and Clerk be authorised to sign Section 1 and the Chairman be authorised to sign Section 2',
      '32/25.2 That the bank reconciliation statement as at 31 March 2025 (Schedule 2 of the supporting accounts pack) should be approved and that the Chairman be authorised to sign it,',
      '32/25.3 That the completed AGAR3 form for 2024/25, together with the relevant Schedules from the Accounts Pack be submitted for external audit by Moore Stephens LLP.',
      '32/25.4 That the period for the exercise of public rights to inspect the unaudited accounts be set as running from Monday 2 June 2025 until Friday 20 July 2025 and that the notice advising of this be published on the Wroxton website and all village notice boards, together with Sections 1 and 2 of the AGAR 3 form, on 15 May 2025.',
      '33/25.5 A vote of thanks to Mark Harris (not present) was proposed by Cllr Marcovitch for his careful work on the Internal Audit and was unanimously supported.',
    ]);
    expect(left[0]).toBe('Resolutions were proposed, duly seconded and unanimously adopted, as follows:-');
    expect(left[1]).toMatch(/^There being no further business/);
  });
});

describe('numbered "Proposed by … Seconded by …" motions each "Unanimously approved" (Wroxton & Balscote, 4 November 2024, Appendix One)', () => {
  it('should read the five bank mandate resolutions with their proposers and outcome', async () => {
    const { resolutions } = await decisionsIn('wroxton_balscote_pc_full_council_2024-11-04_minutes.pdf', 'HSBC requires a series of resolutions', 'In passing the above Resolutions');
    expect(resolutions).toHaveLength(5);
    expect(resolutions[1].text).toBe('2. Proposed by Cllr Robarts Seconded by Cllr Collins That any two of the Signatories are authorised by the Council to sign the HSBC Mandate Form. Unanimously approved');
    expect(resolutions[4].text).toBe(
      '5. Proposed by Cllr Colbert Seconded by Cllr Humphreys That the following be designated as Signatories for the purposes of the HSBC Mandate Cllr. Harvey Marcovitch Cllr. Michael Robarts Cllr. Duncan Collins Mrs Gail Williams (Parish Clerk) Unanimously approved',
    );
  });

  it('should not take "Bank Reconciliation:" then "Approved" for a vote', async () => {
    const body = await passage('wroxton_balscote_pc_full_council_2024-11-04_minutes.pdf', 'Bank Reconciliation:', 'had reviewed and signed the reconciliation');
    expect(findVotes(body, new Context('wroxton')).votes).toEqual([]);
  });
});

describe('"Resolved that …" in sentence case and "Committee resolved to:" (Royal Sutton Coldfield, 13 March 2018)', () => {
  const paper = 'royal_sutton_coldfield_tc_amenities_leisure_community_services_2018-03-13_minutes.pdf';

  it('should read "Resolved that …" to the end of its sentence', async () => {
    const { resolutions, left } = await decisionsIn(paper, 'Cllr Hewett asked to note', 'be signed as a true record of the meeting.');
    expect(resolutions.map((r) => r.text)).toEqual([
      'Resolved that the minutes of the meeting of Amenities, Leisure and Community Services held on Wednesday 17th January (previously circulated) be signed as a true record of the meeting.',
    ]);
    expect(left).toEqual(['Cllr Hewett asked to note that her name was incorrectly spelt.']);
  });

  it('should keep the i) and ii) parts of "Committee resolved to:"', async () => {
    const { resolutions } = await decisionsIn(paper, 'Committee resolved to:', 'the report');
    expect(resolutions).toHaveLength(1);
    expect(resolutions[0].parts).toEqual([
      'Approve the outlined proposals in section 4 of the report and to authorise the Assistant Town Clerk to progress the proposals to deliver the various elements of the project within the approved budget parameters',
      'Note the details of the traffic island planting improvements detailed in section 7 of the report',
    ]);
  });

  it('should end "Committee resolved to note …" at its full stop, before the next subject', async () => {
    const { resolutions, left } = await decisionsIn(paper, 'Committee resolved to note the matters arising.', 'Committee considered the following applications:');
    expect(resolutions.map((r) => r.text)).toEqual(['Committee resolved to note the matters arising.']);
    expect(left).toEqual(['6 Community Grant Applications', 'Committee considered the following applications:']);
  });
});

describe('a "Decisions" list after the actions (NHS Wales Technical Standards Board, 28 March 2019)', () => {
  const paper = 'nhs_wales_technical_standards_board_board_2019-03-28_minutes.md';

  it('should read each bullet as a resolution', async () => {
    const { resolutions } = await decisionsIn(paper, 'Decisions', 'adapting them for Wales where necessary');
    expect(resolutions.map((r) => r.text)).toEqual([
      'The Board agreed that medicines and prescribing was a fundamental issue, and that the Board would endorse an aligned standards approach and provide any assistance necessary.',
      'It was agreed by the Board that in principle, it would take an approach of adopting FHIR and standards approaches taken by NHS Digital, and adapting them for Wales where necessary.',
    ]);
  });

  it('should read "It was agreed by the Board that …" in the discussion, and not a member agreeing to write a blog post', async () => {
    expect(await sentences(paper, 'The Board discussed whether or not Wales', 'It was agreed by the Board that')).toEqual([
      'It was agreed by the Board that in principle, it would take an approach of adopting FHIR and standards approaches taken by NHS Digital, and adapting them for Wales where necessary.',
    ]);
    expect(await sentences(paper, 'MW agreed to write a blog post', 'MW agreed to write a blog post')).toEqual([]);
  });
});

describe('parish decisions stated in a sentence', () => {
  it('should read "It was unanimously agreed that …" (Sheet, 11 July 2023, minute 23/119)', async () => {
    expect(await sentences('sheet_pc_full_council_2023-07-11_minutes.pdf', 'the Clerk confirmed that Cllr. Stevens', 'paperwork to be completed.')).toEqual([
      'It was unanimously agreed that James Plant should be co-opted to Sheet Parish Council.',
    ]);
  });

  it('should read "Councillors agreed that …" printed twice as two decisions on their own lines (West Dereham, 1 June 2017)', async () => {
    const body = await passage('west_dereham_pc_full_council_2017-06-01_minutes.md', 'Minute 64/17c should read', 'The councillors agreed that the minutes should be signed');
    const read = inlineDecisions(body, new Set()).filter((d) => /^(?:The )?[Cc]ouncillors agreed/.test(d.resolution.text));
    expect(read.map((d) => [d.resolution.text, d.resolution.source.line])).toEqual([
      ['Councillors agreed that the amendment should be made.', body[0].src.line],
      ['Councillors agreed that the amendment should be made.', body[1].src.line],
      ['The councillors agreed that the minutes should be signed as a true record subject to the two amendments.', body[2].src.line],
    ]);
  });

  it('should read "Councillors agreed that the proposal … should go ahead" and not "The Clerk agreed to …" (West Dereham)', async () => {
    const read = await sentences('west_dereham_pc_full_council_2017-06-01_minutes.md', 'a) Telephone Boxes', 'a) Telephone Boxes');
    expect(read).toEqual(['Councillors agreed that the proposal to place plants in the Telephone Boxes should go ahead.']);
  });
});

describe('a proposal refused is not a resolution (Sheet, 10 November 2022, capital projects)', () => {
  const paper = 'sheet_pc_full_council_2022-11-10_minutes.pdf';

  it('should not read "was considered but not agreed" as a decision', async () => {
    expect(await sentences(paper, 'An oak shelter for the old bus shelter site', 'An oak shelter for the old bus shelter site')).toEqual([]);
  });

  it('should keep the proposals agreed above it, run on to it without a full stop', async () => {
    const read = await sentences(paper, 'Capital Projects', 'considered but not agreed');
    expect(read).toHaveLength(1);
    // The bullets are a symbol-font glyph the PDF carries as a private-use character.
    expect(read[0]).toMatch(/it was agreed to progress the following proposals:.{1,4}Two speed indicator devices \(as noted above\) £4000/);
    expect(read[0]).toMatch(/A drinking fountain outside the Village Hall - £1000\.00/);
  });
});

describe('decisions recorded in the passive ("… were approved and signed.")', () => {
  it('reads the approval of the previous minutes as a decision, Sheet Parish Council, 11 July 2023', async () => {
    const { pack } = await extractFile(fixture('minutes', 'sheet_pc_full_council_2023-07-11_minutes.pdf'));
    const minute = pack.minutes[0].items.find((i) => i.number === '23/117');
    expect(minute?.resolutions.map((r) => r.text)).toEqual(['The Minutes of the meeting held on Tuesday, 13th June were approved and signed.']);
  });

  it('does not read a vote\'s result line alone ("Agreed unanimously.") as a decision too, Kent County Council, 13 March 2025', async () => {
    const { pack } = await extractFile(fixture('minutes', 'kent_county_council_2025-03-13_printed_minutes.pdf'));
    expect(pack.minutes[0].items.find((i) => i.number === '296')?.resolutions).toEqual([]);
  });
});

describe('decisions in the ways parish minutes word them without RESOLVED', () => {
  it('reads "were accepted", "was considered and approved" and "A response was agreed" (Horsley village hall, Manordeilo and Salem)', async () => {
    expect(await sentences('horsley_village_hall_committee_2013-10-08_minutes.pdf', 'The minutes of the last meeting committee meeting', 'The minutes of the last meeting committee meeting')).toEqual([
      'The minutes of the last meeting committee meeting on 16.7.13 were accepted.',
    ]);
    expect(await sentences('manordeilo_salem_community_council_2016-02-10_minutes_en.pdf', 'Communication had been received from C.C.C.', 'reply. Clerk')).toEqual([
      'A response was agreed, Clerk to reply.',
    ]);
  });

  it('reads "it was decided …" and "Councillors approved a request …" (Haresfield, 26 January 2020)', async () => {
    const paper = 'haresfield_pc_full_council_2020-01-26_minutes.txt';
    expect(await sentences(paper, 'A proposal to install CCTV', 'Anybody who is interested')).toEqual([
      'Councillors discussed a proposal to brighten up the bus shelters and it was decided to approaching local groups to create murals in them.',
    ]);
    const { pack } = await extractFile(fixture('minutes', paper));
    expect(pack.minutes[0].items.find((i) => i.title === 'Finance & Clerks Report')?.resolutions.map((r) => r.text)).toEqual([
      'Councillors approved a request for a rise of 20% in the precept from Stroud District Council.',
    ]);
  });

  it('reads an outcome after its label, and a minute whose whole text is its outcome (Wroxton & Balscote, 5 January 2026)', async () => {
    const paper = 'wroxton_balscote_pc_full_council_2026-01-05_minutes.pdf';
    expect(await sentences(paper, 'Bank Reconciliation: approved', 'Bank Reconciliation: approved')).toEqual(['Bank Reconciliation: approved']);
    const { pack } = await extractFile(fixture('minutes', paper));
    const minute = pack.minutes[0].items.find((i) => i.number === '04/26');
    expect(minute?.title).toBe('Minutes of Meeting on 3rd November 2025');
    expect(minute?.resolutions.map((r) => r.text)).toEqual(['accepted']);
  });

  it('does not read "noted" after a label as a decision (Wroxton & Balscote, 12 May 2025, minute 41/25)', async () => {
    expect(await sentences('wroxton_balscote_pc_annual_meeting_2025-05-12_minutes.pdf', 'Bank Reconciliation: approved', 'Mast rental update')).toEqual(['Bank Reconciliation: approved']);
  });
});

describe('a numbered paragraph whose first sentence, read as its title, is the decision', () => {
  it('reads "It was agree that …" in the discussion and as a paragraph\'s opening sentence (Horsley neighbourhood plan group, 19 October 2014)', async () => {
    const { pack } = await extractFile(fixture('tracker', 'horsley_neighbourhood_plan_wg_2014-10-19_minutes_actions_p1-2.pdf'));
    const decisions = (n: string) => pack.minutes[0].items.find((i) => i.number === n)?.resolutions.map((r) => r.text);
    expect(decisions('3')).toEqual(['It was agree that Billsden, Cringleford and Ferring NPs would be sent to the group as references for style and JN to send Pdfs of content each plan']);
    expect(decisions('5')).toEqual(['It was agree that Working Groups (WGs) should be set up to research the key content for each key section']);
  });
});

describe('elections and proposals carried without RESOLVED', () => {
  it('reads an election "nominated and seconded" as the minute\'s decision, with no decision-unread warning (Wretton, 13 May 2019, minutes 1 and 5)', async () => {
    const { pack } = await extractFile(fixture('minutes', 'wretton_pc_annual_meeting_2019-05-13_minutes_items_1-5.md'));
    const decisions = (n: string) => pack.minutes[0].items.find((i) => i.number === n)?.resolutions.map((r) => r.text);
    // "1\. Election of Chairman David Llewellyn was nominated and seconded as Chairman and with no further nominations duly accepted the role."
    expect(decisions('1')).toEqual(['David Llewellyn was nominated and seconded as Chairman and with no further nominations duly accepted the role.']);
    expect(decisions('5')).toEqual(['Mick Peake was nominated and seconded as Vice-Chairman and with no further nominations duly accepted the role.']);
    expect(pack.warnings.filter((w) => w.code === 'decision-unread')).toEqual([]);
  });

  it('reads "CC proposed and LH seconded that …" closed by the councillors\' assent as one decision, from the proposal on (West Dereham, 1 June 2017, minute 82/17 a)', async () => {
    const { resolutions, left } = await decisionsIn('west_dereham_pc_full_council_2017-06-01_minutes.md', 'a) Accounts for May and Year to Date', 'a) Accounts for May and Year to Date');
    expect(resolutions.map((r) => r.text)).toEqual([
      'CC proposed and LH seconded that the financial information should be presented at the July Parish Council Meeting. Councillors present were content with the proposal.',
    ]);
    expect(left.join(' ')).toMatch(/^a\) Accounts for May and Year to Date – The Parish Clerk reported .* had been unable to complete a report for the meeting\.$/);
  });
});
