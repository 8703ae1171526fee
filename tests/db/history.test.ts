/**
 * Action history over three versions of the Birmingham ECYP O&S tracker, made by
 * fixtures/history/make-tracker-sequence.mjs (December 2024 as published; January 2025: two
 * rows discharged, one open row gone, one added, one reworded; March 2025: the discharged rows
 * retired, one completed, one added).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_FORMAT_CHOICES } from '../../src/cli/db.js';
import { buildDatabase } from '../../src/db/build.js';
import { formatHistory, HISTORY_FORMATS } from '../../src/history/format.js';
import { committeeHistory, findCommittee, type ActionHistory, type CommitteeHistory } from '../../src/history/query.js';
import { UsageError } from '../../src/errors.js';
import { fixture } from '../helpers.js';
import { tempDir, writeOutputs } from './helpers.js';
// @ts-expect-error: a plain .mjs script, without type declarations
import { trackerSequence } from '../../fixtures/history/make-tracker-sequence.mjs';

const COMMITTEE = 'Education, Children and Young People Overview and Scrutiny Committee';
const VERSIONS = ['ecyp_2024-12-04_tracker_pack.txt', 'ecyp_2025-01-22_tracker_pack.txt', 'ecyp_2025-03-05_tracker_pack.txt'];

describe('action history across three versions of a tracker', () => {
  let db: Database.Database;
  let history: CommitteeHistory;

  /** The one thread whose latest wording contains these words. */
  const thread = (words: string): ActionHistory => {
    const found = history.actions.filter((a) => a.steps.at(-1)!.action.includes(words));
    expect(found, words).toHaveLength(1);
    return found[0];
  };
  const statuses = (a: ActionHistory) => a.steps.map((s) => `${s.meetingDate} ${s.status}`);

  beforeAll(async () => {
    const outdir = path.join(tempDir(), 'out');
    await writeOutputs(VERSIONS.map((v) => fixture('history', v)), outdir);
    const dbFile = path.join(tempDir(), 'history.sqlite');
    await buildDatabase(outdir, dbFile);
    db = new Database(dbFile, { readonly: true });
    history = committeeHistory(db, findCommittee(db, 'education, children'));
  }, 60_000);

  it('the committed fixtures are what the script makes', () => {
    const made = trackerSequence() as Record<string, string>;
    for (const v of VERSIONS) expect(readFileSync(fixture('history', v), 'utf8'), v).toBe(made[v]);
  });

  it('follows 33 rows of December, plus one added in January and one in March, as 35 actions over three meetings', () => {
    expect(history.committee).toBe(COMMITTEE);
    expect(history.meetings).toEqual(['2024-12-04', '2025-01-22', '2025-03-05']);
    expect(history.actions).toHaveLength(35);
  });

  it('gives rows discharged in January and then retired their two statuses, last seen in January', () => {
    for (const words of ['Future agenda items to include a snapshot', '3) The timing of future predecision scrutiny']) {
      const a = thread(words);
      expect(statuses(a)).toEqual(['2024-12-04 ongoing', '2025-01-22 discharged']);
      expect([a.firstSeen, a.lastSeen]).toEqual(['2024-12-04', '2025-01-22']);
    }
  });

  it('keeps a reworded action one action, tied by its wording', () => {
    const a = thread('Timescales from Birmingham Audit for completing its review');
    expect(a.steps.map((s) => s.meetingDate)).toEqual(['2024-12-04', '2025-01-22', '2025-03-05']);
    expect(a.steps[0].action).toBe('Timescales from Birmingham Audit on its review of Elective Home Education (EHE).');
    expect(a.steps.map((s) => s.matchedBy)).toEqual([null, 'text', 'id']);
  });

  it('shows a completed row, a row gone without being closed, and the rows added', () => {
    expect(statuses(thread('c. The up-to-date appeals figures.'))).toEqual(['2024-12-04 ongoing', '2025-01-22 ongoing', '2025-03-05 completed']);
    const gone = thread('iv) The Cabinet Member to take a view');
    expect(statuses(gone)).toEqual(['2024-12-04 open']);
    expect(gone.lastSeen).toBe('2024-12-04');
    const january = thread('Provides feedback and agrees a schedule for future updates.');
    expect(statuses(january)).toEqual(['2025-01-22 open', '2025-03-05 open']);
    expect(january.firstSeen).toBe('2025-01-22');
    expect(statuses(thread('revised post-16 transport eligibility figures'))).toEqual(['2025-03-05 ongoing']);
  });

  it('the action_history view has first seen, last seen and each status with its meeting date', () => {
    const rows = db
      .prepare("SELECT meeting_date, status, first_seen, last_seen FROM action_history WHERE action LIKE 'c. The up-to-date appeals figures.' ORDER BY meeting_date")
      .all();
    expect(rows).toEqual([
      { meeting_date: '2024-12-04', status: 'ongoing', first_seen: '2024-12-04', last_seen: '2025-03-05' },
      { meeting_date: '2025-01-22', status: 'ongoing', first_seen: '2024-12-04', last_seen: '2025-03-05' },
      { meeting_date: '2025-03-05', status: 'completed', first_seen: '2024-12-04', last_seen: '2025-03-05' },
    ]);
  });

  it('prints it as text, markdown, CSV and JSON', () => {
    const text = formatHistory(history, 'text');
    expect(text.split('\n')[0]).toBe(`${COMMITTEE}: 35 actions over 3 meetings (2024-12-04, 2025-01-22, 2025-03-05)`);
    expect(text).toContain('  2025-03-05  completed');
    expect(text).toContain('  2025-01-22  unknown  (reworded; was "Timescales from Birmingham Audit on its review of Elective Home Education (EHE).")');
    const markdown = formatHistory(history, 'markdown');
    expect(markdown).toContain('| Action | First seen | Last seen | 2024-12-04 | 2025-01-22 | 2025-03-05 |');
    expect(markdown).toContain('| iv) The Cabinet Member to take a view');
    expect(markdown.split('\n').find((l) => l.startsWith('| c. The up-to-date appeals figures.'))).toBe(
      '| c. The up-to-date appeals figures. | 2024-12-04 | 2025-03-05 | ongoing | ongoing | completed |',
    );
    const csv = formatHistory(history, 'csv').split('\r\n');
    expect(csv[0]).toBe('committee,thread,first_seen,last_seen,meeting_date,status,action,update,lead,due,matched_by,pack,page,line');
    // One line per action per meeting it was on the tracker: 33 + 32 (January) + 32 (March) steps, a header and the final newline.
    expect(csv).toHaveLength(1 + 33 + 33 + 32 + 1);
    const json = JSON.parse(formatHistory(history, 'json')) as CommitteeHistory;
    expect(json.actions).toHaveLength(35);
    expect(HISTORY_FORMAT_CHOICES).toEqual([...HISTORY_FORMATS]);
  });

  it('says which committees there are when NAME names none or several', () => {
    expect(() => findCommittee(db, 'Cabinet')).toThrow(UsageError);
    expect(() => findCommittee(db, 'Cabinet')).toThrow(new RegExp(`no committee with action rows is called "Cabinet"; give one of:\\n  ${COMMITTEE}`));
  });
});
