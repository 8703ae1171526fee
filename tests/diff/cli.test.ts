import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packtool } from '../cli/run.js';
import { packOf, tempDir, writeData } from './packs.js';
import { orderOfAgenda, TRACKER } from './rows.js';

describe('packtool diff on the command line', () => {
  const dir = tempDir();
  const old = writeData(dir, 'old.yaml', packOf(TRACKER));
  const same = writeData(dir, 'same.json', packOf(TRACKER));
  const discharged = writeData(
    dir,
    'discharged.yaml',
    packOf(TRACKER.map((r) => (r === orderOfAgenda ? { ...r, update: 'Discharged.', status: 'discharged' as const } : r))),
  );

  it('exits 0 and says so when nothing differs', () => {
    const r = packtool(['diff', old, same]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No differences: all 7 rows unchanged.');
    expect(r.stderr).toBe('');
  });

  it('exits 1 on a difference, with the report on stdout and nothing on stderr', () => {
    const r = packtool(['diff', old, discharged]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('status: ongoing → discharged');
    expect(r.stderr).toBe('');
  });

  it('exits 0 on a status change when only removals fail the run', () => {
    expect(packtool(['diff', old, discharged, '--fail-on', 'removed']).code).toBe(0);
  });

  it('writes the JSON report with --format json', () => {
    const r = packtool(['diff', old, discharged, '--format', 'json']);
    expect(JSON.parse(r.stdout).summary).toEqual({ added: 0, removed: 0, retired: 0, changed: 1, unchanged: 6 });
  });

  it('exits 2 with one line naming the side that cannot be read', () => {
    const r = packtool(['diff', old, `${dir}/missing.pdf`]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`packtool: NEW side ${dir}/missing.pdf: no such file; check the path\n`);
  });

  it('exits 2 on an unknown --fail-on kind', () => {
    const r = packtool(['diff', old, same, '--fail-on', 'deleted']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--fail-on does not know "deleted"');
  });
});

describe('the diff command declaration', () => {
  it('offers the same --fail-on kinds and formats as the engine knows', async () => {
    const { DIFF_KIND_LIST, DIFF_FORMAT_CHOICES } = await import('../../src/cli/diff.js');
    const { DIFF_KINDS } = await import('../../src/diff/fail-on.js');
    const { DIFF_FORMATS } = await import('../../src/diff/format/index.js');
    expect(DIFF_KIND_LIST).toBe(DIFF_KINDS.join(','));
    expect(DIFF_FORMAT_CHOICES).toEqual([...DIFF_FORMATS]);
  });
});

describe('packtool diff on real packs', () => {
  const TRACKER = 'fixtures/diff/birmingham_ecyp_osc_2024-12-04_tracker.txt';
  const EDITED = 'fixtures/diff/birmingham_ecyp_osc_2024-12-04_tracker_edited.txt';
  const KENT = 'fixtures/tracker/kent_county_council_2024-11-14_treasury_group_note_action_points.pdf';

  it('exits 0 for a PDF against the YAML that `packtool extract` wrote for it', () => {
    const yaml = path.join(tempDir(), 'kent.yaml');
    expect(packtool(['extract', KENT, '-o', yaml, '--quiet']).code).toBe(0);
    const r = packtool(['diff', KENT, yaml]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No differences: the one row is unchanged.');
  });

  it('writes one markdown table row per difference of the edited Birmingham tracker, and exits 1 with --fail-on removed', () => {
    const r = packtool(['diff', TRACKER, EDITED, '--format', 'markdown', '--fail-on', 'removed']);
    expect(r.code).toBe(1);
    const kinds = r.stdout
      .split('\n')
      .filter((l) => l.startsWith('| ') && !l.startsWith('| Change'))
      .map((l) => l.split(' | ')[0]);
    expect(kinds).toEqual(['| **removed**', '| added', '| **changed**', '| changed', '| **changed**', '| changed']);
  });

  it('exits 0 for the edited Birmingham tracker with --fail-on retired, as no closed row vanished', () => {
    expect(packtool(['diff', TRACKER, EDITED, '--fail-on', 'retired']).code).toBe(0);
  });
});
