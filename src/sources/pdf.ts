/**
 * PDF source: pdfjs-dist (legacy build, for Node 20) → raw pages of lines.
 *
 * pdf.js is imported lazily so that commands that never read a PDF start fast. Pages are
 * read one at a time and released, so memory stays flat on long packs.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { InputError } from '../errors.js';
import { buildLines, type TextRun } from '../layout/lines.js';
import type { OutlineNode } from '../layout/types.js';
import type { RawDocument, RawPage } from './raw.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PDFDocumentProxy = import('pdfjs-dist/legacy/build/pdf.mjs').PDFDocumentProxy;
type PDFPageProxy = import('pdfjs-dist/legacy/build/pdf.mjs').PDFPageProxy;

let pdfjsPromise: Promise<PdfJs> | null = null;
function loadPdfJs(): Promise<PdfJs> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
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
}

export async function readPdf(data: Uint8Array, options: PdfOptions = {}): Promise<RawDocument> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    standardFontDataUrl: pdfjsDataDir('standard_fonts'),
    cMapUrl: pdfjsDataDir('cmaps'),
    cMapPacked: true,
    // Decode no images: only text and fonts matter, and images are most of a scan's cost.
    maxImageSize: 0,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw pdfOpenError(err);
  }
  try {
    if (options.maxPages !== undefined && doc.numPages > options.maxPages) {
      throw new InputError(
        'too-many-pages',
        `the PDF has ${doc.numPages} pages, more than --max-pages ${options.maxPages}; raise --max-pages to read it`,
      );
    }
    const pages: RawPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      pages.push(await readPage(doc, n, options.fonts ?? 'auto'));
      options.onPage?.(n, doc.numPages);
    }
    const outline = await readOutline(doc);
    return { format: 'pdf', pages, outline, pageCount: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

async function readPage(doc: PDFDocumentProxy, n: number, fonts: FontPolicy): Promise<RawPage> {
  const page = await doc.getPage(n);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const items = content.items.filter((i): i is import('pdfjs-dist/types/src/display/api.js').TextItem => 'str' in i);
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
    return { number: n, width: viewport.width, height: viewport.height, lines };
  } finally {
    page.cleanup();
  }
}

/** The loaded font names on this page whose PDF font name marks a bold or heavy weight. */
async function boldFontNames(page: PDFPageProxy, items: Array<{ fontName: string }>): Promise<Set<string>> {
  const bold = new Set<string>();
  try {
    await page.getOperatorList({ intent: 'display' });
  } catch {
    return bold;
  }
  for (const name of new Set(items.map((i) => i.fontName))) {
    try {
      const font = page.commonObjs.get(name) as { name?: string; bold?: boolean } | undefined;
      if (font && (font.bold || /bold|black|heavy|semibold|demi/i.test(font.name ?? ''))) bold.add(name);
    } catch {
      // A font that failed to load simply counts as regular.
    }
  }
  return bold;
}

async function readOutline(doc: PDFDocumentProxy): Promise<OutlineNode[]> {
  let raw: Awaited<ReturnType<PDFDocumentProxy['getOutline']>>;
  try {
    raw = await doc.getOutline();
  } catch {
    return [];
  }
  if (!raw) return [];
  const convert = async (items: typeof raw): Promise<OutlineNode[]> => {
    const out: OutlineNode[] = [];
    for (const item of items) {
      out.push({ title: item.title.replace(/\s+/g, ' ').trim(), page: await destPage(doc, item.dest), children: await convert(item.items ?? []) });
    }
    return out;
  };
  return convert(raw);
}

async function destPage(doc: PDFDocumentProxy, dest: unknown): Promise<number | null> {
  try {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : (dest as unknown[] | null);
    if (!Array.isArray(explicit) || explicit.length === 0) return null;
    const target = explicit[0];
    if (typeof target === 'number') return target + 1;
    return (await doc.getPageIndex(target as Parameters<PDFDocumentProxy['getPageIndex']>[0])) + 1;
  } catch {
    return null;
  }
}

/** Turn pdf.js's exception names into errors a user can act on. */
function pdfOpenError(err: unknown): InputError {
  const name = (err as { name?: string })?.name ?? '';
  const message = (err as { message?: string })?.message ?? String(err);
  if (name === 'PasswordException') {
    return new InputError('encrypted', 'the PDF is encrypted with a password; remove the password (e.g. qpdf --decrypt) and try again');
  }
  if (name === 'InvalidPDFException') {
    return new InputError('invalid-pdf', `not a readable PDF (${message}); check the file is a complete PDF download`);
  }
  return new InputError('invalid-pdf', `the PDF could not be opened (${message}); check the file is a complete PDF download`);
}
