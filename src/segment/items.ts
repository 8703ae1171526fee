/**
 * Which agenda item a document belongs to, when no stamp or bookmark says so: documents are
 * bound in agenda order, so the item only ever moves forward, and it moves to a later item
 * only when the document's title (a report's "Subject:", a minutes heading) or its printed
 * page number matches that item better than the current one.
 */
import type { AgendaItem, DocumentKind } from '../schema/pack.js';
import { coverage, titleWords } from './words.js';

/** Share of an agenda title's words a document must show before it is filed under that item. */
const ADVANCE_SCORE = 0.5;
/** A document whose kind the agenda title names ("Minutes …", "Action Tracker", "Work Programme"). */
const KIND_BONUS = 0.3;
/** The document starts on (or a page either side of) the first page the front sheet prints for the item. */
const PAGE_START_BONUS = 0.6;
/** The document starts inside the item's printed page range. */
const PAGE_RANGE_BONUS = 0.3;
/** Printed ranges and the pack's numbering may differ by a page (cover sheets, blank pages). */
const PAGE_SLACK = 1;

const KIND_WORDS: Partial<Record<DocumentKind, RegExp>> = {
  minutes: /\b(minutes|notes)\b/i,
  'action-tracker': /\b(action|actions)\b/i,
  'work-programme': /\bwork ?programme|work plan\b/i,
};

/** Items that hold only one kind of document: a "Minutes" item holds no tracker, an "Action Tracker" item no minutes. */
const EXCLUSIVE_ITEMS: Array<[DocumentKind, RegExp]> = [
  ['minutes', /^(minutes|action notes)\b/i],
  ['action-tracker', /^action (tracker|log)\b/i],
];
/** What a document of another kind loses against such an item. */
const KIND_MISMATCH = 0.5;

export interface ItemEvidence {
  kind: DocumentKind;
  /** The document's title and its first lines: the words it is matched on. */
  text: string;
  /** The pack page number printed on the document's first page, if any. */
  printedPage: number | null;
}

/** Files documents under agenda items, one document at a time, in pack order. */
export class ItemMatcher {
  private current = -1;
  private readonly words: Array<Set<string>>;

  constructor(private readonly agenda: AgendaItem[]) {
    this.words = agenda.map((a) => titleWords(a.title));
  }

  /** The document is known (stamp, bookmark) to belong to this item: later documents follow from here. */
  moveTo(number: string): void {
    const i = this.agenda.findIndex((a, j) => j >= Math.max(this.current, 0) && a.number === number);
    const anywhere = i >= 0 ? i : this.agenda.findIndex((a) => a.number === number);
    if (anywhere >= 0) this.current = anywhere;
  }

  private score(j: number, doc: ItemEvidence, found: Set<string>): number {
    const item = this.agenda[j];
    let s = coverage(this.words[j], found);
    const kindWords = KIND_WORDS[doc.kind];
    if (kindWords && kindWords.test(item.title)) s += KIND_BONUS;
    else if (EXCLUSIVE_ITEMS.some(([kind, re]) => kind !== doc.kind && re.test(item.title))) s -= KIND_MISMATCH;
    if (doc.printedPage !== null && item.pages) {
      if (Math.abs(doc.printedPage - item.pages.from) <= PAGE_SLACK) s += PAGE_START_BONUS;
      else if (doc.printedPage >= item.pages.from && doc.printedPage <= item.pages.to) s += PAGE_RANGE_BONUS;
    }
    return s;
  }

  /** A later item this document clearly belongs to, if any (without moving). */
  laterMatch(doc: ItemEvidence): number | null {
    const found = titleWords(doc.text);
    const here = this.current >= 0 ? this.score(this.current, doc, found) : 0;
    let best: number | null = null;
    let bestScore = Math.max(ADVANCE_SCORE, here);
    for (let j = this.current + 1; j < this.agenda.length; j++) {
      const s = this.score(j, doc, found);
      if (s > bestScore) {
        best = j;
        bestScore = s;
      }
    }
    return best;
  }

  /** The item the document belongs to: a later item it matches, else the current one. */
  place(doc: ItemEvidence, mayAdvance: boolean): AgendaItem | null {
    if (mayAdvance) {
      const later = this.laterMatch(doc);
      if (later !== null) this.current = later;
    }
    return this.current >= 0 ? this.agenda[this.current] : null;
  }

  get currentItem(): AgendaItem | null {
    return this.current >= 0 ? this.agenda[this.current] : null;
  }
}
