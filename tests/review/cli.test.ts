import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packtool } from '../cli/run.js';

describe('packtool review', () => {
  it('writes the page to -o and nothing on stdout, warnings on stderr', () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'packtool-review-')), 'review.html');
    const r = packtool(['review', 'fixtures/bad/image-only-pages.pdf', '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[no-text-layer]');
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<li data-count="warning:no-text-layer">');
  });

  it('writes the page to stdout without -o when stdout is not a terminal', () => {
    const r = packtool(['review', 'fixtures/review/milburn_minutes_with_script_in_text.txt', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<span class="no">1</span><span class="t">Milburn Parish Council - 12th November 2019</span>');
  });

  it('says in one line what is wrong with a file it cannot read, and writes nothing', () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'packtool-review-')), 'review.html');
    const r = packtool(['review', 'fixtures/bad/encrypted-user-password.pdf', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^packtool: fixtures\/bad\/encrypted-user-password\.pdf: .* \[encrypted\]$/)]);
    expect(existsSync(out)).toBe(false);
  });
});
