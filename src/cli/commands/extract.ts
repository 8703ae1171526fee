import { ExitError, InputError } from '../../errors.js';
import { extractFile } from '../../extract.js';
import type { Pack } from '../../schema/pack.js';
import { formatOutput, type OutputFormat } from '../../write/index.js';
import { writeAtomically } from '../output.js';
import { printWarnings } from '../warnings.js';

export interface ExtractCommandOptions {
  format: OutputFormat;
  output?: string;
  select?: keyof Pack;
  strict?: boolean;
  maxPages: number;
  timeout: number;
  quiet?: boolean;
}

export async function extractCommand(file: string, opts: ExtractCommandOptions): Promise<void> {
  if (opts.format === 'csv' && !opts.select) {
    throw new ExitError(2, 'CSV output holds one kind of record: add --select (e.g. --select actions)');
  }
  // The deadline stops a PDF read that keeps pdf.js busy; the timer covers everything else.
  const deadline = Date.now() + opts.timeout * 1000;
  const { pack } = await withTimeout(extractFile(file, { maxPages: opts.maxPages, deadline }), opts.timeout, file);
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

export async function withTimeout<T>(work: Promise<T>, seconds: number, file: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new InputError('timeout', `gave up after ${seconds} s; raise --timeout if the file is just very large`, file)),
      seconds * 1000,
    );
    timer.unref();
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}
