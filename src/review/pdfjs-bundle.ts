/**
 * pdf.js's browser build, made ready to inline into one HTML file that works from `file://`.
 *
 * pdfjs-dist ships its browser build as two ES modules: the display library (which ends in one
 * `export {…}` statement) and the worker. An inline `<script type="module">` cannot be imported
 * from, so the library's closing export statement becomes an assignment to `globalThis.pdfjsLib`
 * (the names and bindings are read from that statement, nothing else is touched). The worker is
 * carried as text in a data block and started from a Blob URL, since a page opened from disk
 * may not start a worker from a file; and as a classic worker, since Chromium refuses a module
 * worker from a Blob URL of a `file://` page. A classic script has no `import.meta`, so the
 * worker's two uses of `import.meta.url` (where its JBIG2 and JPEG 2000 decoders would look
 * for a WebAssembly file beside themselves, which a page that loads nothing never does) read the
 * worker's own URL instead.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { inlineText, type InlineText } from './inline.js';

export interface PdfJsBundle {
  /** The display library as a module script that sets `globalThis.pdfjsLib`. */
  library: InlineText;
  /** The worker as a classic script, to be started from a Blob URL. */
  worker: InlineText;
  version: string;
}

const require = createRequire(import.meta.url);

/** `export{a as b,c};` closing the minified library: the statement turned into a global. */
const CLOSING_EXPORT = /export\s*\{([^}]*)\}\s*;?\s*$/;

let cached: Promise<PdfJsBundle> | undefined;

/** The bundle, read once per process (batch writes many pages). */
export function loadPdfJsBundle(): Promise<PdfJsBundle> {
  cached ??= readBundle();
  return cached;
}

async function readBundle(): Promise<PdfJsBundle> {
  const [libraryModule, worker, pkg] = await Promise.all([
    readFile(require.resolve('pdfjs-dist/build/pdf.min.mjs'), 'utf8'),
    readFile(require.resolve('pdfjs-dist/build/pdf.worker.min.mjs'), 'utf8'),
    readFile(require.resolve('pdfjs-dist/package.json'), 'utf8'),
  ]);
  return {
    library: inlineText(exportsToGlobal(libraryModule, 'pdfjsLib')),
    worker: inlineText(classicWorker(worker)),
    version: (JSON.parse(pkg) as { version: string }).version,
  };
}

/** The worker module as a classic script (see the top of this file). */
export function classicWorker(source: string): string {
  const script = exportsToGlobal(source, 'pdfjsWorkerExports').replace(/import\.meta\.url/g, 'self.location.href');
  if (/import\.meta|^\s*import[\s{*]/m.test(script)) throw new Error('internal error: pdf.js\'s worker still holds module syntax after conversion (pdfjs-dist changed its packaging)');
  return script;
}

/** Replace a module's closing `export {…}` with `globalThis[name] = {…}`. */
export function exportsToGlobal(source: string, name: string): string {
  const match = CLOSING_EXPORT.exec(source);
  if (!match) throw new Error(`internal error: pdf.js's browser build does not end in an export statement (pdfjs-dist changed its packaging)`);
  const entries = match[1]
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((spec) => {
      const [local, exported = local] = spec.split(/\s+as\s+/);
      return `${JSON.stringify(exported)}:${local}`;
    });
  return `${source.slice(0, match.index)}globalThis.${name}={${entries.join(',')}};\n`;
}
