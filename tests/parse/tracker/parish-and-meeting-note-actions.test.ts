/**
 * Action tables inside minutes and meeting notes: the Horsley working group's
 * "Points discussed/agreed | Action Who/When" side column, and the Kent treasury group's
 * borderless "Ref | Action | Status" table whose status shares a line with a wrapped action.
 */
import { describe, expect, it } from 'vitest';
import { Context } from '../../../src/context.js';
import { allLines } from '../../../src/layout/types.js';
import { parseActionTracker } from '../../../src/parse/tracker/index.js';
import { fixture, loadLayout } from '../../helpers.js';

async function parse(file: string) {
  const ctx = new Context(file);
  const lines = allLines(await loadLayout(file));
  return { ...parseActionTracker(lines, ctx), ctx, lines };
}

describe('the Horsley Neighbourhood Plan working group minutes of 19 October 2014', () => {
  const FILE = fixture('tracker', 'horsley_neighbourhood_plan_wg_2014-10-19_minutes_actions_p1-2.pdf');

  it('yields one action per entry in the Action Who/When column, dated with the meeting', async () => {
    const { value } = await parse(FILE);
    expect(value.map((r) => ({ date: r.date, minute: r.minute, action: r.action, lead: r.lead, due: r.due, status: r.status }))).toEqual([
      { date: '2014-10-19', minute: '1', action: 'It was agreed that JN and AC would investigate feasibility and discuss with SDC NP Officer (Ricardo Rosso)', lead: 'JN/AC', due: null, status: 'open' },
      { date: '2014-10-19', minute: '3', action: 'JN to send Pdfs of each plan', lead: 'JN', due: null, status: 'open' },
      { date: '2014-10-19', minute: '7', action: 'AC to arrange to be sent out with minutes', lead: 'AC/JN', due: null, status: 'open' },
      { date: '2014-10-19', minute: '8', action: 'Working Group to be set up to coordinate: i. Website ii. Email iii. Print (liaison with Parish Magazines)', lead: 'AC/JN', due: null, status: 'open' },
      { date: '2014-10-19', minute: '9', action: 'AC to liaise with Paul Hoffman', lead: 'AC', due: null, status: 'open' },
    ]);
  });

  it('takes the item from the opening of the numbered point the action stands beside', async () => {
    const { value } = await parse(FILE);
    expect(value.map((r) => r.item)).toEqual([
      'KK presented a proposal for an outline schedule (Copy is attached) to deliver HNP in March 2015',
      'AC advised the group that he has reviewed a number of diverse NPs from other areas.',
      'Request for maps of Horsley Parish to be sent to group',
      'Need to set up communications infrastructure and agree comms strategy',
      'Need to set up facilities to survey across the village',
    ]);
  });

  it('warns that "Nov (3/4?)" is not a due date instead of guessing one', async () => {
    const { ctx } = await parse(FILE);
    expect(ctx.warnings).toEqual([
      { code: 'action-due-unparsed', message: expect.stringContaining('Nov (3/4?)'), source: { page: 1, line: 28 } },
    ]);
  });

  it('reads the header repeated on page 2 as a header, not as an action', async () => {
    const { value, claimed, lines } = await parse(FILE);
    expect(value.some((r) => /Who\/When/.test(r.action))).toBe(false);
    const repeated = lines.filter((l) => l.page === 2 && /Points discussed/.test(l.text));
    expect(repeated).toHaveLength(1);
    expect(claimed.has(repeated[0].line)).toBe(true);
  });
});

describe('the Kent treasury management group note of 14 November 2024', () => {
  const FILE = fixture('tracker', 'kent_county_council_2024-11-14_treasury_group_note_action_points.pdf');

  it('yields the one action point, whole, with its status split off the wrapped action', async () => {
    const { value, ctx } = await parse(FILE);
    expect(value).toHaveLength(1);
    expect(value[0]).toMatchObject({
      tracker: 'Actions Points',
      date: '2024-11-14',
      minute: null,
      action: 'JG will communicate Link’s most recent slides and the Mid Year Review to all members.',
      status: 'completed',
      source: { page: 2, line: 60 },
    });
    expect(ctx.warnings).toEqual([]);
  });
});
