/**
 * Pairing the rows of two versions of a tracker, in three passes over the rows still unpaired:
 *
 * 1. By id. The id is derived from the meeting date, agenda item and normalised action text,
 *    so it survives reordering, re-extraction and edits to the update, lead, status or due date.
 * 2. By similar action text within the same date and agenda item, so that a reworded action
 *    is one changed row rather than a removal and an addition.
 * 3. By the same action words under a corrected date or a re-read agenda item (the date or
 *    the item must still agree), so that a fix to one of them is a change to that field,
 *    and a tracker whose item column two extractions read differently still pairs up.
 *
 * A removal reported wrongly is what costs users most (it fails CI jobs), hence the passes.
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
  /** "id": same id; "text": paired by its action text (pass 2 or 3). */
  matchedBy: 'id' | 'text';
}

export interface RowMatching {
  pairs: RowPair[];
  /** Rows of NEW with no partner, in NEW order. */
  added: ActionRow[];
  /** Rows of OLD with no partner, in OLD order. */
  gone: ActionRow[];
}

/** Which row of OLD each row of NEW is paired with, filled pass by pass. */
class Pairing {
  readonly partnerOfNew = new Map<number, { oldIndex: number; matchedBy: 'id' | 'text' }>();
  readonly pairedOld = new Set<number>();

  constructor(
    readonly oldRows: ActionRow[],
    readonly newRows: ActionRow[],
  ) {}

  pair(i: number, j: number, matchedBy: 'id' | 'text'): void {
    this.partnerOfNew.set(j, { oldIndex: i, matchedBy });
    this.pairedOld.add(i);
  }

  isFree(i: number, j: number): boolean {
    return !this.pairedOld.has(i) && !this.partnerOfNew.has(j);
  }

  freeOld(): number[] {
    return this.oldRows.flatMap((_, i) => (this.pairedOld.has(i) ? [] : [i]));
  }

  freeNew(): number[] {
    return this.newRows.flatMap((_, j) => (this.partnerOfNew.has(j) ? [] : [j]));
  }
}

export function matchRows(oldRows: ActionRow[], newRows: ActionRow[]): RowMatching {
  const pairing = new Pairing(oldRows, newRows);
  pairById(pairing);
  pairRewordings(pairing);
  pairSameWordsMoved(pairing);

  const pairs: RowPair[] = [];
  const added: ActionRow[] = [];
  newRows.forEach((after, j) => {
    const partner = pairing.partnerOfNew.get(j);
    if (partner) pairs.push({ before: oldRows[partner.oldIndex], after, matchedBy: partner.matchedBy });
    else added.push(after);
  });
  const gone = oldRows.filter((_, i) => !pairing.pairedOld.has(i));
  return { pairs, added, gone };
}

/** Pass 1. A tracker can list one action twice (same date, item and words): duplicates pair in printed order. */
function pairById(p: Pairing): void {
  const oldById = new Map<string, number[]>();
  p.oldRows.forEach((row, i) => append(oldById, row.id, i));
  p.newRows.forEach((row, j) => {
    const i = oldById.get(row.id)?.shift();
    if (i !== undefined) p.pair(i, j, 'id');
  });
}

/** Pass 2: within each date + item group, the most similar pairs first. */
function pairRewordings(p: Pairing): void {
  const newByGroup = new Map<string, { j: number; words: Set<string> }[]>();
  for (const j of p.freeNew()) append(newByGroup, groupKey(p.newRows[j]), { j, words: actionWords(p.newRows[j].action) });
  const candidates: { i: number; j: number; score: number }[] = [];
  for (const i of p.freeOld()) {
    const words = actionWords(p.oldRows[i].action);
    for (const other of newByGroup.get(groupKey(p.oldRows[i])) ?? []) {
      const score = jaccard(words, other.words);
      if (score >= REWORDED_ACTION_MIN_SIMILARITY) candidates.push({ i, j: other.j, score });
    }
  }
  // Ties go to the earlier rows, so the result does not depend on sort stability.
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  for (const { i, j } of candidates) if (p.isFree(i, j)) p.pair(i, j, 'text');
}

/**
 * Pass 3: the same action words, with the same date or the same item but not both. Identical
 * wording alone is not enough: "To note the report." can arise at every meeting.
 */
function pairSameWordsMoved(p: Pairing): void {
  const newByWords = new Map<string, number[]>();
  for (const j of p.freeNew()) append(newByWords, wording(p.newRows[j].action), j);
  for (const i of p.freeOld()) {
    const before = p.oldRows[i];
    const j = (newByWords.get(wording(before.action)) ?? []).find((j) => {
      const after = p.newRows[j];
      return p.isFree(i, j) && (before.date === after.date || wording(before.item ?? '') === wording(after.item ?? ''));
    });
    if (j !== undefined) p.pair(i, j, 'text');
  }
}

/** Rows may only be paired as rewordings when they arose at the same meeting under the same item. */
function groupKey(row: ActionRow): string {
  return `${row.date ?? ''}\u0000${wording(row.item ?? '')}`;
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
