/**
 * The values that travel through `packtool batch`: inputs found on disk, the task a worker
 * is given, what it answers, and the per-input record that ends up in the report.
 */
import type { OutputFormat } from '../write/index.js';

/** Output formats a batch can write: one whole Pack per input (CSV holds one kind of record, so not here). */
export type BatchFormat = Extract<OutputFormat, 'yaml' | 'json'>;

/** An input file found from the INPUT arguments. */
export interface BatchInput {
  /** The path to read, as found (absolute or relative to the working directory). */
  file: string;
  /** POSIX path relative to the root of the INPUT argument it came from: what outputs mirror and shards hash. */
  rel: string;
  /** Set when the input is not to be read (a link leading outside the input roots): recorded as failed with this reason. */
  refused?: { code: string; message: string };
}

/** Worker argument: do not load pdf.js before the first PDF that needs it (batch --cache). */
export const LAZY_PDFJS = '--lazy-pdfjs';

/** One file's work, sent to a worker. */
export interface WorkerTask {
  id: number;
  file: string;
  /** Recorded as `source.file` in the Pack: the relative path, so outputs hold no machine-specific paths. */
  displayName: string;
  format: BatchFormat;
  maxPages: number;
  /** Folder of cached layouts, if any (--cache). */
  cache?: string;
  maxSizeBytes: number;
  /** Final output path, and the temporary path it is written to before being renamed into place. */
  outPath: string;
  tmpPath: string;
  /** OUTDIR's real path: the worker checks that the output's folder, links resolved, is inside it. */
  outdir: string;
  /** Where to write the input's review page too (`batch --review`), and its temporary path. */
  review?: { outPath: string; tmpPath: string };
}

export type WorkerAnswer =
  | { id: number; ok: true; pages: number | null; warnings: number; warningCodes: Record<string, number>; seconds: number; rssBytes: number }
  | { id: number; ok: false; code: string; message: string; internal: boolean; seconds: number; rssBytes: number };

export type InputStatus = 'ok' | 'skipped' | 'failed';

/** One line of the report: what happened to one input. */
export interface ReportEntry {
  input: string;
  /** The output's path under OUTDIR; null when the input failed, so no output was written. */
  output: string | null;
  status: InputStatus;
  /** Why it failed: InputError's code (`not-a-pdf`, `timeout`, …) or `internal-error` for a bug. */
  error: { code: string; message: string } | null;
  pages: number | null;
  /** Warnings in the output (for a skipped input, read from its output's end); null when it failed or they cannot be read. */
  warnings: number | null;
  /** How many warnings of each code (`{"table-columns-flattened": 9}`), so a report says what went wrong where without opening outputs. */
  warningCodes: Record<string, number> | null;
  seconds: number;
}

export interface BatchSummary {
  inputs: number;
  ok: number;
  skipped: number;
  failed: number;
  warnings: number;
  pages: number;
  seconds: number;
}
