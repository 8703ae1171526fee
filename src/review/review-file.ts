import { extractBytes, readInput, type ExtractOptions, type ExtractResult } from '../extract.js';
import { renderReview } from './page.js';

/** Extract a file and write its review page: what `packtool review` and `batch --review` do. */
export async function reviewFile(file: string, options: ExtractOptions = {}): Promise<{ result: ExtractResult; html: Buffer }> {
  const bytes = await readInput(file, options.maxSizeBytes);
  // pdf.js takes (detaches) the buffer it reads; the page embeds the original bytes.
  const result = await extractBytes(bytes.slice(), options.displayName ?? file, options);
  return { result, html: await renderReview({ result, bytes }) };
}
