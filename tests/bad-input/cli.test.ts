import { describe, expect, it } from 'vitest';
import { packtool } from '../cli/run.js';
import { bad } from './helpers.js';

/** What the command line must print for each refused fixture: the file, the problem, what to do, and the code. */
const REFUSED: Array<[string, string, RegExp]> = [
  ['empty.pdf', 'empty-file', /the file is empty \(0 bytes\); download it again/],
  ['html-page-named.pdf', 'not-a-pdf', /is an HTML page; download the PDF itself again/],
  ['png-image-named.pdf', 'not-a-pdf', /is a PNG image; download the PDF itself again/],
  ['truncated-10.pdf', 'truncated-pdf', /cut short.*download the file again/],
  ['truncated-50.pdf', 'truncated-pdf', /cut short.*download the file again/],
  ['truncated-90.pdf', 'truncated-pdf', /cut short.*download the file again/],
  ['encrypted-user-password.pdf', 'encrypted', /protected by a password; remove it/],
  ['negative-page-count.pdf', 'invalid-pdf', /page tree is damaged: no page can be found in it/],
  ['blank-10000-pages.pdf', 'too-many-pages', /10000 pages, more than --max-pages 5000; raise --max-pages/],
];

describe('the command line, given a file it must refuse', () => {
  it.each(REFUSED)('prints one line for %s naming the file and [%s], and exits 1', (name, code, message) => {
    const r = packtool(['extract', bad(name)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(`packtool: ${bad(name)}: `)).toBe(true);
    expect(lines[0].endsWith(` [${code}]`)).toBe(true);
    expect(lines[0]).toMatch(message);
  });

  it('adds the stack trace only with --debug', () => {
    const r = packtool(['--debug', 'extract', bad('truncated-50.pdf')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/\[truncated-pdf\]\n/);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});

describe('the command line, given a damaged file it can still read', () => {
  it.each(['damaged-xref.pdf', 'encrypted-owner-password-only.pdf'])('prints a Pack for %s and exits 0', (name) => {
    const r = packtool(['extract', bad(name), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).source.pages).toBe(1);
  });
});
