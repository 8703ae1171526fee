/**
 * A pack diffed against itself reports nothing and exits 0, whichever forms the two sides
 * take: the pack (PDF or text) or the YAML / JSON that `packtool extract` wrote for it.
 * Then the edited Birmingham tracker through the whole path: files in, exit codes out.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDiff } from '../../src/diff/command.js';
import { extractFile } from '../../src/extract.js';
import { formatOutput } from '../../src/write/index.js';
import { fixture } from '../helpers.js';
import { tempDir } from './packs.js';

const BIRMINGHAM_PACK = fixture('sample', 'birmingham_ecyp_osc_2024-12-04_pack.txt');
const KENT_ACTION_POINTS = fixture('tracker', 'kent_county_council_2024-11-14_treasury_group_note_action_points.pdf');
const TRACKER = fixture('diff', 'birmingham_ecyp_osc_2024-12-04_tracker.txt');
const TRACKER_EDITED = fixture('diff', 'birmingham_ecyp_osc_2024-12-04_tracker_edited.txt');

/** Extract `file` and write the Pack beside a temporary copy as YAML and as JSON. */
async function extracted(file: string): Promise<{ yaml: string; json: string; rows: number }> {
  const { pack } = await extractFile(file);
  const dir = tempDir();
  const base = path.basename(file).replace(/\.\w+$/, '');
  const yaml = path.join(dir, `${base}.yaml`);
  const json = path.join(dir, `${base}.json`);
  writeFileSync(yaml, formatOutput(pack, 'yaml'));
  writeFileSync(json, formatOutput(pack, 'json'));
  return { yaml, json, rows: pack.actions.length };
}

const NOTHING = { added: 0, removed: 0, retired: 0, changed: 0 };

describe('a pack diffed against itself', () => {
  it('reports nothing for the Birmingham 2024-12-04 text pack against itself, its YAML and its JSON', async () => {
    const { yaml, json, rows } = await extracted(BIRMINGHAM_PACK);
    expect(rows).toBe(33);
    for (const [a, b] of [
      [BIRMINGHAM_PACK, BIRMINGHAM_PACK],
      [BIRMINGHAM_PACK, yaml],
      [json, BIRMINGHAM_PACK],
      [yaml, json],
    ]) {
      const outcome = await runDiff(a, b, { format: 'text' });
      expect(outcome.report.summary).toEqual({ ...NOTHING, unchanged: 33 });
      expect(outcome.exitCode).toBe(0);
    }
  });

  it('reports nothing for the Kent treasury group action points PDF against its extracted YAML', async () => {
    const { yaml, rows } = await extracted(KENT_ACTION_POINTS);
    expect(rows).toBe(1);
    const outcome = await runDiff(KENT_ACTION_POINTS, yaml, { format: 'json' });
    expect(outcome.report.summary).toEqual({ ...NOTHING, unchanged: rows });
    expect(outcome.exitCode).toBe(0);
  });

  it('finds the same 33 rows in the whole pack as in the tracker cut from it, so ids survive re-extraction', async () => {
    const outcome = await runDiff(TRACKER, BIRMINGHAM_PACK, { format: 'text' });
    expect(outcome.report.summary).toEqual({ ...NOTHING, unchanged: 33 });
  });
});

describe('diffing the Birmingham tracker files against the edited copy', () => {
  it('exits 1 and reports 1 removed, 1 added, 4 changed, 28 unchanged', async () => {
    const outcome = await runDiff(TRACKER, TRACKER_EDITED, { format: 'text' });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.report.summary).toEqual({ added: 1, removed: 1, retired: 0, changed: 4, unchanged: 28 });
  });

  it('exits 1 with --fail-on removed, because an open row vanished', async () => {
    expect((await runDiff(TRACKER, TRACKER_EDITED, { format: 'text', failOn: ['removed'] })).exitCode).toBe(1);
  });

  it('exits 0 with --fail-on retired, because no closed row vanished', async () => {
    expect((await runDiff(TRACKER, TRACKER_EDITED, { format: 'text', failOn: ['retired'] })).exitCode).toBe(0);
  });

  it('exits 1 in the other direction too: the added row is then a removal, and both discharges reopen', async () => {
    const outcome = await runDiff(TRACKER_EDITED, TRACKER, { format: 'text', failOn: ['removed'] });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.report.removed.map((r) => r.date)).toEqual(['2024-12-04']);
    expect(outcome.report.changed.filter((c) => c.fields.includes('status')).map((c) => `${c.before.status} → ${c.after.status}`)).toEqual([
      'discharged → ongoing',
      'discharged → ongoing',
    ]);
  });
});
