import { describe, expect, it } from 'vitest';
import { diffActions } from '../../src/diff/engine.js';
import { actionWords, jaccard } from '../../src/diff/fold.js';
import { REWORDED_ACTION_MIN_SIMILARITY } from '../../src/diff/match.js';
import type { ActionRow } from '../../src/schema/pack.js';
import {
  auditTimescales,
  cabinetMemberView,
  chairSummaryToCabinet,
  chairToDiscussAudit,
  consultationFeedback,
  orderOfAgenda,
  row,
  timeline,
  TRACKER,
} from './rows.js';

const diff = (oldRows: ActionRow[], newRows: ActionRow[]) => diffActions({ file: 'old', rows: oldRows }, { file: 'new', rows: newRows });

describe('diffing action rows', () => {
  it('reports nothing for a tracker against itself', () => {
    const report = diff(TRACKER, TRACKER);
    expect(report.summary).toEqual({ added: 0, removed: 0, retired: 0, changed: 0, unchanged: 7 });
  });

  it('does not report rows that only moved', () => {
    const report = diff(TRACKER, [...TRACKER].reverse());
    expect(report.summary).toEqual({ added: 0, removed: 0, retired: 0, changed: 0, unchanged: 7 });
  });

  it('does not report a row whose page and line moved', () => {
    const moved = { ...timeline, source: { page: 29, line: 12 } };
    expect(diff([timeline], [moved]).summary.changed).toBe(0);
  });

  it('does not report curly quotes, dashes and spacing that differ between extractions', () => {
    const straight = { ...consultationFeedback, action: consultationFeedback.action.replace('–', '-'), update: `${consultationFeedback.update}  ` };
    expect(diff([consultationFeedback], [straight]).summary.changed).toBe(0);
  });

  it('does not report hyphenation and word gaps that differ between a PDF and a text extraction', () => {
    const pdfish = { ...chairSummaryToCabinet, update: chairSummaryToCabinet.update!.replace('discussion', 'discus- sion').replace('alongside', 'along side') };
    expect(diff([chairSummaryToCabinet], [pdfish]).summary.changed).toBe(0);
  });

  it('reports a changed word in an update', () => {
    const edited = { ...chairSummaryToCabinet, update: chairSummaryToCabinet.update!.replace('15 October', '16 October') };
    expect(diff([chairSummaryToCabinet], [edited]).changed[0].fields).toEqual(['update']);
  });

  it('reports an open row that vanished as removed', () => {
    const report = diff(TRACKER, TRACKER.filter((r) => r !== cabinetMemberView));
    expect(report.summary).toMatchObject({ removed: 1, retired: 0, added: 0, changed: 0, unchanged: 6 });
    expect(report.removed[0].action).toBe('iv) The Cabinet Member to take a view as to whether the update report went to Full Council.');
  });

  it('reports a discharged row that vanished as retired, not removed', () => {
    const report = diff(TRACKER, TRACKER.filter((r) => r !== chairSummaryToCabinet));
    expect(report.summary).toMatchObject({ removed: 0, retired: 1 });
    expect(report.retired[0].status).toBe('discharged');
  });

  it('reports a new row as added', () => {
    const added = row({ date: '2024-12-04', item: 'Progress Report on Implementation of Child Criminal Exploitation (CCE) Inquiry Recommendations', action: 'Provides feedback and agrees a schedule for future updates.' });
    const report = diff(TRACKER, [...TRACKER, added]);
    expect(report.summary).toMatchObject({ added: 1, removed: 0, changed: 0, unchanged: 7 });
    expect(report.added[0].date).toBe('2024-12-04');
  });

  it('reports a status transition with the update that came with it', () => {
    const discharged = { ...orderOfAgenda, update: 'Discharged.', status: 'discharged' as const };
    const report = diff(TRACKER, TRACKER.map((r) => (r === orderOfAgenda ? discharged : r)));
    expect(report.changed).toHaveLength(1);
    expect(report.changed[0]).toMatchObject({ id: orderOfAgenda.id, fields: ['update', 'status'], matchedBy: 'id' });
    expect(report.changed[0].before.status).toBe('ongoing');
    expect(report.changed[0].after.status).toBe('discharged');
  });

  it('reports a completed row that reopened as a status change', () => {
    const completed = { ...timeline, status: 'completed' as const };
    const reopened = { ...timeline, status: 'ongoing' as const };
    expect(diff([completed], [reopened]).changed[0].fields).toEqual(['status']);
  });

  it('reports a changed lead and due date as field changes', () => {
    const after = { ...timeline, lead: 'Fayth Skeete - Head of Strategic, Governance and Planning', due: '2025-01-31' };
    expect(diff([timeline], [after]).changed[0].fields).toEqual(['lead', 'due']);
  });

  it('reports a reworded action as changed, not removed and added', () => {
    const reworded = row({ ...auditTimescales, id: undefined, action: 'Timescales from Birmingham Audit for completing its review of Elective Home Education (EHE).' });
    expect(reworded.id).not.toBe(auditTimescales.id);
    const report = diff(TRACKER, TRACKER.map((r) => (r === auditTimescales ? reworded : r)));
    expect(report.summary).toMatchObject({ added: 0, removed: 0, changed: 1, unchanged: 6 });
    expect(report.changed[0]).toMatchObject({ id: reworded.id, fields: ['action'], matchedBy: 'text' });
    expect(report.changed[0].before.id).toBe(auditTimescales.id);
  });

  it('pairs a reworded action with its own original, not with a similar action under the same item', () => {
    const reworded = row({ ...auditTimescales, id: undefined, action: 'Timescales from Birmingham Audit for completing its review of Elective Home Education (EHE).' });
    // Both originals are gone from NEW, so either could be paired with the rewording.
    const report = diff([chairToDiscussAudit, auditTimescales], [reworded]);
    expect(report.changed[0].before.action).toBe(auditTimescales.action);
    expect(report.removed.map((r) => r.action)).toEqual([chairToDiscussAudit.action]);
  });

  it('does not pair similar actions from different meetings', () => {
    const otherMeeting = row({ ...auditTimescales, id: undefined, date: '2024-07-17', action: 'Timescales from Birmingham Audit for completing its review of Elective Home Education (EHE).' });
    expect(diff([auditTimescales], [otherMeeting]).summary).toMatchObject({ added: 1, removed: 1, changed: 0 });
  });

  it('pairs a row whose meeting date was corrected, reporting the date as changed', () => {
    const corrected = row({ ...orderOfAgenda, id: undefined, date: '2024-10-22' });
    const report = diff([orderOfAgenda], [corrected]);
    expect(report.changed.map((c) => [c.fields, c.matchedBy])).toEqual([[['date'], 'text']]);
    expect(report.summary).toMatchObject({ added: 0, removed: 0 });
  });

  it('pairs a row whose agenda item another extraction read differently, reporting the item as changed', () => {
    const shorter = row({ ...timeline, id: undefined, item: 'Improving Services for Children and Families Plan' });
    expect(diff([timeline], [shorter]).changed.map((c) => c.fields)).toEqual([['item']]);
  });

  it('does not pair the same words at another meeting under another item', () => {
    const elsewhere = row({ ...orderOfAgenda, id: undefined, date: '2024-12-04', item: 'Work Programme' });
    expect(diff([orderOfAgenda], [elsewhere]).summary).toMatchObject({ added: 1, removed: 1, changed: 0 });
  });

  it('pairs rows whose ids were made differently (another packtool version) when nothing else differs', () => {
    const reIded = TRACKER.map((r) => ({ ...r, id: `v0-${r.id}` }));
    expect(diff(TRACKER, reIded).summary).toEqual({ added: 0, removed: 0, retired: 0, changed: 0, unchanged: 7 });
  });

  it('reads a different action under the same item as a removal and an addition', () => {
    const report = diff([auditTimescales], [chairToDiscussAudit]);
    expect(report.summary).toMatchObject({ added: 1, removed: 1, changed: 0 });
  });

  it('pairs duplicated rows in the order they are printed', () => {
    const report = diff([timeline, timeline], [timeline]);
    expect(report.summary).toMatchObject({ removed: 1, unchanged: 1 });
  });
});

describe('the similarity threshold for a reworded action', () => {
  const similarity = (a: ActionRow, b: string) => jaccard(actionWords(a.action), actionWords(b));

  it('is met by the rewording used in the fixtures (0.79)', () => {
    const score = similarity(auditTimescales, 'Timescales from Birmingham Audit for completing its review of Elective Home Education (EHE).');
    expect(score).toBeCloseTo(11 / 14, 5);
    expect(score).toBeGreaterThanOrEqual(REWORDED_ACTION_MIN_SIMILARITY);
  });

  it('is not met by the two Elective Home Education actions of 15 May 2024', () => {
    expect(similarity(auditTimescales, chairToDiscussAudit.action)).toBeLessThan(REWORDED_ACTION_MIN_SIMILARITY);
  });

  it('ignores a renumbered list marker', () => {
    expect(similarity(orderOfAgenda, 'iii) To provide the Committee with a summary for lengthy and detailed reports.')).toBe(1);
  });
});
