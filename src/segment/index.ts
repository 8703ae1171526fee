/**
 * Segmentation (first version): the whole pack is one document, read as an agenda when its
 * opening pages look like a front sheet.
 */
import type { Context } from '../context.js';
import { allLines, type Layout } from '../layout/types.js';
import type { Segment } from './types.js';

export function segmentPack(layout: Layout, _ctx: Context): Segment[] {
  const lines = allLines(layout);
  const first = layout.pages[0]?.number ?? 1;
  const last = layout.pages[layout.pages.length - 1]?.number ?? first;
  return [{ kind: 'agenda', title: lines[0]?.text ?? '', item: null, pages: { from: first, to: last }, lines }];
}
