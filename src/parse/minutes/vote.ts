/**
 * Votes in a minute's body. Each way minutes print a vote is a reader in VOTE_READERS
 * (./votes/*.ts), tried in order at every line; the first that reads a vote there wins.
 * A vote whose counts are printed without names has `names: []` on each side; a show of
 * hands reported only as "All in favour" or "carried unanimously" inside a sentence is not
 * a recorded vote.
 */
import type { Context } from '../../context.js';
import type { Vote } from '../../schema/pack.js';
import type { MLine } from './lines.js';
import { sideColumns } from './votes/columns.js';
import { countsInWords } from './votes/counts-in-words.js';
import { votesTo } from './votes/votes-to.js';
import { countsWithSideWords } from './votes/inline-counts.js';
import { resultAlone } from './votes/result-line.js';
import { sideBlock } from './votes/side-block.js';
import type { VoteReader } from './votes/types.js';

export { isResultLine } from './votes/result.js';
export { parseSideLabel } from './votes/sides.js';

/**
 * Most specific first: a column table's heading line is also a run of side labels, and a
 * side label is not a result; counts in words come last because side words read first.
 */
export const VOTE_READERS: readonly VoteReader[] = [sideColumns, sideBlock, resultAlone, countsWithSideWords, votesTo, countsInWords];

/**
 * Every vote in a minute's body. Returns the votes and the indices of the body lines they
 * used (labels, names, results), so the minute's text leaves them out.
 */
export function findVotes(body: MLine[], ctx: Context): { votes: Vote[]; used: Set<number> } {
  const votes: Vote[] = [];
  const used = new Set<number>();
  for (let i = 0; i < body.length; i++) {
    for (const reader of VOTE_READERS) {
      const read = reader.read(body, i, { used, ctx });
      if (!read) continue;
      votes.push(...read.votes);
      for (const k of read.used) used.add(k);
      i = Math.max(i, read.next - 1);
      break;
    }
  }
  return { votes, used };
}
