/**
 * Segments as the output's `documents`: kind, title, item and pages, and for reports what
 * their cover prints (whose report, author, date, recommendations).
 */
import type { Context } from './context.js';
import { parseReportCover } from './parse/report/index.js';
import type { Document } from './schema/pack.js';
import type { Segment } from './segment/types.js';

export function documentsOf(segments: Segment[], ctx: Context): Document[] {
  return segments.map((seg) => {
    const first = seg.lines[0];
    const doc: Document = {
      kind: seg.kind,
      title: seg.title,
      item: seg.item,
      pages: { ...seg.pages },
      source: { page: first?.page ?? seg.pages.from, line: first?.line ?? null },
    };
    if (seg.kind === 'report') {
      const cover = parseReportCover(seg.lines, ctx).value;
      doc.reportOf = cover.reportOf;
      doc.author = cover.author;
      doc.date = cover.date;
      doc.recommendations = cover.recommendations;
    }
    return doc;
  });
}
