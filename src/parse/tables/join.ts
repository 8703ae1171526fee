/** Joining the pieces of a wrapped cell back into the text as printed. */
import { appendPiece, joinPieces, newPieces } from '../../text/join.js';

/**
 * A cell's text as its wrapped pieces arrive, for a cell that grows line by line while rows
 * are grouped: each piece is cleaned once, the pieces are joined once (by the shared
 * line-joining rule), and how the text so far ends is read from its last piece. Re-joining a
 * growing string on every line reads the whole cell again each time: quadratic, and a
 * damaged tracker with a 2 MB cell took 97 s.
 */
export class CellText {
  private readonly pieces = newPieces();
  private joined: string | null = null;
  private chars = 0;

  add(raw: string): void {
    const before = this.pieces.texts.length;
    appendPiece(this.pieces, raw);
    if (this.pieces.texts.length > before) this.chars += this.pieces.texts[before].length + 1;
    this.joined = null;
  }

  /** About how many characters the text has (its pieces and the spaces between them). */
  get length(): number {
    return this.chars;
  }

  get isEmpty(): boolean {
    return this.pieces.texts.length === 0;
  }

  /** The text's last piece: where it ends, which is all endsSentence and endsMidPhrase read. */
  get last(): string {
    return this.pieces.texts.at(-1) ?? '';
  }

  toString(): string {
    this.joined ??= joinPieces(this.pieces);
    return this.joined;
  }
}

/** Words that cannot end a phrase: a piece ending in one is continued by the next piece. */
const CONNECTIVE_END = /(?:\b(?:and|or|of|for|the|to|in|on|with|by|a|an|at|from)|[-–&,\/(])$/i;

/** True when the text visibly stops mid-phrase ("… Budget Savings and", "MENTAL HEALTH SERVICES -"). */
export function endsMidPhrase(text: string): boolean {
  return CONNECTIVE_END.test(text.trim());
}

/** Sentence-final punctuation: a cell ending in it may be complete. */
export function endsSentence(text: string): boolean {
  return /[.;:!?)'"’”]$/.test(text.trim());
}
