/**
 * The examples at the end of `--help` (top level, validate, schema, layout) are printed, and
 * each one works as written: run in order by a shell, in a folder holding the sample pack as
 * pack.pdf, with `packtool` on PATH.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { HELP_EXAMPLES } from '../../src/cli/main.js';
import { ROOT, fixture } from '../helpers.js';
import { packtool } from './run.js';

let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'packtool-help-'));
  copyFileSync(fixture('sample', 'kent_county_council_2025-03-13_sample_pack.pdf'), path.join(dir, 'pack.pdf'));
  writeFileSync(path.join(dir, 'packtool'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'bin', 'packtool.js')}" "$@"\n`);
  chmodSync(path.join(dir, 'packtool'), 0o755);
  env = { ...process.env, PATH: `${dir}${path.delimiter}${process.env.PATH}`, NO_COLOR: '1' };
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The lines under "Examples:" in a help text. */
function examplesIn(help: string): string[] {
  const [, after = ''] = help.split('\nExamples:\n');
  return after.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim());
}

function runExamples(lines: readonly string[]): string[] {
  return lines.map((line) => {
    const r = spawnSync('sh', ['-c', line], { cwd: dir, env, encoding: 'utf8' });
    expect(r.status, `${line}\n${r.stderr}`).toBe(0);
    return r.stdout;
  });
}

const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');

describe('--help examples', () => {
  it('packtool --help: extract to YAML, validate it, look at the layout, the agenda as CSV', () => {
    expect(examplesIn(packtool(['--help']).stdout)).toEqual(HELP_EXAMPLES.packtool);
    const [, validated, layout] = runExamples(HELP_EXAMPLES.packtool);
    // Front sheet, page 1: "Thursday, 13th March, 2025 at 10.00 am".
    expect(read('pack.yaml')).toContain('  date: 2025-03-13\n  time: 10:00');
    expect(validated).toBe('pack.yaml: valid packtool 1 output\n');
    expect(layout.split('\n')[0]).toMatch(/^--- page 1\b/);
    // Front sheet: "1.    Apologies for Absence".
    expect(read('agenda.csv').split('\n')[1]).toMatch(/^1,false,Apologies for Absence,/);
  });

  it('packtool validate --help: a JSON Pack, then a folder of YAML Packs, stopping at one that breaks the contract', () => {
    expect(examplesIn(packtool(['validate', '--help']).stdout)).toEqual(HELP_EXAMPLES.validate);
    const [first, ...rest] = HELP_EXAMPLES.validate;
    expect(runExamples([first])).toEqual(['pack.json: valid packtool 1 output\n']);
    // A batch's output folder: the same Pack as YAML, and one that breaks the contract.
    mkdirSync(path.join(dir, 'out'), { recursive: true });
    const pack = JSON.parse(read('pack.json'));
    writeFileSync(path.join(dir, 'out', 'a.yaml'), stringify(pack));
    expect(runExamples(rest)).toEqual(['out/a.yaml: valid packtool 1 output\n']);
    delete pack.meeting.date;
    writeFileSync(path.join(dir, 'out', 'b.yaml'), stringify(pack));
    const broken = spawnSync('sh', ['-c', rest[0]], { cwd: dir, env, encoding: 'utf8' });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/out\/b\.yaml\b.*\bdate\b/);
  });

  it('packtool schema --help: the two schemas, as in schemas/', () => {
    expect(examplesIn(packtool(['schema', '--help']).stdout)).toEqual(HELP_EXAMPLES.schema);
    runExamples(HELP_EXAMPLES.schema);
    expect(read('pack.schema.json')).toBe(readFileSync(path.join(ROOT, 'schemas', 'pack.schema.json'), 'utf8'));
    expect(read('diff.schema.json')).toBe(readFileSync(path.join(ROOT, 'schemas', 'diff.schema.json'), 'utf8'));
  });

  it('packtool layout --help: the numbered lines, a search in them, and their geometry', () => {
    expect(examplesIn(packtool(['layout', '--help']).stdout)).toEqual(HELP_EXAMPLES.layout);
    const [, resolved, geometry] = runExamples(HELP_EXAMPLES.layout);
    expect(read('pack.layout.txt')).toContain('--- page 5');
    // Page 5, minute 288: "RESOLVED that the minutes of the meetings held on 19 December 2024 and 9".
    expect(resolved).toMatch(/\d+:\d+\tRESOLVED that the minutes of the meetings held on 19 December 2024 and 9/);
    // line, x,y, style (size and B for bold), text
    expect(geometry.split('\n')[1]).toMatch(/^\d+\t\d+,\d+\t[\d.]+B?\S*\t\S/);
  });
});
