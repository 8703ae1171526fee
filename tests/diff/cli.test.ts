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
