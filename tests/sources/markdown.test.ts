import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allLines } from '../../src/layout/types.js';
import { readText } from '../../src/sources/text.js';
import { fixture, loadLayout } from '../helpers.js';
import { cellsOf, lineStarting, linesContaining, noEmptyText } from './find.js';

describe('a markdown pack (Birmingham, 2019)', () => {
  const file = fixture('sources', 'birmingham_csc_osc_2019-03-13_agenda_and_plan_table.md');

  it('gives "### **CHILDREN\'S SOCIAL CARE …**" heading level 3, bold, with no markdown left', async () => {
    const layout = await loadLayout(file);
    const heading = lineStarting(layout, "CHILDREN'S SOCIAL CARE OVERVIEW AND SCRUTINY COMMITTEE");
    expect(heading.text).toBe("CHILDREN'S SOCIAL CARE OVERVIEW AND SCRUTINY COMMITTEE");
    expect(heading.heading).toBe(3);
    expect(heading.bold).toBe(true);
    expect(lineStarting(layout, 'BIRMINGHAM CITY COUNCIL').heading).toBe(2);
    expect(allLines(layout).filter((l) => /\*\*|^#|<\/?[a-z]+>/.test(l.text))).toEqual([]);
    expect(noEmptyText(layout)).toBe(true);
  });

  it('marks a line wholly in **…** bold and keeps page ranges as their own lines', async () => {
    const layout = await loadLayout(file);
    const venue = lineStarting(layout, 'WEDNESDAY, 13 MARCH 2019 AT 10:00 HOURS');
    expect(venue.bold).toBe(true);
    expect(venue.heading).toBeUndefined();
    expect(lineStarting(layout, '3 - 6').bold).toBe(true);
    expect(lineStarting(layout, 'To receive any apologies.').bold).toBe(false);
  });

  it('keeps two bold runs glued as **A****B** apart, and a bold run carried onto the next line', async () => {
    const layout = await loadLayout(file);
    const title = lineStarting(layout, 'BIRMINGHAM CITY COUNCIL CHILDREN');
    expect(title.text).toBe("BIRMINGHAM CITY COUNCIL CHILDREN'S SOCIAL CARE OVERVIEW AND SCRUTINY (O&S)");
    expect(lineStarting(layout, 'COMMITTEE – PUBLIC MEETING').bold).toBe(true);
  });

  it('reads links as their text and <sup> ordinals into the word', async () => {
    const layout = await loadLayout(file);
    expect(lineStarting(layout, 'The Chairman to advise/meeting').text).toContain("Council's Internet site (www.civico.net/birmingham) and");
    expect(lineStarting(layout, '10:00 hours on Wednesday').text).toBe('10:00 hours on Wednesday 13th February 2019, Committee Room 2 - Actions');
  });

  it('reads a tab-separated plan row with HTML cells: <u>, <b> and a <ul> list in one cell', async () => {
    const layout = await loadLayout(file);
    const header = lineStarting(layout, 'Lead(s) Progress Update');
    expect(cellsOf(header)).toEqual([
      [1, 'Lead(s)'],
      [2, 'Progress Update'],
      [3, 'Date to complete'],
      [4, 'RAG Status'],
    ]);
    expect(lineStarting(layout, 'Strategic Priority 1').cells[0].bold).toBe(true);
    expect(cellsOf(lineStarting(layout, '7. Practice Evaluation'))).toEqual([
      [0, '7. Practice Evaluation to focus on re-referrals Feb 2019, feedback from this will determine further actions, including policy and practice developments.'],
      [1, 'Area AD HoS, CASS'],
      [3, 'March 2019'],
      [4, 'G'],
    ]);
    // The four <li> items of one cell stay in that cell, in order; each ends with its own full stop, so no "; " is added.
    const list = lineStarting(layout, 'Birmingham Safeguarding Children Board to ensure');
    expect(list.cells.length).toBe(1);
    expect(list.text).toContain('strengthen the Early Help Offer. Work with West Midlands Police to improve collaboration');
    expect(list.text.endsWith('responding to families in need of support effectively.')).toBe(true);
  });

  it('joins <p> paragraphs inside one cell with a space', async () => {
    const layout = await loadLayout(file);
    const cell = lineStarting(layout, "R01 - Councillors to commit to at least one activity from the 'menu of involvement'.");
    expect(cell.text).toContain('(Achieved – late). R02 - The menu of involvement');
  });
});

describe('a markdown pipe table', () => {
  it('gives one line per row with cells at their column index, without the |---| row', async () => {
    const layout = await loadLayout(fixture('sources', 'birmingham_csc_osc_2019-03-13_forward_plan_as_pipe_table.md'));
    const rows = allLines(layout).filter((l) => l.tableRow);
    expect(rows.length).toBe(9);
    expect(cellsOf(rows[0])).toEqual([
      [0, 'ID Number'],
      [1, 'Title'],
      [2, 'Cabinet Member'],
      [3, 'Proposed Date'],
      [4, 'Date of Decision'],
    ]);
    expect(cellsOf(lineStarting(layout, '006186/2019'))).toEqual([
      [0, '006186/2019'],
      [1, "Ofsted Inspection of Birmingham Children's Social Care Services December 2018"],
      [2, "Children's Wellbeing"],
      [3, '-'],
      [4, '12 Feb 19'],
    ]);
    expect(cellsOf(lineStarting(layout, '006102/2019')).map(([x]) => x)).toEqual([0, 1, 2, 3]);
    expect(linesContaining(layout, '---')).toEqual([]);
  });
});

describe('markdown inline syntax on corpus lines', () => {
  const read = (md: string) => readText(md, 'markdown').pages.flatMap((p) => p.lines);

  it('strips emphasis, escapes and underline tags but keeps the words', () => {
    const [line] = read('\\*\\*Note:\\*\\* the *draft* plan went to <u>Cabinet</u> on 12 Feb 19 \\- see _Appendix D_');
    expect(line.text).toBe('**Note:** the draft plan went to Cabinet on 12 Feb 19 - see Appendix D');
    expect(line.bold).toBe(false);
  });

  it('keeps snake_case, fill-in underscores and a lone footnote star', () => {
    const [line] = read('Signed ________ Chairman; file NENCICB_data_pack; Outcome*');
    expect(line.text).toBe('Signed ________ Chairman; file NENCICB_data_pack; Outcome*');
  });

  it('drops list markers and thematic breaks but keeps ordered numbers and nesting', () => {
    const lines = read('- The Forum is looking at three issues:\n  - Living wage\n\n---\n\n1. Child Sexual Exploitation (CSE)');
    expect(lines.map((l) => [l.x, l.text])).toEqual([
      [0, 'The Forum is looking at three issues:'],
      [2, 'Living wage'],
      [0, '1. Child Sexual Exploitation (CSE)'],
    ]);
  });

  it('reads a setext heading and decodes entities', () => {
    const lines = read('Forward Plan &amp; Decisions\n===\nNone scheduled');
    expect(lines.map((l) => [l.heading, l.text])).toEqual([
      [1, 'Forward Plan & Decisions'],
      [undefined, 'None scheduled'],
    ]);
  });
});

describe('a pipe table in a file named .txt (markdown saved as text)', () => {
  it('is read as table rows too, because the |---| row under its header makes it certain', () => {
    const text = readFileSync(fixture('sources', 'birmingham_csc_osc_2019-03-13_forward_plan_as_pipe_table.md'), 'utf8');
    const lines = readText(text, 'text').pages.flatMap((p) => p.lines);
    const row = lines.find((l) => l.text.startsWith('005639/2018'));
    expect(row?.tableRow).toBe(true);
    expect(row?.cells.map((c) => [c.x, c.text])).toEqual([
      [0, '005639/2018'],
      [1, 'Options for Next Stage of Early Years Health & Wellbeing Contract'],
      [2, "Children's Wellbeing"],
      [3, '14 May 19'],
    ]);
    // Prose with a pipe and no separator row under it stays one cell.
    const [prose] = readText('CCE Scrutiny Inquiry Report to City Council | Birmingham City Council', 'text').pages[0].lines;
    expect(prose.cells.length).toBe(1);
  });
});

describe('an HTML table block inside markdown (as converters write complex tables)', () => {
  it('keeps its rows and cells: the Birmingham tracking row written as <table> over several lines', () => {
    const md = [
      '## 6 Outstanding Tracking',
      '',
      '<table>',
      '  <tr><th>Inquiry</th><th>Outstanding Recommendations</th><th>Date of Tracking</th></tr>',
      '  <tr><td>Corporate Parenting<br>4 April 2017 report to City Council</td>',
      '      <td>R1 – R7 Update on recommendations due on 13 March 2019</td>',
      "      <td>Update rec'd 18 Oct 17 &amp; Annual Report 14 Feb 18</td></tr>",
      '</table>',
    ].join('\n');
    const lines = readText(md, 'markdown').pages.flatMap((p) => p.lines);
    expect(lines.map((l) => [l.tableRow ?? false, l.cells.map((c) => [c.x, c.text])])).toEqual([
      [false, [[0, '6 Outstanding Tracking']]],
      [true, [[0, 'Inquiry'], [1, 'Outstanding Recommendations'], [2, 'Date of Tracking']]],
      [
        true,
        [
          [0, 'Corporate Parenting 4 April 2017 report to City Council'],
          [1, 'R1 – R7 Update on recommendations due on 13 March 2019'],
          [2, "Update rec'd 18 Oct 17 & Annual Report 14 Feb 18"],
        ],
      ],
    ]);
    expect(lines[1].bold).toBe(true);
  });
});

describe('front matter of a web page (Stoke Ferry minutes as published on a village website)', () => {
  it('is kept apart from the text as metadata, so its posting date is never read as the meeting date', async () => {
    const layout = await loadLayout(fixture('minutes', 'stoke_ferry_pc_full_council_2020-10-07_minutes.md'));
    expect(layout.frontMatter?.slice(0, 2)).toEqual(['title: "Draft Minutes of Stoke Ferry PC Minutes October 2020"', 'date: "2020-11-05"']);
    expect(layout.pages[0].lines[0].text.startsWith('STOKE FERRY PARISH COUNCIL Draft')).toBe(true);
  });
});

describe('markup left in plain-text extractions', () => {
  it('turns a "## 8 Forward Plan for Cabinet Decisions" line into a level-2 heading without its marks (Birmingham forward plan, 13 March 2019)', async () => {
    const layout = await loadLayout(fixture('flattened', 'birmingham_csc_osc_2019-03-13_forward_plan.spaces.txt'));
    const heading = lineStarting(layout, '8 Forward Plan for Cabinet Decisions');
    expect(heading).toMatchObject({ text: '8 Forward Plan for Cabinet Decisions', heading: 2, bold: true });
    expect(allLines(layout).filter((l) => /^#/.test(l.text))).toEqual([]);
  });

  it('reads tags, bold marks and heading marks into text and facts, so the parsers see none', () => {
    const [range, glued, marked] = readText(['<u>5 - 16</u>', '', "**BIRMINGHAM CITY COUNCIL****CHILDREN'S SOCIAL CARE**", '', '### **1 NOTICE OF RECORDING/WEBCAST**'].join('\n'), 'text').pages[0].lines;
    expect(range.text).toBe('5 - 16');
    expect(glued).toMatchObject({ text: "BIRMINGHAM CITY COUNCIL CHILDREN'S SOCIAL CARE", bold: true });
    expect(marked).toMatchObject({ text: '1 NOTICE OF RECORDING/WEBCAST', heading: 3, bold: true });
  });
});
