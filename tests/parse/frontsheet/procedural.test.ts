import { describe, expect, it } from 'vitest';
import { isProcedural, standingBusinessKind } from '../../../src/parse/common/procedural.js';

describe('standing business (procedural) on titles printed in the corpus agendas', () => {
  it.each([
    ['NOTICE OF RECORDING/WEBCAST', 'recording'],
    ['APOLOGIES', 'apologies'],
    ['Apologies for Absence', 'apologies'],
    ['To receive apologies for meeting', 'apologies'],
    ['To accept Apologies for Absence', 'apologies'],
    ['Sederunt and apologies', 'apologies'],
    ['Previous Minutes (approved via Slack)', 'minutes'],
    ['To note matters arising from the Minutes:', 'minutes'],
    ['AOCB', 'urgent business'],
    ['Date of next P.C. meeting – Tuesday, 12th September – 7.00 p.m. - Sheet V. Hall', 'next meeting'],
    ['DECLARATIONS OF INTERESTS', 'declarations'],
    ['Declarations of Disclosable Pecuniary Interests or Other Significant Interests in items on the agenda', 'declarations'],
    ['To register an interest in any item on the Agenda', 'declarations'],
    ['MINUTES', 'minutes'],
    ['ACTION NOTES', 'minutes'],
    ['Minutes of the meeting held on 13 February 2025 and, if in order, to be approved as a correct record', 'minutes'],
    ['To approve the minutes of the last meeting held on 2nd July 2019', 'minutes'],
    ['To discuss matters arising from the minutes of the last meeting', 'minutes'],
    ['REQUEST(S) FOR CALL IN/COUNCILLOR CALL FOR ACTION/PETITIONS RECEIVED (IF ANY)', 'call-in and petitions'],
    ['OTHER URGENT BUSINESS', 'urgent business'],
    ['Any Other Business', 'urgent business'],
    ['DATE AND TIME OF NEXT MEETING', 'next meeting'],
    ['DATE OF NEXT MEETING', 'next meeting'],
    ['AUTHORITY TO CHAIRMAN AND OFFICERS', 'authority to chair'],
    // The Welsh minutes of Manordeilo a Salem (10 February 2016): minutes 1 to 4 and 12.
    ['CROESO AC YMDDIHEURIADAU', 'apologies'],
    ['CADARNHAU COFNODION Y CYFARFOD DIWETHAF', 'minutes'],
    ['DATGANIADAU O DDIDDORDEB', 'declarations'],
    ['MATERION YN CODI', 'minutes'],
    ['UNRHYW FATER ARALL', 'urgent business'],
  ])('"%s" is standing business (%s)', (title, kind) => {
    expect(standingBusinessKind(title)).toBe(kind);
    expect(isProcedural(title)).toBe(true);
  });

  it.each([
    'ACTION TRACKER',
    'WORK PROGRAMME',
    // Welsh minutes 6, 9 and 10 of Manordeilo a Salem: lighting, the Llandeilo by-pass roundabout, donations.
    'GOLEUADAU',
    'CYLCHFAN FFORDD OSGOI LLANDEILO',
    'RHODDION',
    'PROGRESS REPORT ON IMPLEMENTATION OF CHILD CRIMINAL EXPLOITATION (CCE) INQUIRY RECOMMENDATIONS',
    'Corporate Parenting Panel - October 2024 and December 2024 Minutes for noting',
    "Chairman's Announcements",
    'Questions',
    'Review of Decision 24/00093 - Commissioned Family Hubs',
    'Consideration of Decision 24/00093 (if required)',
    'Public Participation (at the Chairman’s Discretion)',
    'Eden District Council Plan 2019-2023',
  ])('"%s" is business of substance', (title) => {
    expect(isProcedural(title)).toBe(false);
  });

  it('reads numbered and emphasised minute headings too', () => {
    expect(isProcedural('**2. DECLARATIONS OF INTERESTS**')).toBe(true);
    expect(isProcedural('286. Apologies for Absence')).toBe(true);
  });
});
