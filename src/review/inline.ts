/**
 * Text inlined into the review page whole (pdf.js, the page's script and style), prepared once
 * per process: checked that it cannot break out of its element, encoded, and hashed for the
 * Content-Security-Policy.
 */
import { createHash } from 'node:crypto';

export interface InlineText {
  text: string;
  /** UTF-8, ready to write: megabytes that would otherwise be re-encoded for every page. */
  bytes: Buffer;
  /** The CSP source expression that allows it: `'sha256-…'`. */
  hash: string;
}

export function inlineText(text: string): InlineText {
  // Inside <script> or <style>, text must neither close the element nor open an HTML comment,
  // which would change how the rest of the page is parsed. pdf.js's builds hold neither; if a
  // later one does, stop rather than write a broken page.
  if (/<\/(script|style)|<!--/i.test(text)) throw new Error('internal error: inlined text holds "</script", "</style" or "<!--" and cannot be inlined as it is');
  return { text, bytes: Buffer.from(text, 'utf8'), hash: `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'` };
}
