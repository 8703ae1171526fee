/**
 * The keyword pre-filter must never turn away a real header: these are the header rows the
 * corpus prints (as the layout joins their cells), each of which the table tests read in full.
 */
import { describe, expect, it } from 'vitest';
import { hasKeywords } from '../../../src/parse/tables/header.js';
import { FORWARD_PLAN_HEADER } from '../../../src/parse/forward-plan/columns.js';
import { PROGRAMME_HEADER } from '../../../src/parse/programme/columns.js';
import { TRACKER_HEADER } from '../../../src/parse/tracker/columns.js';

describe('header keywords', () => {
  it('pass every tracker header of the corpus, wrapped ones on their two lines', () => {
    // Birmingham 2024 (CMIS), Kent treasury group note, Horsley working group (label wrapped).
    expect(hasKeywords(TRACKER_HEADER, 'Minute No. / Date Agenda Item Outstanding Actions Lead Responsible Officer Comments')).toBe(true);
    expect(hasKeywords(TRACKER_HEADER, 'Ref Action Status')).toBe(true);
    expect(hasKeywords(TRACKER_HEADER, 'Points discussed/agreed Action', 'Who/When')).toBe(true);
  });

  it('pass the forward-plan and work-programme headers of the Birmingham packs', () => {
    expect(hasKeywords(FORWARD_PLAN_HEADER, 'ID Number Title Cabinet Member Proposed Date Date of Decision')).toBe(true);
    expect(hasKeywords(FORWARD_PLAN_HEADER, 'Ref No Title Cabinet Member & Lead Officer Date of Decision')).toBe(true);
    expect(hasKeywords(PROGRAMME_HEADER, 'Date At 10am in Committee Rooms 3&4 Item/Topic Aims and Objectives Scrutiny Method Cabinet Member/ Lead Officer Other Witnesses Additional Information and Outcome*')).toBe(true);
    expect(hasKeywords(PROGRAMME_HEADER, 'All at 10 am Session / Outcome Officers / Attendees')).toBe(true);
  });

  it('turn away prose that names only one of a spec\'s required columns', () => {
    // Lines of the 250-page Kent pack: "report" or "subject" alone is not a programme's or a plan's header.
    expect(hasKeywords(PROGRAMME_HEADER, 'Summary: This report sets out the changes required to the Terms of Reference for the')).toBe(false);
    expect(hasKeywords(FORWARD_PLAN_HEADER, 'Subject to confirmation of a specific timetable, we would expect to offer the')).toBe(false);
    expect(hasKeywords(TRACKER_HEADER, 'Section 3 of the KCP report sets out the Needs Framework which assessed the')).toBe(false);
  });
});
