/**
 * The output contract's version: every Pack's `packtool` field. Apart from the zod schemas
 * (pack.ts) so that what only compares versions, a batch checking whether an output is up to
 * date, does not load them.
 */
export const FORMAT_VERSION = 1 as const;
