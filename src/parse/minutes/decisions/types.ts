/**
 * The decision readers' contract: each house style of recording a decision is a reader in
 * the ordered table in ../resolution.ts. A reader looks at one body line and either
 * declines (null) or returns the resolutions that open there and the body lines they used.
 */
import type { Resolution } from '../../../schema/pack.js';
import type { MLine } from '../lines.js';

export interface DecisionRead {
  resolutions: Resolution[];
  /** Body lines the decisions were printed on; the minute's text leaves them out. */
  used: number[];
  /** The body line after the decision, where reading resumes. */
  next: number;
}

export interface DecisionReader {
  /** The phrasing it reads, as printed ("RESOLVED that …", "32/25.1 That …"). */
  name: string;
  /** `skip`: lines other readers (votes) have used, which a decision neither starts at nor crosses. */
  read(body: MLine[], at: number, skip: Set<number>): DecisionRead | null;
}
