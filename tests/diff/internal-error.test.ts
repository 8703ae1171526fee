import { describe, expect, it, vi } from 'vitest';
import { runDiff } from '../../src/diff/command.js';
import { ExitError } from '../../src/errors.js';

// An extractor that breaks the way a bug would: not an InputError (the child process reading
// the pack sends a bug back as a plain Error).
vi.mock('../../src/limits/isolate.js', () => ({
  readInChild: async () => {
    throw new TypeError("Cannot read properties of undefined (reading 'cells')");
  },
}));

describe('a bug in the extractor during a diff', () => {
  it('is trouble (exit 2) naming the side, never exit 1, which CI would read as differences', async () => {
    const err = await runDiff('old.pdf', 'new.pdf', { format: 'text' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExitError);
    expect((err as ExitError).exitCode).toBe(2);
    expect((err as ExitError).message).toBe(
      "OLD side old.pdf: internal error (a bug in packtool; please report it with the input file): Cannot read properties of undefined (reading 'cells')",
    );
    expect((err as Error).cause).toBeInstanceOf(TypeError);
  });
});
