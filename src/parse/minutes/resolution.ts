/**
 * Resolutions in a minute's body. Each way minutes record a decision is a reader in
 * DECISION_READERS (./decisions/*.ts), tried in order at every line; the first that reads
 * a decision there wins. Decisions stated only in a sentence of the discussion (parish
 * style) are read by inlineDecisions (./decisions/sentence.ts), for minutes where no
 * reader found a decision.
 */
import type { Resolution } from '../../schema/pack.js';
import type { MLine } from './lines.js';
import { decisionsList } from './decisions/decisions-list.js';
import { numberedResolution } from './decisions/numbered-resolution.js';
import { proposedBy } from './decisions/proposed-by.js';
import { proposedSeconded, splitAtProposal } from './decisions/proposed-seconded.js';
import { resolvedBlock, splitAtResolved as splitAtResolvedHead } from './decisions/resolved-block.js';
import type { DecisionReader } from './decisions/types.js';
import { welshWord } from '../../text/welsh.js';

export { inlineDecisions } from './decisions/sentence.js';

/**
 * Printed markers first (RESOLVED, a resolution number, "Proposed by … Seconded by …", a
 * "Decisions" heading), then the paragraph that ends "… seconded MC. All in favour. Approved.",
 * which has no marker of its own and must not swallow a marked block.
 */
export const DECISION_READERS: readonly DecisionReader[] = [resolvedBlock, numberedResolution, proposedBy, decisionsList, proposedSeconded];

/**
 * Words that say a minute records a decision, in the minutes' English or Welsh: a printed
 * "RESOLVED" / "PENDERFYNWYD", a seconder ("seconded", "eiliwyd"), a vote ("pleidlais", in any
 * mutated form). A minute that holds one but gave no resolution or vote to any reader is a
 * phrasing packtool cannot read yet, and parseMinutes says so rather than print nothing.
 */
const DECISION_CUES: readonly RegExp[] = [
  // In capitals only: "the issue was resolved" records no decision of the meeting.
  /\b(RESOLVED|PENDERFYNWYD)\b/,
  /\b(seconded|eiliwyd)\b/i,
  new RegExp(String.raw`\b(${welshWord('pleidlais')}|${welshWord('pleidleisio')})\b`, 'i'),
];

/** The decision word a minute's text holds, if any (see DECISION_CUES). */
export function decisionCue(text: string): string | null {
  for (const cue of DECISION_CUES) {
    const m = cue.exec(text);
    if (m) return m[1];
  }
  return null;
}

export interface ResolutionBlocks {
  resolutions: Array<{ resolution: Resolution; at: number }>;
  used: Set<number>;
}

/**
 * Lines as the decision readers want them: a RESOLVED, "Resolved:", "It was proposed" or
 * "It was resolved" that opens part-way through a line starts a line of its own, so the words
 * before it stay discussion.
 */
export function splitAtResolved(line: MLine): MLine[] {
  return splitAtResolvedHead(line).flatMap(splitAtProposal);
}

/** Every decision the readers find in a minute's body, and the body lines they used. */
export function findResolutions(body: MLine[], skip: Set<number>): ResolutionBlocks {
  const out: ResolutionBlocks = { resolutions: [], used: new Set() };
  const taken = new Set(skip);
  for (let i = 0; i < body.length; i++) {
    if (taken.has(i)) continue;
    for (const reader of DECISION_READERS) {
      const read = reader.read(body, i, taken);
      if (!read) continue;
      for (const r of read.resolutions) out.resolutions.push({ resolution: r, at: i });
      for (const k of read.used) {
        out.used.add(k);
        taken.add(k);
      }
      i = Math.max(i, read.next - 1);
      break;
    }
  }
  return out;
}
