import type { Line } from '../layout/types.js';
import type { AgendaItem, DocumentKind, Range } from '../schema/pack.js';

/** Which evidence opened a document: kept so that tests and `--debug` readers can see why a split happened. */
export type StartSignal =
  | 'pack-start'
  | 'outline'
  | 'cue'
  | 'item-stamp'
  | 'page-numbering'
  | 'blank-separator'
  | 'agenda-title'
  | 'listed-appendix';

/** One constituent document of a pack: its kind and agenda item, and the lines that are its own. */
export interface Segment {
  kind: DocumentKind;
  title: string;
  /** The agenda item number this document belongs to, or null. */
  item: string | null;
  pages: Range;
  lines: Line[];
  /** The evidence that opened this document. */
  signal: StartSignal;
}

export interface SegmentOptions {
  /**
   * The agenda parsed from the front sheet (`parseFrontSheet` on `findFrontSheet`'s lines).
   * With it, documents are matched to agenda items by title and printed page range; without
   * it, only page stamps and bookmarks can name an item.
   */
  agenda?: AgendaItem[];
}
