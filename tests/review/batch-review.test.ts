import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packtool } from '../cli/run.js';
import { expectedRecordKeys } from './expected-keys.js';

describe('packtool batch --review', () => {
  it('writes a review page beside each output, with every record of that output, and redoes an input whose page is missing', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'packtool-batch-review-'));
    const inputs = ['fixtures/review', 'fixtures/html/kent_county_council_2025-03-13_minutes.html'];
    try {
      const first = packtool(['batch', ...inputs, '-o', out, '--review', '--quiet']);
      expect(first.code).toBe(0);
      // Two roots (a folder and a file's folder): each one's outputs under a folder named for it.
      for (const name of ['review/milburn_minutes_with_script_in_text.txt', 'html/kent_county_council_2025-03-13_minutes.html']) {
        const pack = parse(readFileSync(path.join(out, `${name}.yaml`), 'utf8'));
        const page = readFileSync(path.join(out, `${name}.review.html`), 'utf8');
        const keys = [...page.matchAll(/<article class="record [a-z-]+" data-record="([^"]+)"/g)].map((m) => m[1]);
        expect(keys.sort()).toEqual(expectedRecordKeys(pack).sort());
        expect(pack.minutes[0].items.length).toBeGreaterThan(3);
      }
      expect(packtool(['batch', ...inputs, '-o', out, '--review']).stderr).toContain('0 ok, 2 skipped');
      rmSync(path.join(out, 'review/milburn_minutes_with_script_in_text.txt.review.html'));
      expect(packtool(['batch', ...inputs, '-o', out, '--review']).stderr).toContain('1 ok, 1 skipped');
      expect(existsSync(path.join(out, 'review/milburn_minutes_with_script_in_text.txt.review.html'))).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
