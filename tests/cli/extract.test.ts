import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixture } from '../helpers.js';
import { codeBlocks, README, section } from '../package/readme.js';
import { packtool } from './run.js';

const SAMPLE = 'fixtures/sample/kent_county_council_2025-03-13_sample_pack.pdf';

describe('packtool extract', () => {
  it('prints a Pack as YAML by default, with the file, its sha256 and its page count', () => {
    const r = packtool(['extract', SAMPLE]);
    expect(r.code).toBe(0);
    const pack = parse(r.stdout);
    expect(pack.packtool).toBe(1);
    expect(pack.source).toEqual({
      file: SAMPLE,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      format: 'pdf',
      pages: 41,
    });
  });

  it('writes JSON to a file with --format json -o, and nothing on stdout', () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'packtool-')), 'pack.json');
    const r = packtool(['extract', SAMPLE, '--format', 'json', '-o', out, '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).source.format).toBe('pdf');
  });

  it('reads a text pack from standard input with "-", giving the same sha256 as from the file', () => {
    const file = 'fixtures/sample/birmingham_ecyp_osc_2024-12-04_pack.txt';
    const a = parse(packtool(['extract', file, '--quiet']).stdout);
    const b = parse(packtool(['extract', '-', '--quiet'], readFileSync(fixture('sample', 'birmingham_ecyp_osc_2024-12-04_pack.txt'), 'utf8')).stdout);
    expect(a.source.format).toBe('text');
    expect(b.source).toEqual({ ...a.source, file: '-' });
  });

  it('says in one line that a file is missing, exit code 1, no stack trace', () => {
    const r = packtool(['extract', 'no-such-pack.pdf']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual(['packtool: no-such-pack.pdf: no such file; check the path [file-not-found]']);
  });

  it('refuses a .pdf that is not a PDF, naming what it is', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'packtool-'));
    const fake = path.join(dir, 'agenda.pdf');
    writeFileSync(fake, '<!DOCTYPE html><html><body>Agenda</body></html>');
    const r = packtool(['extract', fake]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is an HTML page');
    expect(r.stderr).toContain('[not-a-pdf]');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on a usage error: an unknown output format', () => {
    const r = packtool(['extract', SAMPLE, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("argument 'xml' is invalid");
  });

  it('exits 2 when CSV is asked for without --select', () => {
    const r = packtool(['extract', SAMPLE, '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('add --select');
  });
});

describe('the README\'s example of actions in minutes', () => {
  it('prints the rows the README shows for the Horsley Village Hall minutes', () => {
    const [example] = codeBlocks(section(README, 'Actions in minutes'), '');
    const shown = example.split('\n').filter((l) => /^(?:id,|[0-9a-f]{12},)/.test(l));
    const r = packtool(['extract', fixture('minutes', 'horsley_village_hall_committee_2013-10-08_minutes.pdf'), '-s', 'actions', '-f', 'csv']);
    expect(r.code).toBe(0);
    const printed = r.stdout.split(/\r?\n/);
    expect(shown.length).toBe(3);
    for (const line of shown) expect(printed).toContain(line);
  });
});

describe('packtool validate and schema', () => {
  it('accepts what extract wrote', () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'packtool-')), 'pack.yaml');
    expect(packtool(['extract', SAMPLE, '-o', out, '--quiet']).code).toBe(0);
    const r = packtool(['validate', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('valid packtool 1 output');
  });

  it('rejects a Pack whose date is not ISO, naming the field', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'packtool-'));
    const out = path.join(dir, 'pack.json');
    packtool(['extract', SAMPLE, '--format', 'json', '-o', out, '--quiet']);
    const pack = JSON.parse(readFileSync(out, 'utf8'));
    pack.meeting.date = '13 March 2025';
    writeFileSync(out, JSON.stringify(pack));
    const r = packtool(['validate', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('meeting, field date: found "13 March 2025", expected an ISO date YYYY-MM-DD');
  });

  it('prints the JSON Schema of the output', () => {
    const schema = JSON.parse(packtool(['schema']).stdout);
    expect(schema.title).toBe('packtool Pack');
    expect(schema.properties.packtool.const).toBe(1);
  });
});
