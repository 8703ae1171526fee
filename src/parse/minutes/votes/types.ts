/**
 * The vote readers' contract: each house style of printing a vote is a reader in the
 * ordered table in ../vote.ts. A reader looks at one body line and either declines
 * (null) or returns the votes it read there and the body lines it used.
 */
import type { Context } from '../../../context.js';
import type { Vote, VoteSide } from '../../../schema/pack.js';
import type { MLine } from '../lines.js';

export type SideName = 'for' | 'against' | 'abstain';

export interface VoteRead {
  votes: Vote[];
  /** Body lines the vote was printed on; the minute's text leaves them out. */
  used: number[];
  /** The body line after the vote, where reading resumes. */
  next: number;
}

export interface VoteReader {
  /** The phrasing it reads, as printed ("For (57) … Against (0) …"). */
  name: string;
  read(body: MLine[], at: number, state: { used: Set<number>; ctx: Context }): VoteRead | null;
}

export function emptySide(): VoteSide {
  return { count: null, names: [] };
}

export function noSides(): Record<SideName, VoteSide> {
  return { for: emptySide(), against: emptySide(), abstain: emptySide() };
}
