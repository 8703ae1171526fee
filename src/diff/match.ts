/**
 * Pairing the rows of two versions of a tracker. Rows are paired by id first (the id is
 * derived from the meeting date, agenda item and normalised action text, so it survives
 * reordering, re-extraction and edits to the update, lead, status or due date). Rows left
 * over are paired by the similarity of their action text within the same date and agenda
 * item, so that a reworded action is one changed row rather than a removal and an addition.
 */
import type { ActionRow } from '../schema/pack.js';
import { actionWords, jaccard, wording } from './fold.js';

/**
 * Least word-set (Jaccard) similarity for two actions under the same date and item to count
 * as one action reworded. Half the distinct words in common keeps a rewording that adds a
 * clause or changes a few words ("on its review" → "for completing its review": 0.79), while
 * different actions stay well below it: no two actions of the Birmingham 2024-12-04 tracker
 * score above 0.35, even across items (the most alike are its two "Birmingham Audit …
 * Elective Home Education" actions of 15 May 2024).
 */
export const REWORDED_ACTION_MIN_SIMILARITY = 0.5;

export interface RowPair {
  before: ActionRow;
  after: ActionRow;
  matchedBy: 'id' | 'text';
}

export interface RowMatching {
  pairs: RowPair[];
  /** Rows of NEW with no partner, in NEW order. */
  added: ActionRow[];
  /** Rows of OLD with no partner, in OLD order. */
  gone: ActionRow[];
}

export function matchRows(oldRows: ActionRow[], newRows: ActionRow[]): RowMatching {
  const partnerOfNew = new Map<number, { oldIndex: number; matchedBy: 'id' | 'text' }>();
  const pairedOld = new Set<number>();

  // By id. A tracker can list the same action twice (same date, item and words); such
  // duplicates pair up in the order they are printed.
  const oldById = new Map<string, number[]>();
  oldRows.forEach((row, i) => append(oldById, row.id, i));
  newRows.forEach((row, j) => {
    const queue = oldById.get(row.id);
    const i = queue?.shift();
    if (i === undefined) return;
    partnerOfNew.set(j, { oldIndex: i, matchedBy: 'id' });
    pairedOld.add(i);
  });

  // By text, within each date + item group, best-scoring pairs first.
  const newLeftByGroup = new Map<string, { j: number; words: Set<string> }[]>();
  newRows.forEach((row, j) => {
    if (partnerOfNew.has(j)) return;
    append(newLeftByGroup, groupKey(row), { j, words: actionWords(row.action) });
  });
  const candidates: { i: number; j: number; score: number }[] = [];
  oldRows.forEach((row, i) => {
    if (pairedOld.has(i)) return;
    const words = actionWords(row.action);
    for (const other of newLeftByGroup.get(groupKey(row)) ?? []) {
      const score = jaccard(words, other.words);
      if (score >= REWORDED_ACTION_MIN_SIMILARITY) candidates.push({ i, j: other.j, score });
    }
  });
  // Ties go to the earlier rows, so the result does not depend on sort stability.
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const { i, j } of candidates) {
    if (pairedOld.has(i) || partnerOfNew.has(j)) continue;
    partnerOfNew.set(j, { oldIndex: i, matchedBy: 'text' });
    pairedOld.add(i);
  }

  const pairs: RowPair[] = [];
  const added: ActionRow[] = [];
  newRows.forEach((after, j) => {
    const partner = partnerOfNew.get(j);
    if (partner) pairs.push({ before: oldRows[partner.oldIndex], after, matchedBy: partner.matchedBy });
    else added.push(after);
  });
  const gone = oldRows.filter((_, i) => !pairedOld.has(i));
  return { pairs, added, gone };
}

/** Rows may only be paired by text when they arose at the same meeting under the same item. */
function groupKey(row: ActionRow): string {
  return `${row.date ?? ''}\u0000${wording(row.item ?? '')}`;
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
