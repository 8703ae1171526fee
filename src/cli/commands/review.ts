import { ExitError } from '../../errors.js';
import { reviewFile } from '../../review/review-file.js';
import { writeAtomically } from '../output.js';
import { printWarnings } from '../warnings.js';
import { withTimeout } from './extract.js';

export interface ReviewCommandOptions {
  output?: string;
  maxPages: number;
  timeout: number;
  quiet?: boolean;
}

/** `packtool review FILE`: the pack's pages beside its records, as one offline HTML page. */
export async function reviewCommand(file: string, opts: ReviewCommandOptions): Promise<void> {
  // Megabytes of HTML (the PDF and pdf.js are inside) are no use on a terminal.
  if (!opts.output && process.stdout.isTTY) throw new ExitError(2, 'review writes an HTML page: give -o FILE (e.g. -o review.html) or redirect standard output');
  const deadline = Date.now() + opts.timeout * 1000;
  const { result, html } = await withTimeout(reviewFile(file, { maxPages: opts.maxPages, deadline }), opts.timeout, file);
  if (opts.output) await writeAtomically(opts.output, html);
  else process.stdout.write(html);
  if (!opts.quiet) printWarnings(file, result.pack.warnings);
}

