import type { Line } from '../layout/types.js';

/**
 * What every parser returns: its records, and the line numbers it understood, so that the
 * pipeline can report the lines no parser claimed (`unparsed-lines`) instead of dropping them.
 */
export interface Parsed<T> {
  value: T;
  claimed: Set<number>;
}

/** Mark these lines as understood. */
export function claim(claimed: Set<number>, lines: Iterable<Line>): void {
  for (const l of lines) claimed.add(l.line);
}
