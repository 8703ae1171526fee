/** Flag value parsers shared by the commands. */
import { UsageError } from '../errors.js';

/** A commander parser for a flag that takes a whole number above 0 (`--jobs`, `--timeout`, `--max-pages`). */
export function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${name} takes a whole number above 0, not "${value}"`);
    return n;
  };
}
