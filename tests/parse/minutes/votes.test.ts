import { describe, expect, it } from 'vitest';
import { Context } from '../../../src/context.js';
import { findVotes } from '../../../src/parse/minutes/vote.js';
import { passage, voteRow } from './helpers.js';

const votesIn = async (name: string, first: string, last: string) => findVotes(await passage(name, first, last), new Context(name)).votes;

describe('a show of hands in words after the proposer and seconder (Stoke Ferry, 7 October 2020)', () => {
  const paper = 'stoke_ferry_pc_full_council_2020-10-07_minutes.md';

  it('should read "five were in favour and two abstained" as counts without names', async () => {
    const [vote] = await votesIn(paper, 'RESOLVED: That 85 badges', 'RESOLVED: That 85 badges');
    expect(vote.for).toEqual({ count: 5, names: [] });
    expect(vote.against).toEqual({ count: null, names: [] });
    expect(vote.abstain).toEqual({ count: 2, names: [] });
    expect(vote.motion).toBe('That 85 badges costing £325 plus VAT be purchased split with Norfolk County Council through the Parish Partnership Funding 2020/21.');
    expect(vote.result).toBeNull(); // the minutes print no result word
  });

  it('should read "six were in favour with one abstained"', async () => {
    const votes = await votesIn(paper, 'RESOLVED: That the payments for September 2020', 'RESOLVED: That the payments for September 2020');
    expect(votes.map(voteRow)).toEqual(['6-?-1 no result']);
  });

  it('should keep "all were in favour" uncounted beside the two who abstained', async () => {
    const votes = await votesIn(paper, 'RESOLVED: That the minutes of the Ordinary meeting held on 9 September 2020', 'two abstained as they were not in attendance');
    expect(votes.map(voteRow)).toEqual(['?-?-2 no result']);
  });

  it('should not record a vote where all were in favour and nothing was counted', async () => {
    expect(await votesIn(paper, 'RESOLVED: That a budget of £75', 'RESOLVED: That a budget of £75')).toEqual([]);
  });

  it('should find the three counted votes of the whole paper and leave the lines to the resolutions', async () => {
    const body = await passage(paper, 'Openness and Transparency Notice', 'Meeting Closed at 10.00 pm.');
    const { votes, used } = findVotes(body, new Context(paper));
    expect(votes.map(voteRow)).toEqual(['?-?-2 no result', '5-?-2 no result', '6-?-1 no result']);
    expect(used.size).toBe(0);
  });
});

describe('"All in favour. Approved." with no counts (Whitbourne, 14 January and 4 March 2026)', () => {
  const paper = 'whitbourne_pc_full_council_2026-01-14_minutes.pdf';

  it('should not record a vote for a result wrapped onto the line after "All in favour."', async () => {
    // "… Proposed SK, seconded MC. All in favour." then "Approved." alone on the next line.
    expect(await votesIn(paper, 'Clerk Salary & HMRC PAYE', 'Approved.')).toEqual([]);
  });

  it('should record no vote anywhere in either set of minutes, which never count hands', async () => {
    expect(await votesIn(paper, '14th January 2026', 'These payments were approved under Minute 9.1 above.')).toEqual([]);
  });
});

describe('an outcome in a table is not a vote (Royal Sutton Coldfield, 13 March 2018, community grants)', () => {
  it('should not record a vote for "Approved." in the recommendation column', async () => {
    const paper = 'royal_sutton_coldfield_tc_amenities_leisure_community_services_2018-03-13_minutes.pdf';
    expect(await votesIn(paper, 'Committee considered the following applications:', 'Approved.')).toEqual([]);
  });
});

describe('a majority reported as a score (the phrasings named in the issue; no corpus paper prints one)', () => {
  const line = (text: string) => ({ src: { text, cells: [], page: 1, line: 1, x: 0, x2: 0, y: 0, size: null, bold: false }, text, bold: false });
  it.each([
    ['The motion was carried by 6 votes to 3 with 1 abstention.', [6, 3, 1], 'carried'],
    ['On being put to the vote the amendment was lost by 4 votes to seven.', [4, 7, null], 'lost'],
  ])('reads "%s"', (text, [f, a, ab], result) => {
    const { votes } = findVotes([line(text)], new Context('score'));
    expect(votes.map((v) => [v.for.count, v.against.count, v.abstain.count, v.result, v.for.names])).toEqual([[f, a, ab, result, []]]);
  });
});
