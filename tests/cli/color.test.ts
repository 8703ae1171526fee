/**
 * Colour follows the stream written to: warnings go to stderr, so stderr decides, whatever
 * stdout is. NO_COLOR turns it off, FORCE_COLOR on (and wins over NO_COLOR). The warnings
 * are the Birmingham pack's (a text pack: fast), `number-inferred` on page 3, line 23.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packtool, packtoolOnTerminal, shellQuote } from './run.js';

const PACK = 'fixtures/sample/birmingham_ecyp_osc_2024-12-04_pack.txt';
const YELLOW_WARNING = '\u001b[33mwarning\u001b[39m';
/** An SGR (colour) escape; the progress line's cursor codes on a terminal are not colour. */
const ESC = /\u001b\[\d+(;\d+)*m/;
const FIRST_WARNING =
  `${PACK}: page 3, line 23: Agenda item number 6 is not in the extracted text; it was inferred from the items around ` +
  '"PROGRESS REPORT ON IMPLEMENTATION OF CHILD CRIMINAL EXPLOITATION (CCE) INQUIRY RECOMMENDATIONS". [number-inferred]';

function scratchFile(name: string): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), 'packtool-colour-')), name);
}

describe('colour of warnings', () => {
  it('is off when stderr is a pipe, even with no NO_COLOR', () => {
    const r = packtool(['extract', PACK], undefined, {});
    expect(r.stderr.split('\n')[0]).toBe(`warning ${FIRST_WARNING}`);
    expect(r.stderr).not.toMatch(ESC);
  });

  it('is on in a pipe with FORCE_COLOR=1, and FORCE_COLOR wins over NO_COLOR', () => {
    expect(packtool(['extract', PACK], undefined, { FORCE_COLOR: '1' }).stderr.split('\n')[0]).toBe(`${YELLOW_WARNING} ${FIRST_WARNING}`);
    expect(packtool(['extract', PACK], undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }).stderr).toContain(YELLOW_WARNING);
    expect(packtool(['extract', PACK], undefined, { FORCE_COLOR: '0' }).stderr).not.toMatch(ESC);
  });

  it('is on when stderr is a terminal though stdout goes to a file, and the data has no escape codes', (ctx) => {
    const out = scratchFile('pack.yaml');
    const r = packtoolOnTerminal(['extract', PACK], `> ${shellQuote(out)}`);
    if (!r) return ctx.skip();
    expect(r.stdout).toContain(`${YELLOW_WARNING} ${FIRST_WARNING}`);
    expect(readFileSync(out, 'utf8')).not.toMatch(ESC);
    expect(readFileSync(out, 'utf8')).toContain('code: number-inferred');
  });

  it('is off when stderr goes to a file though stdout is a terminal', (ctx) => {
    const err = scratchFile('warnings.txt');
    const r = packtoolOnTerminal(['extract', PACK, '--select', 'meeting'], `2> ${shellQuote(err)}`);
    if (!r) return ctx.skip();
    expect(readFileSync(err, 'utf8').split('\n')[0]).toBe(`warning ${FIRST_WARNING}`);
    expect(r.stdout).toContain('date: 2024-12-04');
  });

  it('is off on a terminal with NO_COLOR set', (ctx) => {
    const r = packtoolOnTerminal(['extract', PACK, '--select', 'meeting'], '', { NO_COLOR: '1' });
    if (!r) return ctx.skip();
    expect(r.stdout).toContain(`warning ${FIRST_WARNING}`);
    expect(r.stdout).not.toMatch(ESC);
  });
});

describe('colour of the diff report (stdout)', () => {
  const OLD = 'fixtures/diff/birmingham_ecyp_osc_2024-12-04_tracker.txt';
  const NEW = 'fixtures/diff/birmingham_ecyp_osc_2024-12-04_tracker_edited.txt';

  it('is off in a pipe and on with FORCE_COLOR', () => {
    expect(packtool(['diff', OLD, NEW], undefined, {}).stdout).not.toMatch(ESC);
    expect(packtool(['diff', OLD, NEW], undefined, { FORCE_COLOR: '1' }).stdout).toMatch(ESC);
  });
});
