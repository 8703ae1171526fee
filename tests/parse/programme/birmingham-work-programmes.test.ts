/**
 * Work programmes (best effort): the Birmingham ECYP O&S programme 2024-25 (one row per item,
 * "Deadline for reports:" in the method column, rows broken by page headers, "TBC" items) and
 * the Birmingham CSC O&S meeting schedule 2018-19 (a merged date cell over several sessions
 * with "Report Deadline:" printed beneath the date).
 */
import { describe, expect, it } from 'vitest';
import { Context } from '../../../src/context.js';
import { allLines } from '../../../src/layout/types.js';
import { parseWorkProgramme } from '../../../src/parse/programme/index.js';
import { fixture, loadLayout } from '../../helpers.js';

async function parse(file: string) {
  const ctx = new Context(file);
  const lines = allLines(await loadLayout(file));
  return { ...parseWorkProgramme(lines, ctx), ctx, lines };
}

describe('the Birmingham ECYP work programme 2024-25', () => {
  const FILE = fixture('tables', 'birmingham_ecyp_osc_2024-12-04_work_programme.txt');

  it('yields one entry per programmed item, with its meeting date and report deadline', async () => {
    const { value, ctx } = await parse(FILE);
    expect(value).toHaveLength(23);
    expect(value.slice(0, 5).map(({ date, item, deadline, status }) => ({ date, item, deadline, status }))).toEqual([
      { date: '2024-06-19', item: 'Committee Work Programme 2024/25', deadline: '2024-06-03', status: null },
      { date: '2024-06-19', item: 'Member Visit to City of Birmingham School (COBS)', deadline: null, status: null },
      { date: '2024-07-17', item: 'Birmingham School Attendance Strategy 2024 - 2028', deadline: '2024-07-01', status: null },
      { date: '2024-07-17', item: 'Implications and Impact of Identified Savings', deadline: null, status: null },
      { date: '2024-10-11', item: 'Alternative Solution for Schools HR, Payroll and Finance Business Case', deadline: '2024-09-26', status: null },
    ]);
    expect(ctx.warnings).toEqual([]);
  });

  it('names the cabinet member, lead officer and witnesses, leaving out "N/A" and "TBC"', async () => {
    const { value } = await parse(FILE);
    expect(value[0].attending).toEqual(['Christian Scade - Head of Scrutiny and Committee Services']);
    expect(value[9]).toMatchObject({
      date: '2024-12-04',
      item: 'SEND Commissioner (12.00 – 1.00pm)',
      attending: ['Cllr Mick Brown - Cabinet Member, Children, Young People and Families', 'Dr Sue Harrison - Strategic Director, Children and Families', 'Mr John Coughlan CBE'],
      deadline: '2024-11-18',
    });
  });

  it('marks items still to be confirmed as TBC', async () => {
    const { value } = await parse(FILE);
    expect(value.filter((e) => e.status === 'TBC').map((e) => [e.date, e.item])).toEqual([
      ['2025-04-09', 'School Attainment TBC for April or May'],
      ['2025-04-09', 'School Improvement TBC for April or May'],
      ['2025-05-14', 'School Attainment TBC for April or May'],
      ['2025-05-14', 'School Improvement TBC for April or May'],
    ]);
  });
});

describe('the Birmingham CSC meeting schedule 2018-19', () => {
  const FILE = fixture('tables', 'birmingham_csc_osc_2019-03-13_meeting_schedule.md');

  it('gives every session under a merged date cell that date and the deadline printed beneath it', async () => {
    const { value } = await parse(FILE);
    expect(value).toHaveLength(17);
    expect(value.slice(1, 3).map(({ date, item, deadline }) => ({ date, item, deadline }))).toEqual([
      { date: '2018-07-25', item: "Cllr Booth, Cabinet Member for Children's Wellbeing.", deadline: '2018-07-16' },
      { date: '2018-07-25', item: "Children's Trust briefing and discussion.", deadline: '2018-07-16' },
    ]);
    expect(value.filter((e) => e.date === '2018-12-12').map((e) => e.deadline)).toEqual(['2018-12-03', '2018-12-03']);
  });

  it('splits the attendees at each semicolon', async () => {
    const { value } = await parse(FILE);
    expect(value[0].attending.slice(0, 2)).toEqual([
      "Andy Couldrick, Chief Executive, Children's Trust",
      "Seamus Gaynor, Head of Executive, Children's Trust",
    ]);
  });
});
