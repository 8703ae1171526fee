import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitGlob } from '../../src/batch/glob.js';
import { expandInputs } from '../../src/batch/inputs.js';
import { outputPath, outputRel } from '../../src/batch/output-path.js';
import { ARCHIVE, scratch } from './cli.js';

import { rootLabels } from '../../src/batch/roots.js';

const input = (rel: string) => ({ file: rel, rel });

describe('output paths', () => {
  it('keep the input\'s name whole, add the format\'s extension and mirror the relative path', () => {
    expect(outputRel(input('2024/ecyp-12-04.pdf'), 'yaml')).toBe('2024/ecyp-12-04.pdf.yaml');
    expect(outputRel(input('2024/ecyp-12-04.pdf'), 'json')).toBe('2024/ecyp-12-04.pdf.json');
    expect(outputRel(input('a/pack.txt'), 'yaml')).toBe('a/pack.txt.yaml');
    // An input can never take the report's name: its own extension stays in the output's.
    expect(outputRel(input('packtool-batch.pdf'), 'json')).toBe('packtool-batch.pdf.json');
  });

  it('name each root\'s folder after it when there are several, numbering repeated names in order', () => {
    expect([...rootLabels(['/data/archive']).values()]).toEqual(['']);
    expect([...rootLabels(['/x/a/2019', '/x/b/2019', '/y/2019-2', '/x/a/2019']).entries()]).toEqual([
      ['/x/a/2019', '2019'],
      ['/x/b/2019', '2019-2'],
      ['/y/2019-2', '2019-2-2'],
    ]);
    expect([...rootLabels(['/', '/srv/.hidden']).values()]).toEqual(['root', '_hidden']);
  });

  it('never leave OUTDIR, whatever the relative path says', () => {
    const out = '/data/out';
    expect(outputPath(out, '2024/a.yaml')).toBe('/data/out/2024/a.yaml');
    for (const bad of ['../a.yaml', 'x/../../a.yaml', '/etc/a.yaml', '', 'a//b.yaml', './a.yaml']) {
      expect(() => outputPath(out, bad)).toThrow(/outside the output folder/);
    }
  });
});

describe('finding inputs', () => {
  it('walks a folder in a fixed order with paths relative to it, keeping only packs', async () => {
    const found = [];
    for await (const i of expandInputs([ARCHIVE])) found.push(i.rel);
    expect(found).toEqual([
      '2019/milburn_parish_council_2019-09-03_agenda.pdf',
      '2019/milburn_parish_council_2019-11-12_minutes_truncated.pdf',
      '2025/kent_cabinet_2025-03-13_agenda_frontsheet.pdf',
      'birmingham/birmingham_ecyp_osc_2024-12-04_front_excerpt.txt',
    ]);
  });

  it('gives a file argument its own name as relative path, even through ../', async () => {
    const file = path.relative(process.cwd(), path.join(ARCHIVE, '2025', 'kent_cabinet_2025-03-13_agenda_frontsheet.pdf'));
    const found = [];
    for await (const i of expandInputs([`../${path.basename(process.cwd())}/${file}`])) found.push(i.rel);
    expect(found).toEqual(['kent_cabinet_2025-03-13_agenda_frontsheet.pdf']);
  });

  it('takes an argument whose name looks like a glob literally when that file exists', async () => {
    const dir = scratch();
    const file = path.join(dir, '[draft] minutes.txt');
    writeFileSync(file, 'Minutes\n');
    const found = [];
    for await (const i of expandInputs([file])) found.push(i.rel);
    expect(found).toEqual(['[draft] minutes.txt']);
  });

  it('splits a glob into the folder to walk and a matcher for the rest', () => {
    const g = splitGlob('archive/**/*.{pdf,txt}');
    expect(g.root).toBe('archive');
    expect(['a.pdf', '2024/a.pdf', '2024/x/a.txt'].map(g.matches)).toEqual([true, true, true]);
    expect(['a.md', '2024/a.pdf.bak'].map(g.matches)).toEqual([false, false]);
    expect(splitGlob('*.pdf').root).toBe('.');
    expect(splitGlob('/abs/20[12]?/*.pdf').matches('2019/x.pdf')).toBe(true);
    expect(splitGlob('/abs/20[12]?/*.pdf').matches('2030/x.pdf')).toBe(false);
  });
});
