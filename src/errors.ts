/**
 * The few errors the tool raises on purpose, and the one wording of everything else (a bug).
 * The command line maps them to exit codes in one place (src/cli/main.ts); batch and diff
 * describe a failed file with the same `failureOf`.
 */

/** A problem with an input file that ends its read: printed as one line naming the file, exit code 1. */
export class InputError extends Error {
  constructor(
    /** Stable kebab-case id, e.g. `not-a-pdf`, `encrypted`, `file-not-found`. */
    readonly code: string,
    message: string,
    /** The input the problem is in, as the user gave it. */
    readonly file: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * An output could not be written (a full disk, a read-only or missing folder, a name too long
 * for the file system): the user's to fix, never a bug. One line naming the path, exit code 1
 * (`packtool batch` stops with its own code, see src/batch/command.ts).
 */
export class OutputError extends Error {
  constructor(
    /** `disk-full`, `cannot-write`, `name-too-long`, `output-outside`, `output-in-use`. */
    readonly code: string,
    message: string,
    /** The file or folder that could not be written. */
    readonly path: string,
  ) {
    super(message);
    this.name = 'OutputError';
  }
}

/** The command was called wrongly (bad flag value, missing argument): exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Ends the process with a given code after the command has already said why. */
export class ExitError extends Error {
  constructor(readonly exitCode: number, message = '') {
    super(message);
    this.name = 'ExitError';
  }
}

/** Why one file could not be read, as the command line, the batch report and diff say it. */
export interface Failure {
  /** The InputError's code, or `internal-error` for a bug. */
  code: string;
  /** One line. */
  message: string;
  /** True for a bug in packtool rather than a problem with the input. */
  internal: boolean;
}

/** An InputError is the input's problem; anything else is a bug, and says so in the one wording there is. */
export function failureOf(err: unknown): Failure {
  const message = firstLine(err instanceof Error ? err.message : String(err));
  if (err instanceof InputError || err instanceof OutputError) return { code: err.code, message, internal: false };
  return { code: 'internal-error', message: `internal error (a bug in packtool; please report it with the input file): ${message}`, internal: true };
}

function firstLine(text: string): string {
  return text.split('\n')[0];
}
