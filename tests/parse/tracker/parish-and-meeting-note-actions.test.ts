/**
 * Action tables inside minutes and meeting notes: the Horsley working group's
 * "Points discussed/agreed | Action Who/When" side column, the Kent treasury group's
 * borderless "Ref | Action | Status" table whose status shares a line with a wrapped action,
 * and the Hyndland parent council's "Action items | Person responsible | Deadline" tables.
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

describe('the Hyndland Primary Parent Council minutes of 26 November 2025: an "Action items | Person responsible | Deadline" table under each item', () => {
  const FILE = fixture('minutes', 'hyndland_primary_parent_council_parent_council_2025-11-26_minutes.pdf');

  it('reads one row per checkbox line, its lead printed at the top of its row above the action (pages 3-5)', async () => {
    const { value } = await parse(FILE);
    // pdftotext -layout, page 3: "Sam  Enter deadline here" over "Wording to be created for
    // newsletters for PVGs", "Dorian …" over "Chase GGC if no response.", "Dorian" over the
    // two lines of "If no response in 14 days …".
    expect(value.filter((r) => r.source.page >= 3 && r.source.page <= 5).map((r) => [r.lead, r.action])).toEqual([
      ['Sam', 'Wording to be created for newsletters for PVGs'],
      ['Dorian', 'Chase GGC if no response.'],
      ['Dorian', 'If no response in 14 days Connect Scot to be contacted to see if they can help us find an answer regarding training.'],
      ['Susan', 'Susan will write a cheque for the sound system'],
      ['Dorian', 'Dorian will purchase the sound system as soon as it clears'],
      ['Susan', 'Look into what is required to change accounts to BOS.'],
      ['Nina', 'Submit application for a licence.'],
      ['Jac', 'Confirm availability at Oran Mor and book the date'],
    ]);
  });

  it('pairs a lead column printed as one stacked cell of names with the rows in order (page 2)', async () => {
    const { value } = await parse(FILE);
    // Page 2: six checkbox lines beside the names Sam, Despo, Sam, Helen, Helen, Jac stacked in
    // the "Person responsible" cell, not level with the rows.
    expect(value.filter((r) => r.source.page === 2).map((r) => [r.lead, r.action])).toEqual([
      ['Sam', 'Ask PVG holders if they can help with winter Fayre'],
      ['Despo', 'Delete transcription from google drive'],
      ['Sam', 'Create an action log that is part of a rolling agenda.'],
      ['Helen', 'Send a Poll to parents for school photos.'],
      ['Helen', 'Obtain an up to date price list from colourprint.'],
      ['Jac', 'Jac to ask her partner to come and assess classroom'],
    ]);
  });

  it('reads page 6\'s rows whole now that "8th" keeps its superscript (the layout once set "th" on the lead\'s line)', async () => {
    const { value } = await parse(FILE);
    expect(value.filter((r) => r.source.page === 6).map((r) => [r.lead, r.action])).toEqual([
      ['Jac', 'Meet with Konplan on the 8th December'],
      ['Helen', 'Dorian to send the letter to Helen'],
    ]);
  });

  it('ends each table at the next item\'s "Agenda item: … Presenter: …" line, laid out on other tab stops', async () => {
    const { value } = await parse(FILE);
    expect(value.some((r) => /^(?:Agenda item|Discussion)/.test(r.action))).toBe(false);
  });
});
