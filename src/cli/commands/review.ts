import { ExitError } from '../../errors.js';
import { readInChild } from '../../limits/isolate.js';
import { limitsOf, type LimitFlags } from '../options.js';
import { writeAtomically } from '../output.js';
import { printWarnings } from '../warnings.js';

export interface ReviewCommandOptions extends LimitFlags {
  output?: string;
  quiet?: boolean;
}

/** `packtool review FILE`: the pack's pages beside its records, as one offline HTML page. */
export async function reviewCommand(file: string, opts: ReviewCommandOptions): Promise<void> {
  // Megabytes of HTML (the PDF and pdf.js are inside) are no use on a terminal.
  if (!opts.output && process.stdout.isTTY) throw new ExitError(2, 'review writes an HTML page: give -o FILE (e.g. -o review.html) or redirect standard output');
  const { html, warnings } = await readInChild('review', file, limitsOf(opts));
  if (opts.output) await writeAtomically(opts.output, html);
  else process.stdout.write(html);
  if (!opts.quiet) printWarnings(file, warnings);
}

