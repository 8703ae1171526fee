/**
 * A tracker PDF whose third row runs over the page break, beneath a repeated header row
 * (fixtures/tracker/make-multipage-tracker.mjs writes it). Cells the layout joined across a
 * narrow gutter ("11 Nov 2020 Children's Services") are split at the header's column edges.
 */
import { describe, expect, it } from 'vitest';
import { Context } from '../../../src/context.js';
import { allLines } from '../../../src/layout/types.js';
import { parseActionTracker } from '../../../src/parse/tracker/index.js';
import { fixture, loadLayout } from '../../helpers.js';

const FILE = fixture('tracker', 'multipage-tracker.pdf');

async function parse() {
  const ctx = new Context(FILE);
  const lines = allLines(await loadLayout(FILE));
  return { ...parseActionTracker(lines, ctx), ctx, lines };
}

describe('a tracker PDF with a row across the page break', () => {
  it('reads four rows: the row over the break is one row, not two', async () => {
    const { value } = await parse();
    expect(value.map((r) => r.action)).toEqual([
      'Officers to circulate the revised savings tracker to Members.',
      'A briefing on the capital programme slippage to be arranged.',
      'The Director to provide a breakdown of agency staff costs by service area, and the plan to reduce them over 2021.',
      'ii) Figures on appeals to be shared with the Committee.',
    ]);
  });

  it('joins the update of the row over the break and keeps the row on the page where it starts', async () => {
    const { value } = await parse();
    expect(value[2]).toMatchObject({
      date: '2020-11-11',
      item: "Children's Services Improvement Plan",
      update: 'In progress: information requested from finance colleagues.',
      status: 'ongoing',
      source: { page: 1 },
    });
  });

  it('reads a date wrapped over two lines and gives it to the row under the merged date cell', async () => {
    const { value } = await parse();
    expect(value.slice(0, 2).map((r) => [r.date, r.item, r.status])).toEqual([
      ['2020-10-14', 'Budget Monitoring', 'completed'],
      ['2020-10-14', 'Budget Monitoring', 'ongoing'],
    ]);
    expect(value[3]).toMatchObject({ date: '2020-12-09', update: null, status: 'open' });
  });

  it('takes the tracker title printed above the table and claims the repeated header', async () => {
    const { value, claimed, lines, ctx } = await parse();
    expect(value.every((r) => r.tracker === 'ACTION TRACKER 2020-21')).toBe(true);
    const headers = lines.filter((l) => l.text === 'Date Agenda Item Action Update');
    expect(headers.map((h) => h.page)).toEqual([1, 2]);
    for (const h of headers) expect(claimed.has(h.line)).toBe(true);
    expect(ctx.warnings).toEqual([]);
  });
});
