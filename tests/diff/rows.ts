/**
 * Action rows for the engine tests, with words taken from the Birmingham ECYP O&S action
 * tracker of 4 December 2024 (corpus/text/birmingham_ecyp_osc_2024-12-04_pack.txt, lines
 * 386-448), read from its table by hand, with ids made by the tracker parser's `actionId`.
 */
import { actionId } from '../../src/parse/tracker/id.js';
import type { ActionRow } from '../../src/schema/pack.js';

export function row(fields: Partial<ActionRow> & Pick<ActionRow, 'action'>): ActionRow {
  const base: Omit<ActionRow, 'id'> = {
    tracker: 'Action Tracker',
    date: null,
    minute: null,
    item: null,
    lead: null,
    update: null,
    status: 'open',
    due: null,
    source: { page: null, line: null },
    ...fields,
  };
  const id = fields.id ?? actionId(base);
  return { ...base, id };
}

const MAY_15 = { date: '2024-05-15', item: 'Improving Services for Children and Families Plan Update' };
const SUE_HARRISON = 'Dr Sue Harrison - Strategic Director, Children and Families';

export const timeline = row({
  ...MAY_15,
  action: 'The timeline for the finalised data and digital roadmap.',
  lead: SUE_HARRISON,
  update: 'It is anticipated that a copy of the finalised Data and Digital Road map will be provided by the end of July.',
  status: 'open',
});

export const consultationFeedback = row({
  ...MAY_15,
  action: 'Feedback on the consultation for School Improvement – the New Relationship with Schools via email.',
  lead: SUE_HARRISON,
  update: 'This is scheduled for completion by w/c 10 June 2024 and a copy will be provided.',
});

export const auditTimescales = row({
  ...MAY_15,
  action: 'Timescales from Birmingham Audit on its review of Elective Home Education (EHE).',
  lead: SUE_HARRISON,
  update:
    '11 June 2024 - Officers are exploring some of the findings and the responsibilities that Audit have assigned to EHE. Officers have held a meeting with them and expect to have the revised report to share shortly.',
});

export const chairToDiscussAudit = row({
  ...MAY_15,
  action: 'The Chair to discuss Birmingham Audit Review of Elective Home Education with the new Independent Chair of the Audit Committee.',
});

export const orderOfAgenda = row({
  date: '2024-10-23',
  minute: '35',
  item: 'Order of Agenda',
  action: 'ii) To provide the Committee with a summary for lengthy and detailed reports.',
  lead: 'Dr Sue Harrison, Strategic Director of Children & Families',
  update: 'Ongoing.',
  status: 'ongoing',
});

export const cabinetMemberView = row({
  date: '2024-10-23',
  minute: '38',
  item: 'Update on Birmingham Strategic Youth Justice Plan 2023- 2028',
  action: 'iv) The Cabinet Member to take a view as to whether the update report went to Full Council.',
  lead: 'Cllr Mick Brown, Cabinet Member for Children, Young People and Families',
});

export const chairSummaryToCabinet = row({
  date: '2024-10-11',
  minute: '26',
  item: 'Alternative Solution for Schools HR, Payroll & Finance Business Case',
  action: '1) That the Chair prepare a summary of the key points raised in the discussion and forward to Cabinet for consideration alongside the report.',
  lead: 'Chair & Scrutiny Office',
  update:
    'To be discharged: The key points raised in the discussion was forwarded to Cabinet for consideration alongside the report at the meeting on 15 October 2024.',
  status: 'discharged',
});

export const TRACKER: ActionRow[] = [
  timeline,
  consultationFeedback,
  auditTimescales,
  chairToDiscussAudit,
  chairSummaryToCabinet,
  orderOfAgenda,
  cabinetMemberView,
];
