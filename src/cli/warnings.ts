import chalk from 'chalk';
import type { Warning } from '../context.js';
import { escapeControls } from '../control-chars.js';

/** Warnings go to stderr as `file:page:line: message [code]`, so they never mix with data on stdout. */
export function printWarnings(file: string, warnings: Warning[]): void {
  for (const w of warnings) {
    const where = [file, w.source.page ?? '-', w.source.line ?? '-'].join(':');
    // Messages quote the input's text: its control characters must not reach the terminal.
    process.stderr.write(`${chalk.yellow('warning')} ${escapeControls(`${where}: ${w.message} [${w.code}]`)}\n`);
  }
}
