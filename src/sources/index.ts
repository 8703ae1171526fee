/**
 * Choose the source for an input file from its bytes and name, and read it into raw pages.
 */
import type { Context } from '../context.js';
import type { SourceFormat } from '../layout/types.js';
import type { FontPolicy } from './pdf.js';
import type { RawDocument } from './raw.js';

export interface SourceOptions {
  fonts?: FontPolicy;
  maxPages?: number;
  onPage?: (page: number, of: number) => void;
  /** false: read PDFs on this thread (batch workers are themselves stopped at --timeout). */
  isolate?: boolean;
  /** Read only the first N pages of a PDF (benchmarks measure scaling with it). */
  pageLimit?: number;
  /** Give up with InputError `timeout` after this time (ms since the epoch). */
  deadline?: number;
  /** Refuse inputs with more bytes than this (`too-large`); DEFAULT_MAX_SIZE_BYTES when unset. */
  maxSizeBytes?: number;
}

const EXTENSIONS: Record<string, SourceFormat> = {
  '.pdf': 'pdf',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

export const SUPPORTED_EXTENSIONS = Object.keys(EXTENSIONS);

/** The start of an HTML document: certain enough to read a text-named file as HTML. */
const HTML_START = /^\s*<(?:!doctype\s+html|html)[\s>]/i;

/** The format of an input, from its content where that is certain (a PDF header), else its name (ctx.file). */
export function detectFormat(bytes: Uint8Array, ctx: Context): SourceFormat {
  const name = ctx.file;
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const ext = (/\.[a-z]+$/i.exec(name)?.[0] ?? '').toLowerCase();
  const byName = EXTENSIONS[ext];
  if (head.includes('%PDF-')) return 'pdf';
  if (byName === 'pdf') {
    if (bytes.length === 0) ctx.fail('empty-file', 'the file is empty (0 bytes); download it again');
    const what = /^\s*<(!doctype html|html)/i.test(head) ? 'an HTML page' : head.startsWith('\x89PNG') ? 'a PNG image' : 'not a PDF';
    ctx.fail('not-a-pdf', `the file is named .pdf but is ${what}; download the PDF itself again`);
  }
  // A saved web page named .txt (or read from stdin) is still HTML.
  if ((byName === 'text' || byName === 'markdown' || name === '-') && HTML_START.test(head.replace(/^\ufeff|^\xef\xbb\xbf/, ''))) return 'html';
  if (byName) return byName;
  if (name === '-') return 'text';
  return ctx.fail(
    'unknown-format',
    `cannot tell what kind of file this is from its name; use one of ${SUPPORTED_EXTENSIONS.join(', ')}`,
  );
}

/** Read the bytes as the given format into raw pages; problems found go to `ctx`. */
export async function readSource(bytes: Uint8Array, format: SourceFormat, ctx: Context, options: SourceOptions = {}): Promise<RawDocument> {
  switch (format) {
    case 'pdf': {
      const { readPdf } = await import('./pdf.js');
      return readPdf(bytes, ctx, options);
    }
    case 'text':
    case 'markdown': {
      const { readText } = await import('./text.js');
      return readText(decodeText(bytes, ctx), format);
    }
    case 'html': {
      const { readHtml } = await import('./html.js');
      return readHtml(decodeText(bytes, ctx));
    }
  }
}

/**
 * Text files are UTF-8 in practice. A file that is not valid UTF-8 is either mostly UTF-8 with
 * a few damaged bytes (kept as UTF-8, the damage shown as U+FFFD and warned about) or a legacy
 * single-byte file, read as Windows-1252 (what older council exports and Word's "plain text"
 * use). A byte order mark is dropped, and one for UTF-16 (Word's "Unicode text") selects it.
 */
export function decodeText(bytes: Uint8Array, ctx: Context): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
    const damaged = countMatches(lenient, /\ufffd/g);
    // In a Windows-1252 file every accented letter or curly quote is a lone high byte, invalid
    // as UTF-8; a UTF-8 file with some damage still has more valid multi-byte characters than
    // damaged sequences.
    const valid = countMatches(lenient, /[^\x00-\x7f\ufffd]/g);
    if (valid > damaged) {
      ctx.warn(
        'invalid-utf8',
        `${damaged} byte sequence${damaged === 1 ? ' is' : 's are'} not valid UTF-8 and ${damaged === 1 ? 'was' : 'were'} replaced with \ufffd; re-save the file as UTF-8 to recover ${damaged === 1 ? 'it' : 'them'}`,
      );
      return lenient;
    }
    return decodeWindows1252(body);
  }
}

function countMatches(text: string, re: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  return n;
}

/**
 * Windows-1252 differs from Latin-1 only in bytes 0x80-0x9F (curly quotes, dashes, the euro
 * sign…). Node's TextDecoder('windows-1252') decodes those bytes as Latin-1 control
 * characters, so they are mapped here (WHATWG Encoding, index-windows-1252).
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}
