/**
 * `packtool validate` names the record, the field, the value found and the line of the file.
 * The files are what extract wrote for Kent County Council's minutes of 13 March 2025
 * (minute 299's recorded vote: For (52) on page 7), each spoiled in one known place.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { explainIssues, issueLine } from '../../src/schema/explain.js';
import { PackSchema } from '../../src/schema/pack.js';
import { packtool } from './run.js';

const MINUTES = 'fixtures/minutes/kent_county_council_2025-03-13_printed_minutes.pdf';

/** The 1-based number of the first line of `text` that matches. */
function lineOf(text: string, pattern: RegExp): number {
  const index = text.split('\n').findIndex((l) => pattern.test(l));
  if (index < 0) throw new Error(`no line matches ${pattern}`);
  return index + 1;
}

describe('packtool validate', () => {
  let dir: string;
  let yaml: string;
  let json: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'packtool-validate-'));
    yaml = packtool(['extract', MINUTES, '--quiet']).stdout;
    json = packtool(['extract', MINUTES, '--quiet', '--format', 'json']).stdout;
  });

  it('reports a vote count that is not a number with its line, the minute and vote it belongs to, and the value found', () => {
    const spoiled = yaml.replace('count: 52', 'count: fifty-two');
    const file = path.join(dir, 'vote.yaml');
    writeFileSync(file, spoiled);
    const r = packtool(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      `${file}: line ${lineOf(spoiled, /count: fifty-two/)}: minutes of 2025-03-13 › minute "299" › vote 1, field for.count: found "fifty-two", expected a number`,
    );
    expect(r.stderr).toContain('does not match the packtool output contract (1 problem(s))');
  });

  it('reports a missing field of an action in a JSON file by the action\'s id, at the action\'s line', () => {
    const pack = JSON.parse(json);
    pack.actions = [{ id: 'kcc-2025-03-13-1', tracker: 'Action log', date: '2025-03-13', minute: '299', item: null, lead: null, update: null, status: 'open', due: null, source: { page: 7, line: 267 } }];
    const text = JSON.stringify(pack, null, 2);
    const file = path.join(dir, 'action.json');
    writeFileSync(file, text);
    const r = packtool(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(`${file}: line ${lineOf(text, /"id": "kcc-2025-03-13-1"/) - 1}: action "kcc-2025-03-13-1", field action: found nothing, expected a string`);
  });

  it('reads the file from standard input with "-"', () => {
    const r = packtool(['validate', '-'], yaml.replace(/^ {2}date: 2025-03-13$/m, '  date: 13 March 2025'));
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(`-: line ${lineOf(yaml, /^ {2}date: 2025-03-13$/)}: meeting, field date: found "13 March 2025", expected an ISO date YYYY-MM-DD`);
    expect(packtool(['validate', '-'], yaml)).toMatchObject({ code: 0, stdout: '-: valid packtool 1 output\n' });
  });

  it('names the line of a YAML syntax error in one line', () => {
    const file = path.join(dir, 'broken.yaml');
    writeFileSync(file, 'packtool: 1\nsource: [unclosed\n');
    const r = packtool(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^packtool: .*broken\.yaml: line \d+: not YAML or JSON .*\[not-yaml\]$/m);
  });
});

describe('explaining issues', () => {
  it('names enum values plainly and records without an id by their place', () => {
    const pack = { packtool: 1, warnings: [{ message: 'x', source: { page: 1, line: null } }] };
    const result = PackSchema.safeParse(pack);
    expect(result.success).toBe(false);
    const lines = explainIssues(pack, result.success ? [] : result.error.issues, () => null).map(issueLine);
    expect(lines).toContain('warning 1 (no code), field code: found nothing, expected a string');
    expect(lines).toContain('the Pack, field source: found nothing, expected an object');
  });
});
