/**
 * Agendas as printed on the front sheets of the test packs, typed in from the front-sheet
 * text (numbers, titles and "(Pages A - B)" ranges exactly as printed), so segmentation can
 * be tested apart from the front-sheet parser.
 */
import type { AgendaItem } from '../../src/schema/pack.js';

function item(number: string, title: string, pages: [number, number] | null = null, procedural = false): AgendaItem {
  return {
    number,
    numberInferred: false,
    title,
    pages: pages ? { from: pages[0], to: pages[1] } : null,
    time: null,
    description: null,
    attending: [],
    procedural,
    source: { page: null, line: null },
  };
}

/** Kent County Council, 13 March 2025 (kent_county_council_2025-03-13_assembled_pack.pdf, pages 3-4). */
export const KENT_2025_03_13: AgendaItem[] = [
  item('1', 'Apologies for Absence', null, true),
  item('2', 'Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the agenda', null, true),
  item('3', 'Minutes of the meeting held on 13 February 2025 and, if in order, to be approved as a correct record', [1, 14], true),
  item('4', 'Corporate Parenting Panel - October 2024 and December 2024 Minutes for noting', [15, 30]),
  item('5', "Chairman's Announcements", null, true),
  item('6', 'Questions'),
  item('7', 'Report by Leader of the Council'),
  item('8', 'Kent Minerals and Waste Local Plan 2024-39'),
  item('9', 'Review of Decision 24/00093 - Commissioned Family Hubs', [31, 190]),
  item('10', 'Armed Forces Covenant - Annual Report', [191, 222]),
  item('11', 'Devolution and Local Government Reorganisation Update', [223, 244]),
  item('12', 'Treasury Management - Mid-Year Update 2024-25', [245, 266]),
  item('13', 'Joint Health Overview & Scrutiny Committee - Terms of Reference update', [267, 274]),
  item('14', 'Governance & Audit Terms of Reference update', [275, 284]),
  item('15', 'Governance Updates', [285, 334]),
  item('16', 'Pay Policy Statement 2025/26', [335, 340]),
  item('17', 'Motion for Time Limited Debate', [341, 342]),
];

/** Birmingham ECYP O&S Committee, 4 December 2024 (birmingham_ecyp_osc_2024-12-04_pack.txt, front sheet). */
export const BIRMINGHAM_2024_12_04: AgendaItem[] = [
  item('1', 'NOTICE OF RECORDING/WEBCAST', null, true),
  item('2', 'APOLOGIES', null, true),
  item('3', 'DECLARATIONS OF INTERESTS', null, true),
  item('4', 'MINUTES', [5, 16], true),
  item('5', 'ACTION TRACKER', [17, 28]),
  item('6', 'PROGRESS REPORT ON IMPLEMENTATION OF CHILD CRIMINAL EXPLOITATION (CCE) INQUIRY RECOMMENDATIONS', [29, 78]),
  item('7', 'CHILDREN AND FAMILIES DIRECTORATE CONTINUOUS IMPROVEMENT PLAN (CIP) UPDATE'),
  item('8', 'SEND COMMISSIONER'),
  item('9', 'WORK PROGRAMME'),
  item('10', 'REQUEST(S) FOR CALL IN/COUNCILLOR CALL FOR ACTION/PETITIONS RECEIVED (IF ANY)', null, true),
  item('11', 'OTHER URGENT BUSINESS', null, true),
  item('12', 'DATE AND TIME OF NEXT MEETING', null, true),
];
