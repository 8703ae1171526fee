import type { SourceRef, Warning } from '../context.js';
import { escapeControls } from '../control-chars.js';
import { paintFor } from './color.js';

/**
 * Where a warning is, in words: `page 23, line 60`, `page 2`, or nothing when the warning is
 * about the whole file. Words, not `FILE:23:60:`, which reads as a compiler's line and column.
 */
export function describePlace(source: SourceRef): string {
  const parts: string[] = [];
  if (source.page !== null) parts.push(`page ${source.page}`);
  if (source.line !== null) parts.push(`line ${source.line}`);
  return parts.join(', ');
}

/** One warning as printed: `FILE: page 23, line 60: message [code]`, its control characters escaped. */
export function warningLine(file: string, w: Warning): string {
  const place = describePlace(w.source);
  // Messages quote the input's text: its control characters must not reach the terminal.
  return escapeControls(`${file}: ${place ? place + ': ' : ''}${w.message} [${w.code}]`);
}

/** Warnings go to stderr, so they never mix with data on stdout; coloured only if stderr takes colour. */
export function printWarnings(file: string, warnings: Warning[]): void {
  const paint = paintFor('stderr');
  for (const w of warnings) process.stderr.write(`${paint.yellow('warning')} ${warningLine(file, w)}\n`);
}
