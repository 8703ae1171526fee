/**
 * One fuzz case, run in this process: extract the input and judge the result against what
 * packtool promises for any input — a valid Pack (warnings allowed) or an InputError with a
 * one-line message; never another exception, never a Pack that breaks the contract.
 */
import { InputError } from '../errors.js';
import { extractBytes } from '../extract.js';
import { PackSchema } from '../schema/pack.js';
import type { SourceOptions } from '../sources/index.js';
import type { PdfOptions } from '../sources/pdf.js';

/** The input of one case: bytes, and the file name they are given (the name decides the format of non-PDFs). */
export interface FuzzCase {
  /** Case number in its run. */
  n: number;
  name: string;
  bytes: Uint8Array;
  /** Which good input it was made from, and how it was damaged. */
  seedFile: string;
  note: string;
  /** Run through the command line in a child process (as a user runs it), not in a thread. */
  viaCli: boolean;
  /** May need more memory or time than the fuzzer can give away in-thread (a bomb, a large file). */
  heavy: boolean;
}

/** What happened: an accepted outcome (`ok`, `ok-with-warnings`, `error:<code>`) or a failure. */
export type CaseResult = (
  | { outcome: string; warnings: string[] }
  | { failure: FailureKind; detail: string }
) & {
  /** Peak resident memory of the process that read the case, when the executor measured it. */
  peakRssBytes?: number;
};

/** Ways a case fails. A timeout is one: every case must end within its limits. */
export type FailureKind = 'crash' | 'invalid-pack' | 'bad-error-message' | 'hang' | 'memory' | 'timeout' | 'raw-control-characters';

/** The page limit cases run with: the command line's default for --max-pages. */
export const FUZZ_MAX_PAGES = 5000;

/**
 * An error message is one line a person reads: longer than this it is a dump (a pdf.js
 * dictionary, a stack), not a message.
 */
export const MAX_ERROR_MESSAGE = 400;

/** Run one case to its end; `deadline` is the file time limit passed to the source (ms since epoch). */
export async function runCaseInProcess(c: FuzzCase, deadline: number): Promise<CaseResult> {
  const options: SourceOptions & PdfOptions = { maxPages: FUZZ_MAX_PAGES, deadline };
  try {
    // A copy: pdf.js detaches the buffer it is given, and the bytes may be needed for a reproducer.
    const { pack } = await extractBytes(new Uint8Array(c.bytes), c.name, options);
    return judgePack(pack);
  } catch (err) {
    if (err instanceof InputError) return judgeInputError(err.code, err.message);
    const message = err instanceof Error ? err.message : String(err);
    const kind: FailureKind = message.includes('output contract') ? 'invalid-pack' : 'crash';
    const stack = err instanceof Error && err.stack ? err.stack.split('\n').slice(0, 6).join('\n') : message;
    return { failure: kind, detail: stack };
  }
}

/** A Pack that came out: it must keep the contract; its warning codes are counted. */
export function judgePack(pack: unknown, moreWarnings: string[] = []): CaseResult {
  const checked = PackSchema.safeParse(pack);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { failure: 'invalid-pack', detail: `${issue.path.join('.')}: ${issue.message}` };
  }
  const codes = [...new Set([...moreWarnings, ...checked.data.warnings.map((w) => w.code)])].sort();
  return { outcome: codes.length > 0 ? 'ok-with-warnings' : 'ok', warnings: codes };
}

/** An input error: one line a person reads; a timeout is a failure, not an accepted outcome. */
export function judgeInputError(code: string, message: string): CaseResult {
  if (message.includes('\n') || message.length > MAX_ERROR_MESSAGE || message.trim() === '') {
    return { failure: 'bad-error-message', detail: `[${code}] ${JSON.stringify(message.slice(0, 600))}` };
  }
  if (code === 'timeout') return { failure: 'timeout', detail: message };
  return { outcome: `error:${code}`, warnings: [] };
}
