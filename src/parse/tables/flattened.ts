/**
 * Tables whose columns were flattened by the extraction (raw pdftotext without -layout): the
 * header's labels run together on one line with single spaces and the cells of each row are
 * interleaved over several lines. The header still says a table is there; what its columns
 * held cannot be recovered with confidence, so we say so instead of guessing.
 */
import type { Context } from '../../context.js';
import type { Line } from '../../layout/types.js';
import { hasKeywords } from './header.js';
import type { HeaderSpec } from './types.js';

/** A flattened header is one cell made only of labels, at least this many (a line of prose is never all labels). */
const MIN_FLATTENED_COLUMNS = 2;

export function warnFlattened(lines: Line[], index: number, spec: HeaderSpec, ctx: Context): void {
  const line = lines[index];
  if (line.cells.length !== 1 || line.tableRow || !hasKeywords(spec, line.text)) return;
  // Re-read the single cell as if every word were its own cell: do the words spell a header?
  const words = line.text.split(' ');
  const probe: Line = {
    ...line,
    cells: words.map((text, i) => ({ text, x: i, x2: i, bold: line.bold })),
    size: null,
  };
  const asHeader = matchHeaderFromWords(probe, spec);
  if (asHeader < MIN_FLATTENED_COLUMNS) return;
  ctx.warn(
    'table-columns-flattened',
    `A table header ("${line.text}") was found, but the extraction ran its columns together; its rows were not read. Re-extract the text with its layout (pdftotext -layout) or use the PDF.`,
    { page: line.page, line: line.line },
  );
}

/** How many spec columns a run of single words makes when adjacent words are joined into labels. */
function matchHeaderFromWords(line: Line, spec: HeaderSpec): number {
  const text = line.cells.map((c) => c.text);
  let count = 0;
  let i = 0;
  const keys = new Set<string>();
  while (i < text.length) {
    let matched = 0;
    for (let len = Math.min(6, text.length - i); len >= 1; len--) {
      const label = text.slice(i, i + len).join(' ');
      const s = spec.columns.find((c) => {
        const m = c.label.exec(label);
        return m !== null && m.index === 0 && m[0].length === label.length;
      });
      if (s) {
        keys.add(s.key);
        matched = len;
        break;
      }
    }
    if (matched === 0) return 0;
    count++;
    i += matched;
  }
  return spec.accepts(keys) ? count : 0;
}
