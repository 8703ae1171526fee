import { describe, expect, it } from 'vitest';
import { diffActions } from '../../src/diff/engine.js';
import { exitCodeFor, parseFailOn } from '../../src/diff/fail-on.js';
import { UsageError } from '../../src/errors.js';
import { cabinetMemberView, chairSummaryToCabinet, orderOfAgenda, row, TRACKER } from './rows.js';

const report = (newRows = TRACKER) => diffActions({ file: 'old', rows: TRACKER }, { file: 'new', rows: newRows });
const discharged = TRACKER.map((r) => (r === orderOfAgenda ? { ...r, update: 'Discharged.', status: 'discharged' as const } : r));
const leadChanged = TRACKER.map((r) => (r === orderOfAgenda ? { ...r, lead: 'Chair & Scrutiny Office' } : r));
const withoutOpenRow = TRACKER.filter((r) => r !== cabinetMemberView);
const withoutClosedRow = TRACKER.filter((r) => r !== chairSummaryToCabinet);

describe('--fail-on', () => {
  it('reads a comma-separated list of kinds, ignoring case, spaces and repeats', () => {
    expect(parseFailOn('Removed, status,removed')).toEqual(['removed', 'status']);
  });

  it('reads "none" as never failing on differences', () => {
    expect(parseFailOn('none')).toEqual([]);
    expect(exitCodeFor(report(withoutOpenRow), [])).toBe(0);
  });

  it('rejects an unknown kind as a usage error that lists the kinds', () => {
    expect(() => parseFailOn('removed,deleted')).toThrow(UsageError);
    expect(() => parseFailOn('removed,deleted')).toThrow('added, removed, retired, status, changed');
  });

  it('exits 0 for a tracker against itself whatever the kinds', () => {
    expect(exitCodeFor(report(), parseFailOn('added,removed,retired,status,changed'))).toBe(0);
  });

  it('exits 1 on a removed open row with --fail-on removed', () => {
    expect(exitCodeFor(report(withoutOpenRow), ['removed'])).toBe(1);
  });

  it('exits 0 on a removed discharged row with --fail-on removed, and 1 with retired', () => {
    expect(exitCodeFor(report(withoutClosedRow), ['removed'])).toBe(0);
    expect(exitCodeFor(report(withoutClosedRow), ['retired'])).toBe(1);
  });

  it('exits 1 on a status transition with --fail-on status, but not on a changed lead', () => {
    expect(exitCodeFor(report(discharged), ['status'])).toBe(1);
    expect(exitCodeFor(report(leadChanged), ['status'])).toBe(0);
    expect(exitCodeFor(report(leadChanged), ['changed'])).toBe(1);
  });

  it('exits 0 on an added row when only removals fail', () => {
    const added = [...TRACKER, row({ date: '2024-12-04', item: 'Work Programme', action: 'A new action.' })];
    expect(exitCodeFor(report(added), ['removed', 'status'])).toBe(0);
    expect(exitCodeFor(report(added), ['added'])).toBe(1);
  });
});
