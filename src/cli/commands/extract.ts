import { ExitError } from '../../errors.js';
import { readInChild } from '../../limits/isolate.js';
import type { Pack } from '../../schema/pack.js';
import { formatOutput, type OutputFormat } from '../../write/index.js';
import { limitsOf, type LimitFlags } from '../options.js';
import { writeAtomically } from '../output.js';
import { printWarnings } from '../warnings.js';

export interface ExtractCommandOptions extends LimitFlags {
  format: OutputFormat;
  output?: string;
  select?: keyof Pack;
  strict?: boolean;
  quiet?: boolean;
}

export async function extractCommand(file: string, opts: ExtractCommandOptions): Promise<void> {
  if (opts.format === 'csv' && !opts.select) {
    throw new ExitError(2, 'CSV output holds one kind of record: add --select (e.g. --select actions)');
  }
  const pack = await readInChild('extract', file, limitsOf(opts));
  const value = opts.select ? pack[opts.select] : pack;
  const text = formatOutput(value, opts.format);
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
