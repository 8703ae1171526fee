import type { Command } from 'commander';

/** Declares `packtool diff` (flags only; the work is in src/diff, loaded when called). */
export function registerDiff(_program: Command): void {
  // Not yet available.
}
