import { stat } from 'node:fs/promises';
import path from 'node:path';
import { ExitError } from '../../errors.js';
import { readInChild } from '../../limits/isolate.js';
import { CSV_ONLY_SELECTIONS, formatPack, type OutputFormat } from '../../write/index.js';
import type { Selection } from '../../write/tables.js';
import { writeFailure } from '../../write-failure.js';
import { limitsOf, type LimitFlags } from '../options.js';
import { writeAtomically } from '../output.js';
import { PageProgress } from '../page-progress.js';
import { printWarnings } from '../warnings.js';

export interface ExtractCommandOptions extends LimitFlags {
  format: OutputFormat;
  output?: string;
  select?: Selection;
  bom?: boolean;
  strict?: boolean;
  quiet?: boolean;
}

function checkOptions(opts: ExtractCommandOptions): void {
  if (opts.format === 'csv' && !opts.select) {
    throw new ExitError(2, 'CSV output holds one kind of record: add --select (e.g. --select actions)');
  }
  if (opts.format !== 'csv' && opts.select && CSV_ONLY_SELECTIONS.includes(opts.select)) {
    throw new ExitError(2, `--select ${opts.select} is a table for CSV: add --format csv, or use --select minutes for ${opts.format.toUpperCase()}`);
  }
  if (opts.bom && opts.format !== 'csv') throw new ExitError(2, '--bom is for CSV output (--format csv)');
}

/**
 * Refuse an -o that cannot be written before spending the time to extract: a folder given as
 * the file, or a file in a folder that is not there. (What only writing shows, a read-only
 * folder or a full disk, is caught when writing.)
 */
async function checkOutputPath(target: string): Promise<void> {
  let refusal: string | null = null;
  try {
    if ((await stat(target)).isDirectory()) refusal = 'EISDIR';
  } catch {
    // Not there yet: the usual case.
  }
  if (!refusal) {
    try {
      if (!(await stat(path.dirname(path.resolve(target)))).isDirectory()) refusal = 'ENOTDIR';
    } catch (err) {
      refusal = (err as NodeJS.ErrnoException).code ?? 'ENOENT';
    }
  }
  if (refusal) throw writeFailure(Object.assign(new Error(refusal), { code: refusal }), target);
}

export async function extractCommand(file: string, opts: ExtractCommandOptions): Promise<void> {
  checkOptions(opts);
  if (opts.output) await checkOutputPath(opts.output);
  // The file is read in a child process held to the limits; it reports each page read.
  const progress = new PageProgress(file, PageProgress.streamFor(process.stderr, Boolean(opts.quiet)));
  let pack;
  try {
    pack = await readInChild('extract', file, limitsOf(opts), progress.onPage);
  } finally {
    progress.done();
  }
  const text = formatPack(pack, { format: opts.format, select: opts.select, bom: opts.bom });
  if (opts.output) {
    await writeAtomically(opts.output, text);
  } else {
    process.stdout.write(text);
  }
  if (!opts.quiet) printWarnings(file, pack.warnings);
  if (opts.strict && pack.warnings.length > 0) {
    throw new ExitError(1, `${file}: ${pack.warnings.length} warning(s) and --strict was given`);
  }
}
