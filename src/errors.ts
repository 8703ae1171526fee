/**
 * The few errors the tool raises on purpose. The command line maps them to exit codes in
 * one place (src/cli/main.ts); anything else is a bug and is reported as one.
 */

/** A problem with an input file: printed as one line naming the file, exit code 1. */
export class InputError extends Error {
  constructor(
    /** Stable kebab-case id, e.g. `not-a-pdf`, `encrypted`, `file-not-found`. */
    readonly code: string,
    message: string,
    /** The input the problem is in; set by whoever knows the path. */
    public file?: string,
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
