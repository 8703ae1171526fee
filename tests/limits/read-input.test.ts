import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { formatSize, parseSize } from '../../src/limits/limits.js';
import { readInput } from '../../src/read-input.js';
import { inputErrorOf } from '../bad-input/helpers.js';
import { fixture } from '../helpers.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'packtool-read-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('readInput within --max-size', () => {
  const minutes = fixture('minutes', 'haresfield_pc_full_council_2020-01-26_minutes.txt');

  it('reads a file of exactly the limit, byte for byte', async () => {
    const file = path.join(tmp, 'exact.txt');
    writeFileSync(file, 'x'.repeat(4096));
    expect((await readInput(file, 4096)).length).toBe(4096);
  });

  it('refuses a file one byte over the limit as too-large', async () => {
    const file = path.join(tmp, 'over.txt');
    writeFileSync(file, 'x'.repeat(4097));
    const err = await inputErrorOf(readInput(file, 4096));
    expect([err.code, err.message]).toEqual(['too-large', 'the file is larger than --max-size 4 KB; raise --max-size if it really is a pack']);
  });

  it('stops a device that never ends (/dev/zero) at the limit', async () => {
    expect((await inputErrorOf(readInput('/dev/zero', 1024 ** 2))).code).toBe('too-large');
  });

  it('keeps the read errors a user can act on', async () => {
    expect((await inputErrorOf(readInput(path.join(tmp, 'missing.txt')))).code).toBe('file-not-found');
    expect((await inputErrorOf(readInput(tmp))).code).toBe('is-a-directory');
    expect((await readInput(minutes)).length).toBeGreaterThan(1000);
  });
});

describe('sizes on the command line', () => {
  it('reads binary units, a bare number as MB', () => {
    expect(parseSize('--max-memory', '512M')).toBe(512 * 1024 ** 2);
    expect(parseSize('--max-memory', '1G')).toBe(1024 ** 3);
    expect(parseSize('--max-memory', '1.5gb')).toBe(1.5 * 1024 ** 3);
    expect(parseSize('--max-size', '300')).toBe(300 * 1024 ** 2);
    expect(parseSize('--max-size', '64k')).toBe(64 * 1024);
  });

  it('refuses what is not a size', () => {
    for (const bad of ['', 'lots', '-1G', '0', '2T']) expect(() => parseSize('--max-size', bad)).toThrow(UsageError);
  });

  it('says sizes back as a person reads them', () => {
    expect([formatSize(1024 ** 3), formatSize(1.5 * 1024 ** 3), formatSize(200 * 1024 ** 2), formatSize(4096)]).toEqual(['1 GB', '1.5 GB', '200 MB', '4 KB']);
  });
});
