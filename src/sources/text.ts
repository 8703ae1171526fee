/**
 * Text and markdown source (minimal first version): one raw line per non-blank input line,
 * pages split at "Page N of M" lines and form feeds.
 */
import { cleanText } from '../layout/text.js';
import type { RawDocument, RawLine, RawPage } from './raw.js';

const PAGE_OF = /^\s*Page\s+(\d{1,4})\s+of\s+(\d{1,4})\s*$/i;

export function readText(text: string, format: 'text' | 'markdown'): RawDocument {
  const pages: RawPage[] = [];
  let lines: RawLine[] = [];
  const flush = (printed?: { page: number; of: number | null }) => {
    const page: RawPage = { number: pages.length + 1, width: null, height: null, lines };
    if (printed) page.printed = printed;
    pages.push(page);
    lines = [];
  };
  for (const rawLine of text.split(/\r?\n/)) {
    const parts = rawLine.split('\f');
    parts.forEach((part, i) => {
      if (i > 0) flush();
      const m = PAGE_OF.exec(part);
      if (m) return flush({ page: Number(m[1]), of: Number(m[2]) });
      const t = cleanText(part);
      if (t === '') return;
      const cells = part.split('\t').map((c, col) => ({ text: cleanText(c), x: col, x2: col, bold: false })).filter((c) => c.text !== '');
      lines.push({ text: cells.map((c) => c.text).join(' '), cells, x: 0, x2: t.length, y: lines.length, size: null, bold: false });
    });
  }
  if (lines.length > 0 || pages.length === 0) flush();
  return { format, pages, outline: [], pageCount: null };
}
