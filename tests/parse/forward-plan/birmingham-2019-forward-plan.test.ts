/**
 * The forward plan in the Birmingham Children's Social Care O&S pack of 13 March 2019
 * (section 8 of the work programme report, markdown extraction with tab-separated tables).
 */
import { describe, expect, it } from 'vitest';
import { Context } from '../../../src/context.js';
import { allLines } from '../../../src/layout/types.js';
import { parseForwardPlan } from '../../../src/parse/forward-plan/index.js';
import { fixture, loadLayout } from '../../helpers.js';

const FILE = fixture('tables', 'birmingham_csc_osc_2019-03-13_forward_plan.md');

async function parse() {
  const ctx = new Context(FILE);
  const lines = allLines(await loadLayout(FILE));
  return { ...parseForwardPlan(lines, ctx), ctx, lines };
}

describe('the Birmingham 2019-03-13 forward plan', () => {
  it('yields every Cabinet decision with its cabinet member as portfolio and its dates', async () => {
    const { value } = await parse();
    expect(value.slice(0, 8).map(({ id, title, portfolio, proposed, decided }) => ({ id, title, portfolio, proposed, decided }))).toEqual([
      { id: '005164/2018', title: 'T023 – Provision of Transport Services (Contract Extension)', portfolio: "Children's Wellbeing", proposed: '2018-06-26', decided: '2018-06-26' },
      { id: '005447/2018', title: 'Council Run Day Nurseries – Public Report', portfolio: "Children's Wellbeing", proposed: '2018-12-11', decided: '2018-12-11' },
      { id: '005639/2018', title: 'Options for Next Stage of Early Years Health & Wellbeing Contract', portfolio: "Children's Wellbeing", proposed: '2019-05-14', decided: null },
      { id: '005729/2018', title: 'Youth Justice Strategic Plan 2018-19', portfolio: "Children's Wellbeing", proposed: '2018-12-11', decided: '2018-12-11' },
      { id: '005449/2018', title: 'Travel Assist Service', portfolio: 'Education, Skills & Culture', proposed: '2018-12-11', decided: '2018-12-11' },
      { id: '006186/2019', title: "Ofsted Inspection of Birmingham Children's Social Care Services December 2018", portfolio: "Children's Wellbeing", proposed: null, decided: '2019-02-12' },
      { id: '006102/2019', title: 'Travel Assist Service', portfolio: "Children's Wellbeing", proposed: '2019-04-16', decided: null },
      { id: '006187/2019', title: "Action Plan in Response to Ofsted Inspection of Birmingham Children's Social Care Services December 2018", portfolio: "Children's Wellbeing", proposed: '2019-04-16', decided: null },
    ]);
  });

  it('reads the joint decisions table ("Ref No | … | Cabinet Member & Lead Officer | Date of Decision"), its cabinet member column as the portfolio', async () => {
    const { value } = await parse();
    expect(value.slice(8).map(({ id, title, portfolio, proposed, decided }) => ({ id, title, portfolio, proposed, decided }))).toEqual([
      { id: '005968/2018', title: 'Written Statement of Action (WSOA) - Special Educational Needs and Disability (SEND) - Public Report', portfolio: "Cllr Kate Booth, Cabinet Member for Children's Wellbeing Jointly with Sharon Scott, Interim Assistant Director - SEND", proposed: null, decided: '2018-12-07' },
      { id: '005969/2018', title: 'Private Report', portfolio: null, proposed: null, decided: null },
    ]);
  });

  it('reads "-" as no date, claims both tables and warns about nothing', async () => {
    const { claimed, lines, ctx } = await parse();
    const tableLines = lines.filter((l) => /^\d{6}\/\d{4}|^ID Number|^Ref No/.test(l.text));
    expect(tableLines).toHaveLength(12);
    for (const l of tableLines) expect(claimed.has(l.line)).toBe(true);
    expect(claimed.size).toBe(12);
    expect(ctx.warnings).toEqual([]);
  });
});
