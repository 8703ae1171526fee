/**
 * The diff on a real tracker: the Birmingham ECYP O&S action tracker of 4 December 2024
 * against the copy fixtures/diff/make-edited-tracker.mjs makes of it (two rows discharged,
 * one removed, one added, one reworded, one update extended, two rows moved). Rows come from
 * the tracker parser, as `packtool extract` would give them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Context } from '../../src/context.js';
import { diffActions } from '../../src/diff/engine.js';
import { allLines } from '../../src/layout/types.js';
import { parseActionTracker } from '../../src/parse/tracker/index.js';
import type { ActionRow } from '../../src/schema/pack.js';
// @ts-ignore: a plain .mjs script, without type declarations
import { EDITED, editTracker, ORIGINAL } from '../../fixtures/diff/make-edited-tracker.mjs';
import { loadLayout } from '../helpers.js';

async function trackerRows(file: string): Promise<ActionRow[]> {
  return parseActionTracker(allLines(await loadLayout(file)), new Context(file)).value;
}

const first = (text: string) => text.split(/\s+/).slice(0, 8).join(' ');

describe('diffing the Birmingham 2024-12-04 tracker against its edited copy', async () => {
  const oldRows = await trackerRows(ORIGINAL);
  const newRows = await trackerRows(EDITED);
  const report = diffActions({ file: 'original', rows: oldRows }, { file: 'edited', rows: newRows });

  it('uses an edited copy that is what the script makes of the original today', () => {
    expect(readFileSync(EDITED, 'utf8')).toBe(editTracker(readFileSync(ORIGINAL, 'utf8')));
  });

  it('reads 33 rows on each side', () => {
    expect([oldRows.length, newRows.length]).toEqual([33, 33]);
  });

  it('counts 1 removed, 0 retired, 1 added, 4 changed and 28 unchanged', () => {
    expect(report.summary).toEqual({ added: 1, removed: 1, retired: 0, changed: 4, unchanged: 28 });
  });

  it('reports as removed the open Cabinet Member action of 23 October 2024, minute 38', () => {
    expect(report.removed.map((r) => [r.date, r.minute, r.status, r.action])).toEqual([
      ['2024-10-23', '38', 'open', 'iv) The Cabinet Member to take a view as to whether the update report went to Full Council.'],
    ]);
  });

  it('reports as added the 4 December 2024 action on the CCE inquiry', () => {
    expect(report.added.map((r) => [r.date, r.item, r.action, r.lead])).toEqual([
      [
        '2024-12-04',
        'Progress Report on Implementation of Child Criminal Exploitation (CCE) Inquiry Recommendations',
        'Provides feedback and agrees a schedule for future updates.',
        "Clair Graham, Head of Service Contextual Safeguarding, Birmingham Children's Trust",
      ],
    ]);
  });

  it('reports exactly four changed rows, in the order of the edited tracker, each with the fields edited', () => {
    expect(report.changed.map((c) => [c.after.date, first(c.after.action), c.fields, c.matchedBy])).toEqual([
      ['2023-10-18', 'Future agenda items to include a snapshot of', ['update', 'status'], 'id'],
      ['2024-05-15', 'Timescales from Birmingham Audit for completing its review', ['action'], 'text'],
      ['2024-10-11', '3) The timing of future predecision scrutiny exercises', ['update', 'status'], 'id'],
      ['2024-10-23', 'd. An update report on utilising empty seats', ['update'], 'id'],
    ]);
  });

  it('reports both discharged rows as ongoing → discharged, with "Ongoing." → "Discharged."', () => {
    const discharged = report.changed.filter((c) => c.fields.includes('status'));
    expect(discharged.map((c) => [c.before.status, c.after.status, c.before.update, c.after.update])).toEqual([
      ['ongoing', 'discharged', 'Ongoing.', 'Discharged.'],
      ['ongoing', 'discharged', 'Ongoing.', 'Discharged.'],
    ]);
  });

  it('pairs the reworded action with its own original, not with the other Elective Home Education action', () => {
    const reworded = report.changed.find((c) => c.matchedBy === 'text');
    expect(reworded?.before.action).toBe('Timescales from Birmingham Audit on its review of Elective Home Education (EHE).');
    expect(reworded?.id).toBe(reworded?.after.id);
    expect(reworded?.before.id).not.toBe(reworded?.after.id);
  });

  it('reports the extended update with its old and new text, its status still ongoing', () => {
    const extended = report.changed.find((c) => c.fields.length === 1 && c.fields[0] === 'update');
    expect([extended?.before.update, extended?.after.update, extended?.after.status]).toEqual([
      'This is in progress.',
      'This is in progress. An update will be brought to the Committee in January 2025.',
      'ongoing',
    ]);
  });

  it('does not report the two moved rows at all', () => {
    const reported = [...report.added, ...report.removed, ...report.changed.map((c) => c.after)].map((r) => r.action);
    expect(reported.some((a) => a.startsWith('ii) To provide the Committee with a summary'))).toBe(false);
    expect(reported.some((a) => a.startsWith('Details of the feedback from the consultation'))).toBe(false);
    // They did move: first and second-to-last in the edited tracker.
    expect(newRows[0].action).toBe('ii) To provide the Committee with a summary for lengthy and detailed reports.');
    expect(newRows[31].action).toBe('Details of the feedback from the consultation for the new policy to be provided.');
  });

  it('reports nothing for the tracker against itself', () => {
    expect(diffActions({ file: 'a', rows: oldRows }, { file: 'b', rows: oldRows }).summary).toEqual({
      added: 0,
      removed: 0,
      retired: 0,
      changed: 0,
      unchanged: 33,
    });
  });
});
