import { describe, expect, it } from 'vitest';
import { actionId } from '../../../src/parse/tracker/id.js';
import { statusOf } from '../../../src/parse/tracker/status.js';

describe('an action status', () => {
  it.each([
    ['Ongoing.', 'ongoing'],
    ['This is in progress.', 'ongoing'],
    ['This is scheduled for completion by w/c 10th June 2024 and a copy will be provided.', 'ongoing'],
    ['It is anticipated that a copy of the finalised Data and Digital Road map will be provided by the end of July.', 'ongoing'],
    ['Item programmed for the March meeting.', 'ongoing'],
    ['To be discharged: E-mailed information to Members on 4 November 2024.', 'discharged'],
    ['Discharged', 'discharged'],
    ['E-mailed information to Members on 4 November 2024.', 'completed'],
    ['Completed', 'completed'],
    ['Letter sent', 'completed'],
    ['Held on 3 March 2025', 'completed'],
    ['Linking in with a joint piece of work with SENAR which is in the data gathering stage.', 'unknown'],
  ])('reads the update "%s" as %s', (update, status) => {
    expect(statusOf(null, update)).toBe(status);
  });

  // Board and authority action logs print a status column of their own words, or a RAG colour.
  it.each([
    ['Closed', 'completed'],
    ['Outstanding', 'open'],
    ['On track', 'ongoing'],
    ['Propose to close', 'discharged'],
    ['Proposed for closure', 'discharged'],
    ['Recommended for closure', 'discharged'],
    ['Red', 'open'],
    ['Amber', 'ongoing'],
    ['Green', 'ongoing'],
    ['Blue', 'completed'],
    ['Overdue', 'open'],
  ])('reads the status column "%s" as %s', (explicit, status) => {
    expect(statusOf(explicit, null)).toBe(status);
  });

  it('is open when there is no update', () => {
    expect(statusOf(null, null)).toBe('open');
    expect(statusOf(null, '  ')).toBe('open');
  });

  it('comes from an explicit status column before the update text', () => {
    expect(statusOf('Complete', 'Ongoing.')).toBe('completed');
    expect(statusOf('Open', null)).toBe('open');
    // A RAG colour is read as the column's status; a column word nobody knows is not replaced by the update.
    expect(statusOf('Amber', 'Completed')).toBe('ongoing');
    expect(statusOf('See minute 12', 'Completed')).toBe('unknown');
  });
});

describe('an action id', () => {
  const row = {
    date: '2024-10-11',
    item: 'Alternative Solution for Schools HR, Payroll & Finance Business Case',
    action: 'ii) Details of processes for future financial oversight following implementation of any changes.',
  };

  it('is a short hex digest', () => {
    expect(actionId(row)).toMatch(/^[0-9a-f]{12}$/);
  });

  it('does not change with case, punctuation, spacing or a hyphenated line break', () => {
    expect(actionId({ ...row, action: 'ii)  details of pro- cesses for future financial oversight following implementation of any changes' })).toBe(actionId(row));
    expect(actionId({ ...row, item: 'ALTERNATIVE SOLUTION FOR SCHOOLS HR PAYROLL AND FINANCE BUSINESS CASE'.replace(' AND ', ' & ') })).toBe(actionId(row));
  });

  it('changes with the meeting date, the item or the action', () => {
    expect(actionId({ ...row, date: '2024-10-23' })).not.toBe(actionId(row));
    expect(actionId({ ...row, item: 'Order of Agenda' })).not.toBe(actionId(row));
    expect(actionId({ ...row, action: 'iii) Details of processes' })).not.toBe(actionId(row));
  });
});
