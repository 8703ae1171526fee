/**
 * The action tracker of the Birmingham ECYP O&S pack of 4 December 2024 (item 5), as the text
 * extraction printed it: tab-separated cells, the header row repeated after every page break,
 * rows that run on across the break, merged date and agenda-item cells.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Context } from '../../../src/context.js';
import { allLines } from '../../../src/layout/types.js';
import { parseActionTracker } from '../../../src/parse/tracker/index.js';
import { fixture, loadLayout } from '../../helpers.js';

const FILE = fixture('tracker', 'birmingham_ecyp_osc_2024-12-04_action_tracker.txt');

async function parse() {
  const ctx = new Context(FILE);
  const lines = allLines(await loadLayout(FILE));
  return { ...parseActionTracker(lines, ctx), ctx, lines };
}

/** Every row of the tracker, read off the printed table by hand. */
const EXPECTED = [
  {
    date: "2023-10-18",
    minute: null,
    item: "Scrutiny of Delivery of 2023/24 Budget Savings and Update on the Council's Response to S114 Notice and Financial Recovery Plan",
    action: "The Director, Children and Families, to bring work at early stages of planning for input by the Committee.",
    lead: "Dr Sue Harrison - Strategic Director, Children and Families",
    update: "Ongoing.",
    status: "ongoing",
  },
  {
    date: "2023-10-18",
    minute: null,
    item: "Scrutiny of Delivery of 2023/24 Budget Savings and Update on the Council's Response to S114 Notice and Financial Recovery Plan",
    action: "Future agenda items to include a snapshot of their associated spend / budget and impact.",
    lead: "Dr Sue Harrison - Strategic Director, Children and Families",
    update: "Ongoing.",
    status: "ongoing",
  },
  {
    date: "2023-11-29",
    minute: null,
    item: "School Improvement – The New Relationship with Schools",
    action: "Details of the feedback from the consultation for the new policy to be provided.",
    lead: "Dr Sue Harrison - Strategic Director, Children and Families Fayth Skeete - Head of Strategic, Governance and Planning",
    update: "This is scheduled for completion by w/c 10th June 2024 and a copy will be provided.",
    status: "ongoing",
  },
  {
    date: "2024-01-17",
    minute: null,
    item: "Improving Services for Children and Families Plan Update",
    action: "An update on the finalised data and digital road map to be provided alongside future improvement and performance updates to the Committee.",
    lead: "Fayth Skeete - Head of Strategic, Governance and Planning",
    update: "It is anticipated that a copy of the finalised Data and Digital Road map will be provided by the end of July.",
    status: "ongoing",
  },
  {
    date: "2024-01-17",
    minute: null,
    item: "Improving Services for Children and Families Plan Update",
    action: "A diagram of the transformation to include services that have been lost, timelines for the different areas, and staffing information.",
    lead: "Dr Sue Harrison - Strategic Director, Children and Families",
    update: null,
    status: "open",
  },
  {
    date: "2024-05-15",
    minute: null,
    item: "Improving Services for Children and Families Plan Update",
    action: "The timeline for the finalised data and digital roadmap.",
    lead: "Dr Sue Harrison - Strategic Director, Children and Families",
    update: "It is anticipated that a copy of the finalised Data and Digital Road map will be provided by the end of July.",
    status: "ongoing",
  },
  {
    date: "2024-05-15",
    minute: null,
    item: "Improving Services for Children and Families Plan Update",
    action: "Feedback on the consultation for School Improvement – the New Relationship with Schools via email.",
    lead: "Dr Sue Harrison - Strategic Director, Children and Families",
    update: "This is scheduled for completion by w/c 10 June 2024 and a copy will be provided.",
    status: "ongoing",
  },
  {
    date: "2024-05-15",
    minute: null,
    item: "Improving Services for Children and Families Plan Update",
    action: "Timescales from Birmingham Audit on its review of Elective Home Education (EHE).",
    lead: "Dr Sue Harrison - Strategic Director, Children and Families",
    update: "11 June 2024 - Officers are exploring some of the findings and the responsibilities that Audit have assigned to EHE. Officers have held a meeting with them and expect to have the revised report to share shortly.",
    status: "unknown",
  },
  {
    date: "2024-05-15",
    minute: null,
    item: "Improving Services for Children and Families Plan Update",
    action: "The Chair to discuss Birmingham Audit Review of Elective Home Education with the new Independent Chair of the Audit Committee.",
    lead: null,
    update: null,
    status: "open",
  },
  {
    date: "2024-07-17",
    minute: "17",
    item: "Birmingham School Attendance Strategy 2024 – 2028",
    action: "ii) There will be an executive summary when the School Attendance Strategy is finalised.",
    lead: "Razia Butt, Director of Thriving Children and Families",
    update: "The strategy is in the final stages of completion and requires professional graphics added. Drafting of the executive summary is underway and will be with the Committee as soon as completed.",
    status: "ongoing",
  },
  {
    date: "2024-07-17",
    minute: "17",
    item: "Birmingham School Attendance Strategy 2024 – 2028",
    action: "iii) Officers to e-mail the Scrutiny Office their ideas as to how councillors could assist in the promotion of school attendance.",
    lead: "Razia Butt, Director of Thriving Children and Families",
    update: "'Working Together to Improve School Attendance' introduced the concept of a 'Senior Attendance Champion' in schools. We'd like all our partner agencies to also appoint an 'Attendance Champion' to promote attendance and to make sure it remains on the agenda not just for the O&S committee but for the Council as a whole. We would welcome Members of the Committee to consider appointing a champion. We would also be grateful for support from Members of the Committee for any promotional activity related to attendance as we progress the development of our Communications Strategy, once the new service is in place.",
    status: "unknown",
  },
  {
    date: "2024-07-17",
    minute: null,
    item: "T&F Meeting – Implications of Savings",
    action: "Saving 150: Review of Non-Statutory Transport Packages: a) The Committee to undertake an engagement exercise to seek to understand the impact of this policy change. b) More information was required on the number of appeals and other legal actions, and the potential impact on delivery of savings. c) Officers to inform the Committee on the advice from legal colleagues on the definition of exceptional circumstances.",
    lead: "Adrian Weissenbruch - Director, Children's Commissioning and Performance",
    update: "The Post 16 Service was discussed at the 23 rd October committee meeting and further information has been requested and listed in the action tracker for the 23 rd October.",
    status: "unknown",
  },
  {
    date: "2024-07-17",
    minute: null,
    item: "T&F Meeting – Implications of Savings",
    action: "Saving 89 - Review of Youth Services, NEET and Careers Services: The item is on the agenda for the September committee meeting, and the Committee to receive an update on the review, recommendations, and details of the engagement programme.",
    lead: "Dr Sue Harrison - Strategic Director, Children and Families",
    update: "The Strategic Director requested this item be moved to the October committee meeting and this was discussed as part of the Savings 2024/25 – Progress Report item on 23 rd October. Further information has been requested and this is listed in the action tacker for the 23 rd October.",
    status: "unknown",
  },
  {
    date: "2024-07-17",
    minute: null,
    item: "T&F Meeting – Implications of Savings",
    action: "Saving 185 - Reductions on Contract Sum for the Birmingham Children's Trust: a) The Committee to be provided with the breakdown of the budget and areas of spend. b) A briefing note to be provided to the Committee on the risk of legal challenge and financial implications for the short breaks policy.",
    lead: "James Thomas Chief Executive, Birmingham Children Trust",
    update: "To be discharged: Information e-mailed to the Committee on 23 rd October.",
    status: "discharged",
  },
  {
    date: "2024-07-17",
    minute: null,
    item: "T&F Meeting – Implications of Savings",
    action: "Local Authority Schools Deficits - there were potential impacts on the local authority's budget if a school with a budget deficit becomes an academy, and a request was made for a fuller picture to be provided.",
    lead: "Dr Sue Harrison - Strategic Director, Children and Families",
    update: "There was also the following request from the Corporate & Finance OSC on 26 July 2024 regarding the Section 151 Officer Update on the Financial Position of the Council - July 2024 & General Fund Medium Term Financial Plan update: Information to be provided on work with schools over last 4 years regarding £11.96m aggregate deficit following previous work of Overview and Scrutiny. This was also referred to at the 23rd October meeting and is listed in the action tracker for 23rd October.",
    status: "unknown",
  },
  {
    date: "2024-10-11",
    minute: "26",
    item: "Alternative Solution for Schools HR, Payroll & Finance Business Case",
    action: "1) That the Chair prepare a summary of the key points raised in the discussion and forward to Cabinet for consideration alongside the report.",
    lead: "Chair & Scrutiny Office",
    update: "To be discharged: The key points raised in the discussion was forwarded to Cabinet for consideration alongside the report at the meeting on 15 October 2024.",
    status: "discharged",
  },
  {
    date: "2024-10-11",
    minute: "26",
    item: "Alternative Solution for Schools HR, Payroll & Finance Business Case",
    action: "2) The Directorate be requested to provide the following additional information to the committee: i) A plan-on-a-page information on the process and timescales to getting schools ready to operate under the new alternative solutions, as well as the training requirements.",
    lead: "Steve Kay, Director, Education and Employability Catherine Taylor-Ludolf - HR Shared Services, School HR & Payroll Programme Lead",
    update: "To be discharged: E-mailed information to Members on 4 November 2024.",
    status: "discharged",
  },
  {
    date: "2024-10-11",
    minute: "26",
    item: "Alternative Solution for Schools HR, Payroll & Finance Business Case",
    action: "ii) Details of processes for future financial oversight following implementation of any changes.",
    lead: null,
    update: "To be discharged: E-mailed information to Members on 4 November 2024.",
    status: "discharged",
  },
  {
    date: "2024-10-11",
    minute: "26",
    item: "Alternative Solution for Schools HR, Payroll & Finance Business Case",
    action: "iii) That the committee be updated prior to September 2025 on the monitoring of the impact of these changes on schools, and how schools were managing to administer their HR, Payroll and Finance.",
    lead: null,
    update: "It is proposed that the project report quarterly to OSC from March 2025 on how the transition is impacting schools. This should continue until at least September 2026 to ensure OSC has a clear idea of how the change is being imbedded in schools.",
    status: "unknown",
  },
  {
    date: "2024-10-11",
    minute: "26",
    item: "Alternative Solution for Schools HR, Payroll & Finance Business Case",
    action: "iv) That the committee continue to be updated on how schools' participation in engagement activities and processes was being managed and monitored.",
    lead: null,
    update: "It is proposed that the project report quarterly to OSC, with the first update e-mailed 4 November 2024.",
    status: "unknown",
  },
  {
    date: "2024-10-11",
    minute: "26",
    item: "Alternative Solution for Schools HR, Payroll & Finance Business Case",
    action: "3) The timing of future predecision scrutiny exercises be programmed at an earlier stage, including the supply of timely and accessible information to members.",
    lead: "Dr Sue Harrison, Strategic Director of Children & Families",
    update: "Ongoing.",
    status: "ongoing",
  },
  {
    date: "2024-10-23",
    minute: "35",
    item: "Order of Agenda",
    action: "ii) To provide the Committee with a summary for lengthy and detailed reports.",
    lead: "Dr Sue Harrison, Strategic Director of Children & Families",
    update: "Ongoing.",
    status: "ongoing",
  },
  {
    date: "2024-10-23",
    minute: "36",
    item: "Savings 2024/25 – Progress Report",
    action: "ii) Provide a paper explaining to Members what was proposed and decided for the Careers and NEET Services.",
    lead: "Steve Kay, Director, Schools and Employability",
    update: null,
    status: "open",
  },
  {
    date: "2024-10-23",
    minute: "36",
    item: "Savings 2024/25 – Progress Report",
    action: "iii) To provide the Young People's Service Review to enable the Committee to explore before the new year undertaking a focussed piece of work (Task & Finish) regarding the future model and what young people would like to see in relation to youth services.",
    lead: "Dr Sue Harrison, Strategic Director of Children & Families",
    update: null,
    status: "open",
  },
  {
    date: "2024-10-23",
    minute: "38",
    item: "Update on Birmingham Strategic Youth Justice Plan 2023- 2028",
    action: "ii) a) Future updates to be succinct or have a summary provided.",
    lead: "David Stringfellow, Director, Commissioning and Specialist Services, BCT Dave Webb, Interim Head of Service for Youth Offending Service, BCT",
    update: "Ongoing.",
    status: "ongoing",
  },
  {
    date: "2024-10-23",
    minute: "38",
    item: "Update on Birmingham Strategic Youth Justice Plan 2023- 2028",
    action: "b) Officers to explore updating the five year plan and after 'we worked with a total of 977 children' add '332 of these children had not offended in 2022/23, but their involvement either continued into 2022/23, or they received an intervention through a preventative or Think Family Intervention, neither of which are offence driven'.",
    lead: "David Stringfellow, Director, Commissioning and Specialist Services, BCT Dave Webb, Interim Head of Service for Youth Offending Service, BCT",
    update: null,
    status: "open",
  },
  {
    date: "2024-10-23",
    minute: "38",
    item: "Update on Birmingham Strategic Youth Justice Plan 2023- 2028",
    action: "iii) The Committee to be provided with quarterly briefing notes to explain what was happening in relation to the improvement journey being rated Good, the risks identified and the impact they were having.",
    lead: "David Stringfellow, Director, Commissioning and Specialist Services, BCT Dave Webb, Interim Head of Service for Youth Offending Service, BCT",
    update: "Ongoing – updates are due January 2025, April 2025, July 2025.",
    status: "ongoing",
  },
  {
    date: "2024-10-23",
    minute: "38",
    item: "Update on Birmingham Strategic Youth Justice Plan 2023- 2028",
    action: "iv) The Cabinet Member to take a view as to whether the update report went to Full Council.",
    lead: "Cllr Mick Brown, Cabinet Member for Children, Young People and Families",
    update: null,
    status: "open",
  },
  {
    date: "2024-10-23",
    minute: "39",
    item: "Children and Young Peoples' Travel Service - September Mobilisation Report for the Post-16 Service",
    action: "iii) a) Information explaining the plans for post-16 transport policy change and impact to enable the Committee to have further discussions on this.",
    lead: "Ade Weissenbruch Director, Children's Commissioning and Performance",
    update: "Linking in with a joint piece of work with SENAR which is in the data gathering stage.",
    status: "unknown",
  },
  {
    date: "2024-10-23",
    minute: "39",
    item: "Children and Young Peoples' Travel Service - September Mobilisation Report for the Post-16 Service",
    action: "b. An update report on the attendance work, to include information on post-16s that have moved under the remit of Adult Social Care, as soon as it was available.",
    lead: "Ade Weissenbruch Director, Children's Commissioning and Performance",
    update: "Linking in with a joint piece of work with SENAR which is in the data gathering stage.",
    status: "unknown",
  },
  {
    date: "2024-10-23",
    minute: "39",
    item: "Children and Young Peoples' Travel Service - September Mobilisation Report for the Post-16 Service",
    action: "c. The up-to-date appeals figures.",
    lead: "Ade Weissenbruch Director, Children's Commissioning and Performance",
    update: "Ongoing - CYPTS will provide these updates monthly. Figures were submitted for October and will continue to be updated at the end of each month moving forward. This will ensure the Education, Children and Young People Overview and Scrutiny Committee has the most current appeals data.",
    status: "ongoing",
  },
  {
    date: "2024-10-23",
    minute: "39",
    item: "Children and Young Peoples' Travel Service - September Mobilisation Report for the Post-16 Service",
    action: "d. An update report on utilising empty seats when the work had taken place.",
    lead: "Ade Weissenbruch Director, Children's Commissioning and Performance",
    update: "This is in progress.",
    status: "ongoing",
  },
  {
    date: "2024-10-23",
    minute: "39",
    item: "Children and Young Peoples' Travel Service - September Mobilisation Report for the Post-16 Service",
    action: "iv) To provide an updated structure chart for the Children and Families Directorate, which would then be updated and shared with the Committee when changes were made.",
    lead: "Dr Sue Harrison, Strategic Director, Children and Families",
    update: null,
    status: "open",
  },
];

describe('the Birmingham 2024-12-04 action tracker', () => {
  it('yields every action row with its date, minute, item, action, lead, update and status', async () => {
    const { value } = await parse();
    const got = value.map((r) => ({ date: r.date, minute: r.minute, item: r.item, action: r.action, lead: r.lead, update: r.update, status: r.status }));
    expect(got).toEqual(EXPECTED);
  });

  it('reads a row continued after the repeated header as one row, not two', async () => {
    const { value } = await parse();
    const roadMap = value.filter((r) => r.action.startsWith('An update on the finalised data and digital road map'));
    expect(roadMap).toHaveLength(1);
    expect(roadMap[0].action).toBe('An update on the finalised data and digital road map to be provided alongside future improvement and performance updates to the Committee.');
    expect(roadMap[0].lead).toBe('Fayth Skeete - Head of Strategic, Governance and Planning');
    expect(value.some((r) => r.action.startsWith('improvement and performance'))).toBe(false);
  });

  it('joins an update whose last sentence was printed on the next page', async () => {
    const { value } = await parse();
    const champion = value.find((r) => r.action.startsWith('iii) Officers to e-mail the Scrutiny Office'));
    expect(champion?.update).toMatch(/appointing a champion\. We would also be grateful for support .* once the new service is in place\.$/);
  });

  it('gives the rows under a merged date cell that date and the minute number printed beside a later row', async () => {
    const { value } = await parse();
    const savings = value.filter((r) => r.item === 'Savings 2024/25 – Progress Report');
    expect(savings.map((r) => [r.date, r.minute])).toEqual([
      ['2024-10-23', '36'],
      ['2024-10-23', '36'],
    ]);
  });

  it('never repeats a row and gives each row its own id', async () => {
    const { value } = await parse();
    expect(new Set(value.map((r) => r.id)).size).toBe(value.length);
    expect(value.every((r) => r.tracker === 'Action Tracker')).toBe(true);
  });

  it('claims the header rows and every table line, and warns about nothing', async () => {
    const { claimed, ctx, lines } = await parse();
    const headers = lines.filter((l) => l.text.startsWith('Minute No. / Date'));
    expect(headers).toHaveLength(11);
    for (const h of headers) expect(claimed.has(h.line)).toBe(true);
    expect(ctx.warnings).toEqual([]);
  });
});
