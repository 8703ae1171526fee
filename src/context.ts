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
 * One per input file. It travels through every phase (source → layout → segment → parse →
 * validate → write) so that each phase can record what it could not do without deciding
 * how severe that is: the command line decides (`--strict`).
 */
export class Context {
  readonly warnings: Warning[] = [];

  constructor(
    /** The input path as the user gave it. */
    readonly file: string,
    public format: SourceFormat | null = null,
  ) {}

  warn(code: string, message: string, source: Partial<SourceRef> = {}, lines?: number[]): void {
    const warning: Warning = { code, message, source: { page: source.page ?? null, line: source.line ?? null } };
    if (lines?.length) warning.lines = lines;
    this.warnings.push(warning);
  }
}
