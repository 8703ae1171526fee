import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { progressMode } from '../../src/batch/command.js';
import { formatDuration, Progress, summaryLine, type ProgressState } from '../../src/batch/progress.js';

/** Collects what would go to stderr. */
function fakeStream(isTTY: boolean): NodeJS.WriteStream & { text: string } {
  const s = { text: '', isTTY, write: (chunk: string) => ((s.text += chunk), true) };
  return s as unknown as NodeJS.WriteStream & { text: string };
}

describe('batch progress', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('prints a plain line every 10 s when stderr is not a terminal', () => {
    const state: ProgressState = { done: 0, total: null, failed: 0, pages: 0, worked: 0 };
    const out = fakeStream(false);
    const p = new Progress('log', state, out);
    vi.advanceTimersByTime(9_999);
    expect(out.text).toBe('');
    Object.assign(state, { done: 30, total: 120, pages: 450, worked: 30, failed: 2 });
    vi.advanceTimersByTime(1);
    // 450 pages in 10 s; 90 files left at 30 files per 10 s.
    expect(out.text).toBe('packtool batch: 30/120 files · 45.0 pages/s · ETA 30s · 2 failed\n');
    p.stop();
  });

  it('shows the count as open until the inputs have been counted', () => {
    const state: ProgressState = { done: 3, total: null, failed: 0, pages: 0, worked: 3 };
    expect(new Progress('none', state, fakeStream(false)).line()).toMatch(/^3\/… files · 0\.0 pages\/s · ETA \?$/);
  });

  it('redraws one bar line on a terminal and clears it before printing a failure', () => {
    const state: ProgressState = { done: 6, total: 24, failed: 0, pages: 10, worked: 6 };
    const out = fakeStream(true);
    const p = new Progress('bar', state, out);
    vi.advanceTimersByTime(200);
    expect(out.text).toMatch(/^\r\[######\.{18}\] 6\/24 files/);
    out.text = '';
    p.note('packtool: failed: a.pdf: cut short [truncated-pdf]');
    expect(out.text).toMatch(/^\r {20,}\rpacktool: failed: a\.pdf: cut short \[truncated-pdf\]\n\r\[######/);
    p.stop();
  });

  it('prints nothing with --quiet, a bar on a terminal, log lines otherwise', () => {
    expect(progressMode(true, fakeStream(true))).toBe('none');
    expect(progressMode(false, fakeStream(true))).toBe('bar');
    expect(progressMode(false, fakeStream(false))).toBe('log');
  });

  it('formats durations and the summary line', () => {
    expect([formatDuration(42), formatDuration(252), formatDuration(7500), formatDuration(Infinity)]).toEqual(['42s', '4m12s', '2h05m', '?']);
    expect(summaryLine({ inputs: 310, ok: 307, skipped: 0, failed: 3, warnings: 1204, pages: 9120, seconds: 412.34 })).toBe(
      'packtool batch: 307 ok, 0 skipped, 3 failed, 1204 warnings, 9120 pages in 412.3 s',
    );
  });
});
