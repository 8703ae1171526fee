/**
 * `extract -o` where the output cannot go: the user's error, one line naming the path and the
 * reason, exit code 1, and nothing left behind (no temporary file beside the target).
 *
 * The tests run as root in CI, and root writes into a folder whatever its mode bits say, so a
 * read-only folder is simulated by places that refuse root too: a path under a regular file
 * (ENOTDIR) and /sys, where sysfs lets nobody create files (EACCES).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packtool } from './run.js';

const PACK = 'fixtures/sample/birmingham_ecyp_osc_2024-12-04_pack.txt';

function place(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'packtool-out-'));
}

function refused(output: string) {
  const r = packtool(['extract', PACK, '--quiet', '-o', output]);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(r.stderr).not.toContain('internal error');
  return lines[0];
}

describe('extract -o where the output cannot be written', () => {
  it('a folder that does not exist', () => {
    const dir = place();
    const out = path.join(dir, 'missing', 'pack.yaml');
    expect(refused(out)).toBe(`packtool: ${out}: cannot write: a folder in the path does not exist (ENOENT) [cannot-write]`);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('a path that is a folder', () => {
    const dir = place();
    mkdirSync(path.join(dir, 'pack.yaml'));
    expect(refused(path.join(dir, 'pack.yaml'))).toBe(`packtool: ${path.join(dir, 'pack.yaml')}: cannot write: a folder is in the way (EISDIR) [cannot-write]`);
    expect(readdirSync(dir)).toEqual(['pack.yaml']);
    expect(readdirSync(path.join(dir, 'pack.yaml'))).toEqual([]);
  });

  it('a path under a regular file', () => {
    const dir = place();
    writeFileSync(path.join(dir, 'notes.txt'), 'x');
    const out = path.join(dir, 'notes.txt', 'pack.yaml');
    expect(refused(out)).toBe(`packtool: ${out}: cannot write: a part of the path is a file, not a folder (ENOTDIR) [cannot-write]`);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('a folder nobody may write in (/sys)', (ctx) => {
    if (!existsSync('/sys/kernel')) return ctx.skip();
    expect(refused('/sys/pack.yaml')).toBe('packtool: /sys/pack.yaml: cannot write: permission denied (EACCES) [cannot-write]');
    expect(readdirSync('/sys').filter((f) => f.includes('pack.yaml'))).toEqual([]);
  });
});
