/**
 * One measured run, in a fresh process so that time and peak memory are those of a real
 * invocation: `node dist/bench/child.js MODE FILE [PAGES]`. Prints one JSON line.
 *
 * Modes: `pdfjs` (the floor: pdf.js text of every page); `pdfjs-files FILE...` (the same for
 * each file in turn, in one process: the batch figures' baseline); `extract` (the pipeline as the
 * command runs it, a PDF read in a worker thread); `extract-inline` (a PDF read in this
 * thread: the worker's own cost is the difference); `extract-patched` (pdf.js loaded into
 * this thread first, so that our parsing runs with the Array.prototype.push pdf.js's legacy
 * build installs: on a text input, the difference from `extract` is that push's cost alone);
 * `review` (extracts first, untimed, then times only writing the review page to a file: what
 * `packtool review` costs beyond `extract`).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [mode, file, pagesArg, ...moreFiles] = process.argv.slice(2);
const pageLimit = pagesArg && mode !== 'pdfjs-files' ? Number(pagesArg) : undefined;

async function pdfjsBaseline(file: string): Promise<number> {
  // The cost floor: pdf.js text extraction of every page, nothing else.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const last = Math.min(doc.numPages, pageLimit ?? doc.numPages);
  for (let n = 1; n <= last; n++) {
    const page = await doc.getPage(n);
    await page.getTextContent();
    page.cleanup();
  }
  await doc.destroy();
  return last;
}

async function extractPipeline(isolate: boolean): Promise<number> {
  const { extractFile } = await import('../extract.js');
  const { formatOutput } = await import('../write/index.js');
  const { pack } = await extractFile(file, { pageLimit, isolate });
  formatOutput(pack, 'yaml');
  return pageLimit ? Math.min(pageLimit, pack.source.pages ?? pageLimit) : (pack.source.pages ?? 0);
}

/** Extract untimed; return the function whose run is timed: writing the review page. */
async function reviewWriter(): Promise<() => Promise<number>> {
  const [{ extractBytes }, { renderReview }, { writeFile, rm, mkdtemp }, os, path] = await Promise.all([
    import('../extract.js'),
    import('../review/page.js'),
    import('node:fs/promises'),
    import('node:os'),
    import('node:path'),
  ]);
  const bytes = new Uint8Array(readFileSync(file));
  const result = await extractBytes(bytes.slice(), file);
  return async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'packtool-bench-review-'));
    await writeFile(path.join(dir, 'review.html'), await renderReview({ result, bytes }));
    await rm(dir, { recursive: true, force: true });
    return result.pack.source.pages ?? 0;
  };
}

if (mode === 'extract-patched') await import('pdfjs-dist/legacy/build/pdf.mjs');
const writeReview = mode === 'review' ? await reviewWriter() : undefined;
const start = performance.now();
let pages = 0;
if (writeReview) pages = await writeReview();
else if (mode === 'pdfjs') pages = await pdfjsBaseline(file);
else if (mode === 'pdfjs-files') for (const f of [file, pagesArg, ...moreFiles].filter(Boolean)) pages += await pdfjsBaseline(f);
else pages = await extractPipeline(mode !== 'extract-inline');
const seconds = (performance.now() - start) / 1000;
process.stdout.write(JSON.stringify({ seconds, pages, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + '\n');
