/**
 * PDF source: pdfjs-dist (legacy build, for Node 20) → raw pages of lines.
 *
 * pdf.js is imported lazily so that commands that never read a PDF start fast. Pages are
 * read one at a time and released, so memory stays flat on long packs. Every file is treated
 * as hostile: pdf.js runs without eval, fetching or image decoding, in a worker thread that is
 * stopped at the time limit and capped in memory (readPdf), and its damage reports become
 * messages on the file's context: fatal (encrypted, truncated-pdf when nothing can be opened,
 * invalid-pdf, too-many-pages, timeout, memory-limit) or warnings the read survives
 * (unreadable-page, truncated-pdf when the pages could still be read, unreadable-outline when
 * the bookmarks cannot be read, oversized-page when a page draws far more text than any printed
 * page, see pdf-text.ts). The commands read
 * in a child process held to --max-memory and --timeout instead of this thread's caps: src/limits.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Context } from '../context.js';
import { InputError } from '../errors.js';
import { memoryLimit } from '../limits/limits.js';
import { buildLines, type TextRun } from '../layout/lines.js';
import { MIN_JUDGED_CHARACTERS } from '../layout/quality.js';
import type { OutlineNode } from '../layout/types.js';
import { drawsImage } from './pdf-images.js';
import { MAX_PAGE_TEXT_CHARACTERS, MAX_PAGE_TEXT_ITEMS, pastDeadline, readPageText } from './pdf-text.js';
import type { RawDocument, RawPage } from './raw.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PDFDocumentProxy = import('pdfjs-dist/legacy/build/pdf.mjs').PDFDocumentProxy;
type PDFPageProxy = import('pdfjs-dist/legacy/build/pdf.mjs').PDFPageProxy;

let pdfjsPromise: Promise<PdfJs> | null = null;
/** pdf.js, loaded once per thread and always through importKeepingNativePush. */
export function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= importKeepingNativePush();
  return pdfjsPromise;
}

/**
 * pdf.js's legacy build bundles a core-js polyfill that replaces Array.prototype.push for the
 * whole thread on Node 20 (V8 there throws the wrong error when pushing onto an array whose
 * length is read-only, an edge case neither pdf.js nor packtool meets). The replacement is
 * written in JavaScript; in CPU profiles of a PDF read in one thread it takes ~0.2 s of a
 * 250-page pack. Measured on its own, it changes our parsing of a text pack by less than the
 * run-to-run noise and pdf.js's reading by a few percent at most; the native push is put back
 * anyway, so that loading pdf.js leaves the rest of the thread as it found it. The polyfills
 * it adds (new Set and Map methods) replace nothing and stay.
 */
async function importKeepingNativePush(): Promise<PdfJs> {
  const push = Object.getOwnPropertyDescriptor(Array.prototype, 'push');
  try {
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    if (push) Object.defineProperty(Array.prototype, 'push', push);
  }
}

/** pdf.js wants plain directory paths ending in "/" for its bundled fonts and CMaps in Node. */
function pdfjsDataDir(sub: string): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), sub) + path.sep;
}

/**
 * Which pages get their font names read. Font names (hence bold) are only known after
 * `getOperatorList`, which costs about as much again as text extraction, so it is done only
 * on pages where bold decides structure: the opening pages, front sheets and minutes.
 */
export type FontPolicy = 'all' | 'none' | 'auto';
const FONT_CUES = /\b(AGENDA|MINUTES|Minutes of|RESOLVED|ACTION (NOTES|TRACKER)|Action Notes|Action Tracker|Present:|PRESENT)\b/;
const ALWAYS_FONT_PAGES = 3;

export interface PdfOptions {
  fonts?: FontPolicy;
  maxPages?: number;
  /** Called after each page, for progress reporting. */
  onPage?: (page: number, of: number) => void;
  /**
   * Give up (InputError `timeout`) once Date.now() passes this; DEFAULT_TIME_LIMIT_MS from now
   * when unset. Checked between pages, and enforced by stopping the worker thread: pdf.js
   * parses without ever yielding to the event loop's timers, so a timer in the same thread
   * cannot stop it.
   */
  deadline?: number;
  /** Set to false to read in this thread even from the compiled build (default: a worker thread where available). */
  isolate?: boolean;
  /** Read only the first N pages (benchmarks measure how time grows with pages); pageCount stays the file's. */
  pageLimit?: number;
}

/** A problem in a PDF that leaves the rest of the file readable. */
export interface PdfWarning {
  code: 'unreadable-page' | 'truncated-pdf' | 'unreadable-outline' | 'oversized-page';
  message: string;
  page: number | null;
}

/**
 * Where a read reports what it finds: the file's Context, or in the worker thread a stand-in
 * that posts each message to the Context on the other side.
 */
type Reporter = Pick<Context, 'warn' | 'fail'>;

/**
 * The getDocument settings that make reading an untrusted file safe: no code generated from
 * the file (eval), no fonts or data fetched from anywhere but pdfjs-dist's own folder, no
 * images decoded, no forms rendered.
 */
function documentParams(pdfjs: PdfJs, data: Uint8Array) {
  return {
    data,
    isEvalSupported: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    useWasm: false,
    enableXfa: false,
    disableRange: true,
    disableStream: true,
    disableAutoFetch: true,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    standardFontDataUrl: pdfjsDataDir('standard_fonts'),
    cMapUrl: pdfjsDataDir('cmaps'),
    cMapPacked: true,
    // Decode no images: only text and fonts matter, and images are most of a scan's cost.
    maxImageSize: 0,
  };
}

/**
 * How far from the end of a complete PDF its last "%%EOF" marker may be. Writers add a
 * newline or a little padding after it; a download cut short has none at all.
 */
const EOF_MARKER_WINDOW = 1024;

/** False when the file does not end with an end-of-file marker, i.e. it was cut short. */
export function hasEndMarker(data: Uint8Array): boolean {
  const tail = Buffer.from(data.subarray(Math.max(0, data.length - EOF_MARKER_WINDOW))).toString('latin1');
  return tail.includes('%%EOF');
}

/**
 * The time limit when the caller sets none: the command line's default --timeout (300 s).
 * Every read has one, because a damaged file can keep pdf.js busy for minutes.
 */
export const DEFAULT_TIME_LIMIT_MS = 300_000;

/**
 * The heap a PDF read may use in its worker thread. Reading a 250-page pack takes under
 * 200 MB; a file that needs ten times that is refused rather than allowed to grow without
 * bound.
 */
export const PDF_HEAP_LIMIT_MB = 2048;

/**
 * How long after the time limit the worker thread is stopped by force. The read checks the
 * limit between pages and stops itself (naming the page); only a page or an opening that
 * never ends needs the force, and then the exact moment does not matter.
 */
const FORCED_STOP_GRACE_MS = 2_000;

/**
 * Read a PDF into raw pages. From the compiled build (dist/), pdf.js runs in a worker thread:
 * pdf.js parses synchronously, so only a thread can be stopped when a damaged file keeps it
 * busy past the time limit (the fuzzer found files that take minutes to open), and only a
 * thread can cap the memory one file takes. Run from TypeScript sources (the tests) there is
 * no compiled worker, and the same read runs in this thread.
 */
export async function readPdf(data: Uint8Array, ctx: Context, options: PdfOptions = {}): Promise<RawDocument> {
  const worker = compiledWorker();
  const deadline = options.deadline ?? Date.now() + DEFAULT_TIME_LIMIT_MS;
  if (worker && options.isolate !== false) return readPdfInWorker(worker, data, ctx, { ...options, deadline });
  return readPdfHere(data, ctx, { ...options, deadline });
}

/** This module, when it is compiled JavaScript: the worker thread runs it (see serveWorker at the end). */
function compiledWorker(): URL | null {
  const url = new URL(import.meta.url);
  return url.pathname.endsWith('.js') && existsSync(fileURLToPath(url)) ? url : null;
}

/** What the worker thread is given: the bytes and the options that are plain data. */
interface PdfWorkerInput {
  /** Marks a thread started by readPdf, as opposed to any other worker that imports this module. */
  packtoolPdfRead: true;
  file: string;
  data: Uint8Array;
  fonts?: FontPolicy;
  maxPages?: number;
  pageLimit?: number;
  deadline: number;
}

/** What the worker thread sends back. */
type PdfWorkerMessage =
  | { type: 'page'; page: number; of: number }
  | { type: 'warning'; warning: PdfWarning }
  | { type: 'done'; raw: RawDocument }
  | { type: 'input-error'; code: string; message: string }
  | { type: 'error'; message: string; stack: string };

function readPdfInWorker(script: URL, data: Uint8Array, ctx: Context, options: PdfOptions & { deadline: number }): Promise<RawDocument> {
  const input: PdfWorkerInput = {
    packtoolPdfRead: true,
    file: ctx.file,
    data,
    fonts: options.fonts,
    maxPages: options.maxPages,
    pageLimit: options.pageLimit,
    deadline: options.deadline,
  };
  return new Promise<RawDocument>((resolve, reject) => {
    const worker = new Worker(script, { workerData: input, resourceLimits: { maxOldGenerationSizeMb: PDF_HEAP_LIMIT_MB } });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      try {
        outcome();
      } catch (err) {
        reject(err);
      }
    };
    const timer = setTimeout(
      () => settle(() => ctx.fail('timeout', 'gave up: the time limit ran out while pdf.js was still reading the file; raise --timeout if the file is just very large')),
      Math.max(0, options.deadline - Date.now()) + FORCED_STOP_GRACE_MS,
    );
    worker.on('message', (m: PdfWorkerMessage) => {
      if (m.type === 'page') options.onPage?.(m.page, m.of);
      else if (m.type === 'warning') ctx.warn(m.warning.code, m.warning.message, { page: m.warning.page });
      else if (m.type === 'done') settle(() => resolve(m.raw));
      else if (m.type === 'input-error') settle(() => ctx.fail(m.code, m.message));
      else settle(() => reject(Object.assign(new Error(m.message), { stack: m.stack })));
    });
    worker.on('error', (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        const { code, message } = memoryLimit(ctx.file, PDF_HEAP_LIMIT_MB * 1024 ** 2);
        settle(() => ctx.fail(code, message));
      } else settle(() => reject(err));
    });
    worker.on('exit', (code) => settle(() => reject(new Error(`the PDF reader stopped unexpectedly (exit code ${code})`))));
  });
}

/** Read a PDF in this thread (what the worker thread runs, and the tests, which run without a compiled worker). */
async function readPdfHere(data: Uint8Array, report: Reporter, options: PdfOptions = {}): Promise<RawDocument> {
  const pdfjs = await loadPdfJs();
  const release = guardPdfJsRejections();
  try {
    return await readDocument(pdfjs, data, report, options);
  } finally {
    // Rejections are reported once the microtask queue drains: let that happen before releasing.
    await new Promise((resolve) => setImmediate(resolve));
    release();
  }
}

/**
 * pdf.js 5.6 prefetches the page dictionaries of the top-level page tree and may never await
 * some of them (Catalog.getPageDict's cache); when such an object is damaged its promise
 * rejects with nobody listening, and Node ends the process on an unhandled rejection — a
 * crash with a stack trace on a file that is otherwise read or refused cleanly. While a PDF is
 * being read, rejections raised inside pdf.js's worker code are therefore ignored (the page
 * that needs the object fails on its own, and is reported); any other unhandled rejection
 * is rethrown, so it still ends the process as it would without this guard.
 */
let guardedReads = 0;
/** Who is waiting on a pdf.js request that such a rejection may have ended (see readOutlineOrWarn). */
const rejectionWatchers = new Set<(reason: unknown) => void>();
function ignorePdfJsRejection(reason: unknown): void {
  if (isPdfJsError(reason)) {
    for (const watcher of rejectionWatchers) watcher(reason);
    return;
  }
  throw reason;
}

function isPdfJsError(reason: unknown): boolean {
  return reason instanceof Error && /pdfjs-dist[\\/]|pdf\.worker\.m?js/.test(reason.stack ?? '');
}

function guardPdfJsRejections(): () => void {
  if (guardedReads++ === 0) process.on('unhandledRejection', ignorePdfJsRejection);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--guardedReads === 0) process.off('unhandledRejection', ignorePdfJsRejection);
  };
}

async function readDocument(pdfjs: PdfJs, data: Uint8Array, report: Reporter, options: PdfOptions): Promise<RawDocument> {
  // Read before pdf.js takes ownership of (detaches) the buffer.
  const complete = hasEndMarker(data);
  const task = pdfjs.getDocument(documentParams(pdfjs, data));
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    return failToOpen(report, err, complete);
  }
  try {
    // A damaged page tree can leave pdf.js with a page count of 0 or less (a /Count of -1).
    if (!Number.isInteger(doc.numPages) || doc.numPages < 1) {
      report.fail('invalid-pdf', 'the PDF\'s page tree is damaged: no page can be found in it; check the file opens in a PDF viewer, or download it again');
    }
    // Only the pages that will be read count against --max-pages.
    const toRead = Math.min(doc.numPages, options.pageLimit ?? Infinity);
    if (options.maxPages !== undefined && toRead > options.maxPages) {
      report.fail(
        'too-many-pages',
        `the PDF has ${doc.numPages} pages, more than --max-pages ${options.maxPages}; raise --max-pages to read it`,
      );
    }
    // Cut short but openable: the pages that are there are read, and the user told.
    if (!complete) report.warn('truncated-pdf', 'the PDF is cut short (no end-of-file marker); what could be read is below, but download the file again for the rest');
    const pages: RawPage[] = [];
    const unreadable: number[] = [];
    const oversized: number[] = [];
    for (let n = 1; n <= toRead; n++) {
      if (pastDeadline(options.deadline)) timeUp(report, n, doc.numPages);
      const page = await readPageOrWarn(doc, n, report, options, oversized);
      if (oversized.length >= MAX_OVERSIZED_PAGES) refuseInflated(report, oversized);
      if (!page) unreadable.push(n);
      pages.push(page ?? { number: n, width: null, height: null, lines: [] });
      options.onPage?.(n, toRead);
      // Let timers (the command's --timeout, progress output) run between pages.
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (toRead > 0 && unreadable.length === toRead) {
      report.fail(
        complete ? 'invalid-pdf' : 'truncated-pdf',
        complete
          ? 'none of the PDF\'s pages can be read; check the file opens in a PDF viewer, or re-save it (e.g. qpdf in.pdf out.pdf)'
          : 'the PDF is cut short and none of its pages can be read; download the file again',
      );
    }
    const outline = await readOutlineOrWarn(doc, report);
    return { format: 'pdf', pages, outline, pageCount: doc.numPages };
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/**
 * Oversized pages (see pdf-text.ts) after which the file is refused: one is a freak page left
 * out; several are a file built to inflate, often one content stream shared by every page, and
 * reading on would spend the whole time limit on it.
 */
const MAX_OVERSIZED_PAGES = 3;

function refuseInflated(report: Reporter, pages: number[]): never {
  return report.fail(
    'too-large',
    `pages ${pages.slice(0, -1).join(', ')} and ${pages.at(-1)} each draw far more text than any printed page (over ${MAX_PAGE_TEXT_ITEMS.toLocaleString('en-GB')} pieces or ${MAX_PAGE_TEXT_CHARACTERS.toLocaleString('en-GB')} characters); the file is built to inflate when read, not a pack`,
  );
}

function timeUp(report: Reporter, page: number, of: number): never {
  return report.fail('timeout', `gave up at page ${page} of ${of}: the time limit ran out; raise --timeout if the file is just very large`);
}

/**
 * One page, or, when pdf.js cannot read it (a damaged content stream, a missing object), null
 * and an `unreadable-page` warning: one bad page must not cost the whole pack.
 */
async function readPageOrWarn(doc: PDFDocumentProxy, n: number, report: Reporter, options: PdfOptions, oversized: number[]): Promise<RawPage | null> {
  try {
    return await readPage(doc, n, report, options, oversized);
  } catch (err) {
    if (err instanceof InputError) throw err;
    report.warn('unreadable-page', `page ${n} cannot be read (${shortMessage(err)}); its text is missing from the output`, { page: n });
    return null;
  }
}

/** pdf.js messages can carry whole dictionaries; one line of at most this many characters is enough to report. */
const MAX_REPORTED_MESSAGE = 120;

function shortMessage(err: unknown): string {
  const message = ((err as { message?: string })?.message ?? String(err)).split('\n')[0].trim();
  return message.length > MAX_REPORTED_MESSAGE ? message.slice(0, MAX_REPORTED_MESSAGE - 1) + '…' : message;
}

/** One page; a page over the text limits is left out with an `oversized-page` warning, and its number added to `oversized`. */
async function readPage(doc: PDFDocumentProxy, n: number, report: Reporter, options: PdfOptions, oversized: number[]): Promise<RawPage> {
  const fonts = options.fonts ?? 'auto';
  const page = await doc.getPage(n);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const text = await readPageText(page, options.deadline);
    if (!text.ok) {
      if (text.over === 'time') timeUp(report, n, doc.numPages);
      const what = text.over === 'items' ? 'pieces of text' : 'characters';
      report.warn(
        'oversized-page',
        `page ${n} draws more than ${text.limit.toLocaleString('en-GB')} ${what}, far more than any printed page; its text was left out (a content stream built to inflate, not a page of a pack)`,
        { page: n },
      );
      oversized.push(n);
      return { number: n, width: viewport.width, height: viewport.height, lines: [] };
    }
    const items = text.items;
    const wantFonts =
      fonts === 'all' || (fonts === 'auto' && (n <= ALWAYS_FONT_PAGES || FONT_CUES.test(items.map((i) => i.str).join(' '))));
    const boldFonts = wantFonts ? await boldFontNames(page, items) : new Set<string>();
    const pdfjs = await loadPdfJs();
    const runs: TextRun[] = [];
    for (const item of items) {
      if (item.str === '') continue;
      // Page space → top-left device space, once, here (pdf.js viewport handles /Rotate).
      const m = pdfjs.Util.transform(viewport.transform, item.transform);
      const size = Math.hypot(m[2], m[3]);
      // Text drawn at an angle (stamps, watermarks, rotated table headers) is not part of the reading order.
      if (Math.abs(m[1]) > 0.01 * size || Math.abs(m[2]) > 0.01 * size) continue;
      runs.push({ text: item.str, x: m[4], y: m[5], width: item.width * viewport.scale, size, bold: boldFonts.has(item.fontName) });
    }
    const lines = buildLines(runs).map((l) => ({ ...l, size: l.size as number | null }));
    const raw: RawPage = { number: n, width: viewport.width, height: viewport.height, lines };
    // Too little text to judge: is it a scan or a blank page? Only these pages pay for an operator list.
    if (nonSpaceCharacters(runs) < MIN_JUDGED_CHARACTERS) raw.images = await pageDrawsImage(page, pdfjs);
    return raw;
  } finally {
    page.cleanup();
  }
}

function nonSpaceCharacters(runs: TextRun[]): number {
  let n = 0;
  for (const run of runs) n += run.text.replace(/\s+/g, '').length;
  return n;
}

/** Whether the page draws an image (see pdf-images.ts); a page whose drawing cannot be read counts as drawing one, so it is still reported. */
async function pageDrawsImage(page: PDFPageProxy, pdfjs: PdfJs): Promise<boolean> {
  try {
    const ops = await page.getOperatorList({ intent: 'display' });
    return drawsImage(ops.fnArray, pdfjs.OPS);
  } catch {
    return true;
  }
}

/** The loaded font names on this page whose PDF font name marks a bold or heavy weight. */
async function boldFontNames(page: PDFPageProxy, items: Array<{ fontName: string }>): Promise<Set<string>> {
  const bold = new Set<string>();
  const names = new Set(items.map((i) => i.fontName));
  // Fonts are the document's, not the page's: once an earlier page's operator list has
  // loaded them they are known, and this page's list (as costly as its text) is not needed.
  // Packs print page after page in the same few fonts, so most pages skip it.
  if ([...names].some((name) => !page.commonObjs.has(name))) {
    try {
      await page.getOperatorList({ intent: 'display' });
    } catch {
      return bold;
    }
  }
  for (const name of names) {
    try {
      const font = page.commonObjs.get(name) as { name?: string; bold?: boolean } | undefined;
      if (font && (font.bold || /bold|black|heavy|semibold|demi/i.test(font.name ?? ''))) bold.add(name);
    } catch {
      // A font that failed to load simply counts as regular.
    }
  }
  return bold;
}

/**
 * The outline (bookmarks), or none with an `unreadable-outline` warning when it cannot be read
 * for any reason: it is optional evidence (segment uses it to find where documents start), and
 * a pack is still read without it.
 *
 * pdf.js can fail here without ever answering: it hands the outline from its reading half to
 * its API half with structuredClone, which overflows the call stack on an outline a few
 * thousand levels deep (2,000 single-child entries are enough); the exception is thrown in a
 * promise callback, so getOutline never settles and the rejection is one that
 * guardPdfJsRejections ignores. So the wait ends
 * at the first pdf.js rejection nobody handled while the outline is asked for: by then every
 * page has been read, and the outline request is the only one pdf.js is serving.
 */
async function readOutlineOrWarn(doc: PDFDocumentProxy, report: Reporter): Promise<OutlineNode[]> {
  let watcher: (reason: unknown) => void = () => undefined;
  const lost = new Promise<never>((_, reject) => {
    watcher = reject;
    rejectionWatchers.add(watcher);
  });
  try {
    const raw = await Promise.race([doc.getOutline(), lost]);
    return raw ? await outlineNodes(doc, raw) : [];
  } catch (err) {
    report.warn('unreadable-outline', `the PDF's bookmarks (outline) cannot be read (${shortMessage(err)}); the pack is read without them`);
    return [];
  } finally {
    rejectionWatchers.delete(watcher);
  }
}

type PdfOutline = NonNullable<Awaited<ReturnType<PDFDocumentProxy['getOutline']>>>;

/** pdf.js's outline as OutlineNodes, each with the page its destination names (looked up once per page object). */
async function outlineNodes(doc: PDFDocumentProxy, raw: PdfOutline): Promise<OutlineNode[]> {
  const pageOf = new Map<string, Promise<number | null>>();
  const convert = async (items: PdfOutline): Promise<OutlineNode[]> => {
    const out: OutlineNode[] = [];
    for (const item of items) {
      out.push({ title: item.title.replace(/\s+/g, ' ').trim(), page: await destPage(doc, item.dest, pageOf), children: await convert(item.items ?? []) });
    }
    return out;
  };
  return convert(raw);
}

/**
 * The page a destination names. Page indexes are cached by page object: an outline of tens of
 * thousands of entries points at far fewer pages, and each look-up is a round trip to pdf.js.
 */
async function destPage(doc: PDFDocumentProxy, dest: unknown, pageOf: Map<string, Promise<number | null>>): Promise<number | null> {
  try {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : (dest as unknown[] | null);
    if (!Array.isArray(explicit) || explicit.length === 0) return null;
    const target = explicit[0];
    if (typeof target === 'number') return target + 1;
    const key = JSON.stringify(target);
    if (!pageOf.has(key)) {
      pageOf.set(
        key,
        doc.getPageIndex(target as Parameters<PDFDocumentProxy['getPageIndex']>[0]).then(
          (index) => index + 1,
          () => null,
        ),
      );
    }
    return await (pageOf.get(key) as Promise<number | null>);
  } catch {
    return null;
  }
}

/** Turn pdf.js's exception names into errors a user can act on. */
function failToOpen(report: Reporter, err: unknown, complete: boolean): never {
  const name = (err as { name?: string })?.name ?? '';
  if (name === 'PasswordException') {
    // Only files with a user (open) password get here: pdf.js opens owner-password-only files itself.
    report.fail('encrypted', 'the PDF is protected by a password; remove it (e.g. qpdf --decrypt --password=PASSWORD in.pdf out.pdf) and try again');
  }
  if (!complete) {
    report.fail('truncated-pdf', `the PDF is cut short (no end-of-file marker) and cannot be opened (${shortMessage(err)}); download the file again`);
  }
  report.fail('invalid-pdf', `the PDF cannot be opened (${shortMessage(err)}); check it opens in a PDF viewer, or download it again`);
}

/** The worker thread's side of readPdfInWorker: read the file given, post back progress, warnings and the result or error. */
async function serveWorker(input: PdfWorkerInput): Promise<void> {
  const post = (m: PdfWorkerMessage) => parentPort?.postMessage(m);
  // Messages go to the file's Context in the other thread, which records them.
  const report: Reporter = {
    warn: (code, message, source = {}) => post({ type: 'warning', warning: { code: code as PdfWarning['code'], message, page: source.page ?? null } }),
    fail: (code, message) => {
      throw new InputError(code, message, input.file);
    },
  };
  try {
    const raw = await readPdfHere(input.data, report, {
      fonts: input.fonts,
      maxPages: input.maxPages,
      pageLimit: input.pageLimit,
      deadline: input.deadline,
      onPage: (page, of) => post({ type: 'page', page, of }),
    });
    post({ type: 'done', raw });
  } catch (err) {
    if (err instanceof InputError) post({ type: 'input-error', code: err.code, message: err.message });
    else post({ type: 'error', message: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? (err.stack ?? '') : '' });
  }
}

if (!isMainThread && (workerData as Partial<PdfWorkerInput> | null)?.packtoolPdfRead === true) {
  void serveWorker(workerData as PdfWorkerInput);
}
