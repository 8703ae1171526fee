import type { Line } from '../layout/types.js';
import type { DocumentKind, Range } from '../schema/pack.js';

/** One constituent document of a pack: its kind and agenda item, and the lines that are its own. */
export interface Segment {
  kind: DocumentKind;
  title: string;
  /** The agenda item number this document belongs to, or null. */
  item: string | null;
  pages: Range;
  lines: Line[];
}
