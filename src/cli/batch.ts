import type { Command } from 'commander';

/** Declares `packtool batch` (flags only; the work is in src/batch, loaded when called). */
export function registerBatch(_program: Command): void {
  // Not yet available.
}
