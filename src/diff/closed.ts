import type { ActionStatus } from '../schema/pack.js';

/**
 * Statuses that mean the action is done. A row that vanishes after reaching one of these has
 * simply been tidied away ("retired"); a row that vanishes from any other status has been
 * dropped without anyone saying it was done ("removed"), which is what readers must see.
 */
export const CLOSED_STATUSES: ReadonlySet<ActionStatus> = new Set<ActionStatus>(['completed', 'discharged']);

export function isClosed(status: ActionStatus): boolean {
  return CLOSED_STATUSES.has(status);
}
