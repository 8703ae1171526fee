/**
 * The one resource model for reading a file, whatever its source (PDF, text, HTML) and
 * whatever the command (extract, layout, batch): a size limit on the input, a page limit on
 * PDFs, a memory ceiling on the process that reads it, and a time limit on the read. Each
 * limit ends the read with its own InputError code (`too-many-pages` is the PDF source's),
 * made here so that every command says the same thing:
 *
 * - `too-large`: the input has more bytes than --max-size (checked while reading, so an
 *   endless source such as /dev/zero stops at the limit);
 * - `memory-limit`: the process reading the file grew past --max-memory and was stopped;
 * - `timeout`: the read took longer than --timeout and was stopped.
 */
import { InputError, UsageError } from '../errors.js';

export interface Limits {
  /** PDFs with more pages than this are refused (`too-many-pages`) before any page is read. */
  maxPages: number;
  /** Inputs with more bytes than this are refused (`too-large`). */
  maxSizeBytes: number;
  /** The process reading one file is stopped when its resident memory passes this (`memory-limit`). */
  maxMemoryBytes: number;
  /** The read of one file is stopped after this many seconds (`timeout`). */
  timeoutSeconds: number;
}

/** Far more than any real pack (the largest seen has 600 pages); a blank 10,000-page PDF is refused at once. */
export const DEFAULT_MAX_PAGES = 5000;

const MIB = 1024 ** 2;
const GIB = 1024 ** 3;

/**
 * 1 GiB: a 250-page assembled pack peaks at about 220 MB and a 604-page one at 270 MB
 * (docs/limits.md), so real packs fit nearly four times over, while a decompression bomb or a huge
 * HTML file is stopped long before it takes a 2-core CI machine's memory. With --jobs N,
 * batch can use N times this at worst.
 */
export const DEFAULT_MAX_MEMORY_BYTES = GIB;

/**
 * 200 MiB: the largest real pack seen is 4.4 MB (250 pages with images), so a council PDF
 * of 200 MB is more than a thousand pages or a scan; text and HTML that large would pass the
 * memory ceiling first (reading text takes about 35 times its size, HTML 60 to 100 times).
 */
export const DEFAULT_MAX_SIZE_BYTES = 200 * MIB;

/**
 * Below this a Node process with pdf.js loaded cannot read even a one-page file (it starts
 * at about 90 MB resident), so a lower --max-memory would fail every input for no reason.
 */
export const MIN_MAX_MEMORY_BYTES = 128 * MIB;

/** The per-command default --timeout of `packtool extract` (batch's is shorter: one file among many). */
export const DEFAULT_TIMEOUT_SECONDS = 300;

/** The limits of a command that takes no limit flags (diff). */
export const DEFAULT_LIMITS: Limits = {
  maxPages: DEFAULT_MAX_PAGES,
  maxSizeBytes: DEFAULT_MAX_SIZE_BYTES,
  maxMemoryBytes: DEFAULT_MAX_MEMORY_BYTES,
  timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
};

/**
 * Source options for a read in a process that is killed from outside at --timeout and
 * --max-memory (the commands' child, a batch worker): PDFs are read on its own thread, and the
 * PDF source keeps no clock of its own (its default, 300 s, would cut short a longer --timeout).
 */
export const STOPPED_FROM_OUTSIDE = { isolate: false, deadline: Number.POSITIVE_INFINITY } as const;

const UNITS: Record<string, number> = { '': MIB, k: 1024, kb: 1024, m: MIB, mb: MIB, g: GIB, gb: GIB };

/**
 * A size given on the command line: `512M`, `1G`, `300MB`, `64k`; a bare number is in MB.
 * Binary units (1M = 1024 × 1024 bytes), as `ulimit` and Node's own flags use.
 */
export function parseSize(flag: string, value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([kmg]b?)?\s*$/i.exec(value);
  const bytes = m ? Math.round(Number(m[1]) * UNITS[(m[2] ?? '').toLowerCase()]) : NaN;
  if (!Number.isFinite(bytes) || bytes <= 0) throw new UsageError(`${flag} takes a size such as 512M or 2G (a bare number is in MB), not "${value}"`);
  return bytes;
}

/** A size as a person reads it in a message: `1 GB`, `300 MB`, `64 KB` (binary units, as parseSize reads them). */
export function formatSize(bytes: number): string {
  if (bytes >= GIB) return `${Number((bytes / GIB).toFixed(2))} GB`;
  if (bytes >= MIB) return `${Math.round(bytes / MIB)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function tooLarge(file: string, maxSizeBytes: number): InputError {
  return new InputError('too-large', `the file is larger than --max-size ${formatSize(maxSizeBytes)}; raise --max-size if it really is a pack`, file);
}

export function memoryLimit(file: string, maxMemoryBytes: number): InputError {
  return new InputError(
    'memory-limit',
    `reading the file needed more than --max-memory ${formatSize(maxMemoryBytes)} and was stopped (a PDF whose content inflates enormously, or a very large text or HTML file); raise --max-memory if it is a real pack`,
    file,
  );
}

/** The reading process was killed by someone else (the system's out-of-memory killer, in practice). */
export function killedBySystem(file: string): InputError {
  return new InputError(
    'memory-limit',
    'the process reading the file was killed by the system (SIGKILL), most likely for lack of memory; set --max-memory below the memory this machine has free',
    file,
  );
}

export function timedOut(file: string, seconds: number): InputError {
  return new InputError('timeout', `gave up after ${seconds} s and stopped the read; raise --timeout if the file is just very large`, file);
}
