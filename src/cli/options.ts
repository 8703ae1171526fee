/**
 * Flags that several commands share, declared once: whole-number flags, and the resource
 * limits every command that reads a file takes (extract, layout, batch; see src/limits).
 */
import { Command, Option } from 'commander';
import { UsageError } from '../errors.js';
import {
  DEFAULT_MAX_MEMORY_BYTES,
  DEFAULT_MAX_PAGES,
  DEFAULT_MAX_SIZE_BYTES,
  formatSize,
  type Limits,
  MIN_MAX_MEMORY_BYTES,
  parseSize,
} from '../limits/limits.js';

export function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name} takes a whole number above 0, not "${value}"`);
    return n;
  };
}

function memorySize(value: string): number {
  const bytes = parseSize('--max-memory', value);
  if (bytes < MIN_MAX_MEMORY_BYTES) {
    throw new UsageError(`--max-memory must be at least ${formatSize(MIN_MAX_MEMORY_BYTES)} (packtool itself takes about 90 MB before reading a file), not "${value}"`);
  }
  return bytes;
}

export interface LimitFlags {
  maxPages: number;
  timeout: number;
  maxMemory: number;
  maxSize: number;
}

/** Add --max-pages, --timeout, --max-memory and --max-size; `what` says what the time limit stops. */
export function addLimitOptions(command: Command, defaultTimeoutSeconds: number, what: string): Command {
  return command
    .option('--max-pages <n>', 'refuse PDFs with more pages than this', positiveInt('--max-pages'), DEFAULT_MAX_PAGES)
    .option('--timeout <seconds>', `give up on a file after this many seconds (${what})`, positiveInt('--timeout'), defaultTimeoutSeconds)
    .addOption(
      new Option('--max-memory <size>', 'stop reading a file whose reading takes more memory than this (e.g. 512M, 2G)')
        .argParser(memorySize)
        .default(DEFAULT_MAX_MEMORY_BYTES, formatSize(DEFAULT_MAX_MEMORY_BYTES)),
    )
    .addOption(
      new Option('--max-size <size>', 'refuse input files larger than this (e.g. 50M, 1G)')
        .argParser((v) => parseSize('--max-size', v))
        .default(DEFAULT_MAX_SIZE_BYTES, formatSize(DEFAULT_MAX_SIZE_BYTES)),
    );
}

export function limitsOf(flags: LimitFlags): Limits {
  return { maxPages: flags.maxPages, timeoutSeconds: flags.timeout, maxMemoryBytes: flags.maxMemory, maxSizeBytes: flags.maxSize };
}
