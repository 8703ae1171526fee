/**
 * The library: what `import { extract, diff, validate } from 'packtool'` gives. The command line
 * is a thin layer over these (src/cli/commands/extract.ts, validate.ts and src/diff/command.ts).
 * They print nothing and never exit: a file that cannot be read at all throws an InputError
 * (its `code` is the one in the README's list), and everything a file survives is in the
 * Pack's `warnings`, as on the command line.
 */
import { diffActions } from './diff/engine.js';
import { extractBytes, extractFile } from './extract.js';
import { checkPack, issueLine, type ExplainedIssue } from './schema/explain.js';
import type { ActionRow, Pack } from './schema/pack.js';
import type { DiffReport } from './schema/diff-report.js';
import { withTimeout } from './timeout.js';

export interface ExtractOptions {
  /**
   * Recorded as `source.file`, and how a text, markdown or HTML input is told apart (by its
   * extension: `minutes.txt`, `agenda.html`; PDFs are recognised by content), so keep the
   * extension. Defaults to the path, or `input` for bytes.
   */
  name?: string;
  /** Refuse PDFs with more pages than this (InputError `too-many-pages`). */
  maxPages?: number;
  /** Give up after this many seconds (InputError `timeout`). */
  timeout?: number;
}

/** Extract the Pack of one pack: a path (`-` is standard input) or the file's bytes. */
export async function extract(input: string | Uint8Array, options: ExtractOptions = {}): Promise<Pack> {
  const name = options.name ?? (typeof input === 'string' ? input : 'input');
  const deadline = options.timeout === undefined ? undefined : Date.now() + options.timeout * 1000;
  const sourceOptions = { maxPages: options.maxPages, deadline };
  const work =
    typeof input === 'string'
      ? extractFile(input, { ...sourceOptions, displayName: name })
      : // A plain Uint8Array copy: the PDF reader takes ownership of (detaches) the buffer it is
        // given and refuses a Node Buffer, and the caller's bytes stay theirs.
        extractBytes(new Uint8Array(input), name, sourceOptions);
  const { pack } = await (options.timeout === undefined ? work : withTimeout(work, options.timeout, name));
  return pack;
}

/** One side of a diff: a path (a pack to extract, or YAML/JSON that extract wrote), a Pack, or its action rows. */
export type DiffSide = string | Pack | ActionRow[];

/**
 * What changed between two versions of an action tracker. For a path, as `packtool diff` reads
 * it: an error when it cannot be read or holds no action rows (`--fail-on`'s exit codes are the
 * command line's: here `report.summary` has the counts).
 */
export async function diff(older: DiffSide, newer: DiffSide): Promise<DiffReport> {
  // One after the other: extracting two large PDFs at once doubles the memory for no gain.
  const oldSide = await sideOf('OLD', older);
  const newSide = await sideOf('NEW', newer);
  return diffActions(oldSide, newSide);
}

async function sideOf(label: 'OLD' | 'NEW', side: DiffSide): Promise<{ file: string; rows: ActionRow[] }> {
  if (typeof side === 'string') {
    const { loadActions } = await import('./diff/load.js');
    return { file: side, rows: await loadActions(label, side) };
  }
  if (Array.isArray(side)) return { file: label.toLowerCase(), rows: side };
  return { file: side.source.file, rows: side.actions };
}

/**
 * One problem, as `packtool validate` prints it: which record (its kind and number or id), which
 * field, the value found and what the contract expects, with the path into the Pack.
 */
export interface ValidationIssue extends Omit<ExplainedIssue, 'line'> {
  /** The sentence `packtool validate` prints: `action "kcc-…", field due: found "next month", expected an ISO date YYYY-MM-DD`. */
  message: string;
}

export type ValidationResult = { valid: true; pack: Pack } | { valid: false; issues: ValidationIssue[] };

/** Check data (parsed YAML or JSON) against the output contract, PackSchema, with the messages `packtool validate` prints. */
export function validate(data: unknown): ValidationResult {
  const result = checkPack(data);
  if (result.valid) return result;
  // Data in memory has no file lines: every issue's line is null, so it is left out.
  return { valid: false, issues: result.issues.map(({ line: _line, ...issue }) => ({ ...issue, message: issueLine({ ...issue, line: null }) })) };
}
