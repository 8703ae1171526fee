/**
 * A tracker row's identity: the same action gets the same id in every re-extraction and in the
 * next version of the tracker, whatever the source format, so `packtool diff` can match rows.
 *
 * Derived from the meeting date, the agenda item and the action text, each folded so that
 * what extraction changes does not change the id: case, punctuation, whitespace and
 * hyphenation ("e-mailed" / "emailed", "communi- cation" / "communication") are removed.
 */
import { createHash } from 'node:crypto';

/** Hex digits kept from the sha256: 48 bits, no collision among the rows of any real tracker. */
const ID_HEX_LENGTH = 12;

export function foldForId(text: string | null): string {
  return (text ?? '').normalize('NFKD').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

export function actionId(row: { date: string | null; item: string | null; action: string }): string {
  const key = [row.date ?? '', foldForId(row.item), foldForId(row.action)].join('|');
  return createHash('sha256').update(key).digest('hex').slice(0, ID_HEX_LENGTH);
}
