/**
 * A pack that holds terminal escape sequences (`ESC]0;…` sets the window title, `ESC[2J` clears
 * the screen, `ESC[32m` colours a forged line) or NUL bytes must not reach the terminal through
 * packtool's messages: every one is shown escaped, on stderr and in the batch report.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { escapeControls, stringifyJson } from '../../src/control-chars.js';
import { packtool } from '../cli/run.js';
import { fixture } from '../helpers.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'packtool-controls-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ESC = '\x1b';
const HOSTILE = `${ESC}]0;pwned\x07${ESC}[2J${ESC}[32mpacktool: all fine${ESC}[0m\x00`;
/** Any C0 control but newline and tab, DEL, or a C1 control. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/**
 * The Haresfield PC minutes of 26 January 2020, whose one line packtool does not understand
 * ("Date of next meeting: Monday February 24th 2020", an unparsed-lines warning quoting it)
 * now opens with the hostile sequences.
 */
function hostileMinutes(dir: string, name: string): string {
  const minutes = readFileSync(fixture('minutes', 'haresfield_pc_full_council_2020-01-26_minutes.txt'), 'utf8');
  expect(minutes).toContain('\nDate of next meeting: Monday February 24th 2020');
  const file = path.join(dir, name);
  writeFileSync(file, minutes.replace('\nDate of next meeting:', `\n${HOSTILE}Date of next meeting:`));
  return file;
}

describe('escapeControls', () => {
  it('shows ESC, BEL, NUL, newline, carriage return, DEL and C1 CSI as escapes, and keeps tab and letters', () => {
    expect(escapeControls(`a${ESC}[2Jb\x07\x00\n\r\x7f\u009b\tç–`)).toBe('a\\x1b[2Jb\\x07\\x00\\n\\r\\x7f\\x9b\tç–');
  });

  it('stringifyJson escapes C1 and DEL as JSON does C0: the same string to a JSON reader', () => {
    const value = { message: `x${ESC}[2J\u009b\x7fé` };
    const text = stringifyJson(value);
    expect(text).toBe('{"message":"x\\u001b[2J\\u009b\\u007fé"}');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('a pack holding ESC]0;…, ESC[2J and NUL', () => {
  it('extract prints its warning with every control character escaped', () => {
    const file = hostileMinutes(tmp, 'haresfield.txt');
    const r = packtool(['extract', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    // The warning quotes the line's first 60 characters; the sequences are escaped in it.
    const warning = r.stderr.split('\n').find((l) => l.includes('[unparsed-lines]'));
    expect(warning).toBe(
      `warning ${file}: page 1, line 32: 1 line of the minutes on page 1 were not understood (line 32), starting "\\x1b]0;pwned\\x07\\x1b[2J\\x1b[32mpacktool: all fine\\x1b[0m\\x00Date of next…". [unparsed-lines]`,
    );
  });

  it('a file name holding them is escaped in the one-line error', () => {
    const file = path.join(tmp, `minutes${ESC}[2J${ESC}]0;x\x07.pdf`);
    writeFileSync(file, '');
    const r = packtool(['extract', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`packtool: ${tmp}/minutes\\x1b[2J\\x1b]0;x\\x07.pdf: the file is empty (0 bytes); download it again [empty-file]\n`);
  });

  it('batch escapes them in its failure lines and writes them as JSON escapes in the report', () => {
    const inputs = path.join(tmp, 'archive');
    mkdirSync(inputs);
    const name = `minutes${ESC}[2J\u009b31m.pdf`;
    writeFileSync(path.join(inputs, name), '');
    hostileMinutes(inputs, 'haresfield.txt');
    const out = path.join(tmp, 'out');
    const r = packtool(['batch', inputs, '-o', out, '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain('packtool: failed: minutes\\x1b[2J\\x9b31m.pdf: the file is empty (0 bytes); download it again [empty-file]');
    const text = readFileSync(path.join(out, 'packtool-batch.json'), 'utf8');
    expect(text).not.toMatch(RAW_CONTROL);
    expect(text).toContain('"input":"minutes\\u001b[2J\\u009b31m.pdf"');
    // Escaped, not altered: a JSON reader gets the real file name back.
    const report = JSON.parse(text) as { inputs: Array<{ input: string; status: string }> };
    expect(report.inputs.find((e) => e.status === 'failed')?.input).toBe(name);
  });
});
