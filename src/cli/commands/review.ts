import { ExitError } from '../../errors.js';
import { extractBytes, readInput } from '../../extract.js';
import { renderReview } from '../../review/page.js';
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
  const { pack, html } = await withTimeout(reviewPage(file, opts.maxPages, deadline), opts.timeout, file);
  if (opts.output) await writeAtomically(opts.output, html);
  else process.stdout.write(html);
  if (!opts.quiet) printWarnings(file, pack.warnings);
}

async function reviewPage(file: string, maxPages: number, deadline: number) {
  const bytes = await readInput(file);
  // pdf.js takes (detaches) the buffer it reads; the page embeds the original bytes.
  const result = await extractBytes(bytes.slice(), file, { maxPages, deadline });
  return { pack: result.pack, html: await renderReview({ result, bytes }) };
}
