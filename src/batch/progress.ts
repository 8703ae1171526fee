/**
 * Progress on stderr: a live bar (files done/total, pages/s, ETA) when stderr is a terminal,
 * plain periodic lines otherwise, so CI logs stay readable; nothing with --quiet.
 */
import { escapeControls } from '../control-chars.js';
import type { BatchSummary } from './types.js';

/** How often the live bar is redrawn: fast enough to look alive, slow enough to cost nothing. */
const BAR_REFRESH_MS = 200;
/** How often a log line is printed when stderr is not a terminal: a CI log should not be flooded. */
const LOG_INTERVAL_MS = 10_000;
const BAR_WIDTH = 24;

export type ProgressMode = 'bar' | 'log' | 'none';

export interface ProgressState {
  done: number;
  /** Unknown (null) until the count of inputs has finished. */
  total: number | null;
  failed: number;
  /** Pages extracted in this run (skipped inputs cost nothing, so they do not count). */
  pages: number;
  /** Inputs actually worked on in this run, for the ETA. */
  worked: number;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export class Progress {
  private timer: NodeJS.Timeout | undefined;
  private readonly started = performance.now();
  private lastWidth = 0;

  constructor(
    private readonly mode: ProgressMode,
    private readonly state: ProgressState,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    if (mode === 'none') return;
    this.timer = setInterval(() => this.draw(), mode === 'bar' ? BAR_REFRESH_MS : LOG_INTERVAL_MS);
    this.timer.unref();
  }

  /** Print a message (a failure) above the bar without tearing it. */
  note(message: string): void {
    if (this.mode === 'none') return;
    this.clear();
    // Failures name the input and quote its reader's message: nothing from a file reaches the terminal raw.
    this.stream.write(escapeControls(message) + '\n');
    if (this.mode === 'bar') this.draw();
  }

  stop(): void {
    clearInterval(this.timer);
    this.clear();
  }

  line(): string {
    const { done, total, failed, pages, worked } = this.state;
    const elapsed = (performance.now() - this.started) / 1000;
    const rate = elapsed > 0 ? pages / elapsed : 0;
    const left = total === null ? null : total - done;
    // ETA from files worked on so far; skipped files are nearly free and would make it optimistic.
    const eta = left !== null && worked > 0 ? formatDuration((left * elapsed) / worked) : '?';
    const of = total === null ? `${done}/…` : `${done}/${total}`;
    const failures = failed ? ` · ${failed} failed` : '';
    return `${of} files · ${rate.toFixed(1)} pages/s · ETA ${eta}${failures}`;
  }

  private draw(): void {
    if (this.mode === 'log') {
      this.stream.write(`packtool batch: ${this.line()}\n`);
      return;
    }
    const { done, total } = this.state;
    const filled = total ? Math.round((BAR_WIDTH * done) / total) : 0;
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${this.line()}`;
    this.stream.write(`\r${bar}${' '.repeat(Math.max(0, this.lastWidth - bar.length))}`);
    this.lastWidth = bar.length;
  }

  private clear(): void {
    if (this.mode === 'bar' && this.lastWidth > 0) {
      this.stream.write(`\r${' '.repeat(this.lastWidth)}\r`);
      this.lastWidth = 0;
    }
  }
}

export function summaryLine(s: BatchSummary): string {
  return `packtool batch: ${s.ok} ok, ${s.skipped} skipped, ${s.failed} failed, ${s.warnings} warnings, ${s.pages} pages in ${s.seconds.toFixed(1)} s`;
}
