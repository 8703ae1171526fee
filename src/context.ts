import { InputError } from './errors.js';
import type { SourceFormat } from './layout/types.js';

/** Where a record or a problem is in the original: pack page and line of the normalised text. */
export interface SourceRef {
  page: number | null;
  line: number | null;
  /** True when the page is inferred from the evidence around the line, not printed (see SourceRefSchema). */
  pageInferred?: boolean;
}

/** A problem found in a file, kept as a value on the file's context (never printed deep inside a phase). */
export interface Warning {
  /** Stable kebab-case id, e.g. `unparsed-lines`, `vote-count-mismatch`. */
  code: string;
  /** One sentence a person can act on. */
  message: string;
  source: SourceRef;
  /** Every line the warning is about, where it names more than its first (unparsed-lines). */
  lines?: number[];
}

/**
 * Every problem found in a file: a warning the read survived, or the one fatal problem that
 * ended it (`fatal: true`; the Pack has no room for it, the command line prints it).
 */
export type Message = Warning & { fatal?: true };

/**
 * One per input file. It travels through every phase (source → layout → segment → parse →
 * validate → write) so that each phase records what it found as a message, as vfile does.
 * A phase says only whether it could go on: `warn` when it could (the command line decides
 * what a warning costs: `--strict`), `fail` when it could not (always exit code 1, in one
 * place: src/cli/main.ts).
 */
export class Context {
  readonly messages: Message[] = [];

  constructor(
    /** The input path as the user gave it. */
    readonly file: string,
    public format: SourceFormat | null = null,
  ) {}

  /** The problems the read survived: the Pack's `warnings`. */
  get warnings(): Warning[] {
    return this.messages.filter((m) => !m.fatal);
  }

  warn(code: string, message: string, source: Partial<SourceRef> = {}, lines?: number[]): void {
    const warning: Warning = { code, message, source: { page: source.page ?? null, line: source.line ?? null } };
    if (lines?.length) warning.lines = lines;
    this.messages.push(warning);
  }

  /** Record a problem that ends the read of this file, and end it: throws the InputError naming the file. */
  fail(code: string, message: string, source: Partial<SourceRef> = {}): never {
    this.messages.push({ code, message, source: { page: source.page ?? null, line: source.line ?? null }, fatal: true });
    throw new InputError(code, message, this.file);
  }
}
