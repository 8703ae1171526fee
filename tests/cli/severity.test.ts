/**
 * One severity model: whether a problem ends a file's read is the source's call, recorded on
 * the file's context, and every command maps it to the same exit code.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Context } from '../../src/context.js';
import { failureOf, InputError } from '../../src/errors.js';
import { fixture } from '../helpers.js';
import { packtool } from './run.js';

/** The generated Milburn minutes page with its cross-reference table and %%EOF cut off (its objects all there). */
function cutPdf(): string {
  const whole = readFileSync(fixture('bad', 'milburn-minutes-text.pdf'));
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'packtool-')), 'milburn-cut.pdf');
  writeFileSync(file, whole.subarray(0, whole.lastIndexOf('xref')));
  return file;
}

const CUT_WARNING = ':-:-: the PDF is cut short (no end-of-file marker); what could be read is below, but download the file again for the rest [truncated-pdf]';

describe('a PDF whose %%EOF is cut off but whose pages are all there', () => {
  const file = cutPdf();

  it('is read by `layout` and by `extract` alike: exit 0, and the same truncated-pdf warning on stderr', () => {
    const layout = packtool(['layout', file]);
    const extract = packtool(['extract', file]);
    expect([layout.code, extract.code]).toEqual([0, 0]);
    expect(layout.stderr).toBe(`warning ${file}${CUT_WARNING}\n`);
    expect(extract.stderr).toBe(`warning ${file}${CUT_WARNING}\n`);
    expect(layout.stdout).toContain('1\tMilburn Parish Council - 12th November 2019');
    expect(extract.stdout).toContain('number: 19.11.01');
  });

  it('fails `extract --strict` with exit 1, as any warning does', () => {
    expect(packtool(['extract', file, '--strict', '--quiet']).code).toBe(1);
  });
});

describe('a PDF cut inside its pages (Milburn minutes at 10 %)', () => {
  it('is fatal to `layout` and `extract` alike: exit 1 and the same one line naming the file', () => {
    const file = 'fixtures/bad/truncated-10.pdf';
    const layout = packtool(['layout', file]);
    const extract = packtool(['extract', file]);
    expect([layout.code, extract.code]).toEqual([1, 1]);
    expect(layout.stderr).toBe(extract.stderr);
    expect(extract.stderr).toMatch(/^packtool: fixtures\/bad\/truncated-10\.pdf: the PDF is cut short .* \[truncated-pdf\]\n$/);
  });
});

describe('the file context', () => {
  it('keeps a fatal message beside the warnings, out of the Pack\'s warnings, and throws it naming the file', () => {
    const ctx = new Context('agenda.pdf');
    ctx.warn('unreadable-page', 'page 2 cannot be read', { page: 2 });
    expect(() => ctx.fail('truncated-pdf', 'the PDF is cut short')).toThrow(InputError);
    expect(ctx.messages.map((m) => [m.code, m.fatal ?? false])).toEqual([['unreadable-page', false], ['truncated-pdf', true]]);
    expect(ctx.warnings.map((w) => w.code)).toEqual(['unreadable-page']);
    let thrown: unknown;
    try {
      ctx.fail('encrypted', 'the PDF is protected by a password');
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(InputError);
    expect((thrown as InputError).file).toBe('agenda.pdf');
  });

  it('says "internal error" once, for anything that is not an InputError', () => {
    const bug = failureOf(new TypeError("Cannot read properties of undefined (reading 'cells')\n    at parse"));
    expect(bug).toEqual({
      code: 'internal-error',
      message: "internal error (a bug in packtool; please report it with the input file): Cannot read properties of undefined (reading 'cells')",
      internal: true,
    });
    expect(failureOf(new InputError('encrypted', 'the PDF is protected by a password', 'a.pdf'))).toEqual({ code: 'encrypted', message: 'the PDF is protected by a password', internal: false });
  });
});
