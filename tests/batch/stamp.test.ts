import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readStamp, sha256File } from '../../src/batch/stamp.js';
import { extractFile } from '../../src/extract.js';
import type { Pack } from '../../src/schema/pack.js';
import { formatOutput } from '../../src/write/index.js';
import { ARCHIVE, scratch } from './cli.js';

const TEXT = path.join(ARCHIVE, 'birmingham', 'birmingham_ecyp_osc_2024-12-04_front_excerpt.txt');

describe('output stamps (what resume compares)', () => {
  let pack: Pack;
  let sha: string;
  const dir = scratch();

  beforeAll(async () => {
    pack = (await extractFile(TEXT, { displayName: 'birmingham/front.txt' })).pack;
    sha = await sha256File(TEXT);
  });

  it('hash the input file exactly as extract does', () => {
    expect(sha).toBe(pack.source.sha256);
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
  });

  it('read format version, input sha256 and pages from the head of a YAML or JSON output', async () => {
    for (const format of ['yaml', 'json'] as const) {
      const file = path.join(dir, `out.${format}`);
      writeFileSync(file, formatOutput(pack, format));
      expect(await readStamp(file)).toEqual({ formatVersion: 1, sha256: sha, pages: pack.source.pages });
    }
  });

  it('are not fooled by an input name that contains a sha256 line', async () => {
    const fake = `x\n  sha256: ${'0'.repeat(64)}\n.txt`;
    for (const format of ['yaml', 'json'] as const) {
      const file = path.join(dir, `tricky.${format}`);
      writeFileSync(file, formatOutput({ ...pack, source: { ...pack.source, file: fake } }, format));
      expect((await readStamp(file))?.sha256).toBe(sha);
    }
  });

  it('treat a cut-short, empty, foreign or missing output as no output', async () => {
    const whole = formatOutput(pack, 'yaml');
    const cut = path.join(dir, 'cut.yaml');
    writeFileSync(cut, whole.slice(0, whole.length - 5));
    expect(await readStamp(cut)).toBeNull();
    const empty = path.join(dir, 'empty.yaml');
    writeFileSync(empty, '');
    expect(await readStamp(empty)).toBeNull();
    const foreign = path.join(dir, 'foreign.yaml');
    writeFileSync(foreign, 'title: not ours\n');
    expect(await readStamp(foreign)).toBeNull();
    expect(await readStamp(path.join(dir, 'missing.yaml'))).toBeNull();
  });
});
