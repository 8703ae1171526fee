/**
 * Progress while extract reads a PDF: on a terminal only, never in a pipe or with --quiet.
 * The unit tests inject the stream (isTTY) and a zero delay, so nothing depends on timing; the
 * command-line tests check what is never shown, on a pipe and on a pseudo-terminal.
 */
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/extract.js';
import { PageProgress } from '../../src/cli/page-progress.js';
import { fixture } from '../helpers.js';
import { packtool, packtoolOnTerminal } from './run.js';

const SAMPLE = 'fixtures/sample/kent_county_council_2025-03-13_sample_pack.pdf';

function terminal() {
  const written: string[] = [];
  return { isTTY: true, written, write: (t: string) => written.push(t) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('page progress', () => {
  it('is shown on a terminal, never in a pipe or with --quiet', () => {
    const tty = terminal();
    expect(PageProgress.streamFor(tty, false)).toBe(tty);
    expect(PageProgress.streamFor(tty, true)).toBeNull();
    expect(PageProgress.streamFor({ isTTY: false, write: () => true }, false)).toBeNull();
    expect(PageProgress.streamFor({ write: () => true }, false)).toBeNull();
  });

  it('counts the 41 pages of the Kent sample pack as pdf.js reads them, and clears its line at the end', async () => {
    const tty = terminal();
    const progress = new PageProgress('sample.pdf', tty, 0);
    await tick(); // the delay passes before the first page
    await extractFile(fixture('sample', 'kent_county_council_2025-03-13_sample_pack.pdf'), { onPage: progress.onPage });
    progress.done();
    const lines = tty.written.map((t) => t.replace('\r\u001b[K', ''));
    expect(lines[0]).toBe('packtool: sample.pdf: reading');
    expect(lines).toContain('packtool: sample.pdf: page 1 of 41');
    expect(lines.at(-2)).toBe('packtool: sample.pdf: page 41 of 41');
    expect(tty.written.at(-1)).toBe('\r\u001b[K');
  });

  it('shows nothing when the read ends before the delay', async () => {
    const tty = terminal();
    const progress = new PageProgress('sample.pdf', tty, 60_000);
    progress.onPage(1, 41);
    progress.done();
    expect(tty.written).toEqual([]);
  });

  it('writes nothing but warnings to a piped stderr', () => {
    const r = packtool(['extract', SAMPLE, '--select', 'meeting']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('writes nothing to a terminal with --quiet', (ctx) => {
    const r = packtoolOnTerminal(['extract', SAMPLE, '--quiet', '--select', 'meeting'], '> /dev/null');
    if (!r) return ctx.skip();
    expect(r.stdout).toBe('');
  });
});
