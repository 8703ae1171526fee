/**
 * `packtool diff OLD NEW` as a plain async function: load both sides, diff their action
 * rows, write the report. It returns the exit code instead of exiting, so tests call it
 * directly; the command line turns a non-zero code into an ExitError.
 */
import { Chalk } from 'chalk';
import { UsageError } from '../errors.js';
import { diff } from '../api.js';
import { DEFAULT_FAIL_ON, exitCodeFor, type DiffKind } from './fail-on.js';
import { formatReport, type DiffFormat } from './format/index.js';
import type { DiffReport } from '../schema/diff-report.js';

const STDIN = '-';

export interface DiffOptions {
  format: DiffFormat;
  /** Kinds of difference that give exit code 1; the default is every kind. */
  failOn?: readonly DiffKind[];
  /** Colour the human report (the CLI decides from stdout, NO_COLOR and FORCE_COLOR: src/cli/color.ts). */
  color?: boolean;
}

export interface DiffOutcome {
  report: DiffReport;
  /** What goes to standard output. */
  text: string;
  /** 0 no selected differences, 1 differences. (Trouble, 2, is thrown as an ExitError.) */
  exitCode: number;
}

export async function runDiff(oldFile: string, newFile: string, opts: DiffOptions): Promise<DiffOutcome> {
  if (oldFile === STDIN && newFile === STDIN) throw new UsageError('only one side can be read from standard input ("-")');
  const report = await diff(oldFile, newFile);
  // Level 1 (16 colours) is all the report uses; 0 turns chalk into plain text.
  const paint = new Chalk({ level: opts.color ? 1 : 0 });
  return { report, text: formatReport(report, opts.format, paint), exitCode: exitCodeFor(report, opts.failOn ?? DEFAULT_FAIL_ON) };
}
