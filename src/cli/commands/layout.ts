import { readInChild } from '../../limits/isolate.js';
import { limitsOf, type LimitFlags } from '../options.js';
import { printWarnings } from '../warnings.js';

/**
 * Print the normalised layout: what parsers see (garbled pages emptied), and what `source.line`
 * numbers refer to. Problems the read survived go to stderr as warnings, as `extract` prints them.
 */
export async function layoutCommand(file: string, opts: LimitFlags & { geometry?: boolean }): Promise<void> {
  const { layout, warnings } = await readInChild('layout', file, limitsOf(opts));
  const out: string[] = [];
  if (layout.frontMatter) out.push(`--- front matter (metadata, not read as text): ${layout.frontMatter.map((l) => JSON.stringify(l.trim())).join(' ')}`);
  for (const page of layout.pages) {
    const facts = [page.printed ? `printed ${page.printed.page}${page.printed.of ? ' of ' + page.printed.of : ''}` : '', page.itemStamp ? `item ${page.itemStamp}` : '', page.span ? `lines on pages ${page.span.from}-${page.span.to}` : '']
      .filter(Boolean)
      .join(', ');
    out.push(`--- page ${page.number}${facts ? ` (${facts})` : ''}${page.furniture.length ? ` furniture: ${page.furniture.map((f) => JSON.stringify(f.text)).join(' ')}` : ''}`);
    for (const l of page.lines) {
      if (!opts.geometry) {
        out.push(`${l.line}\t${l.text}`);
        continue;
      }
      const style = `${l.size ?? '-'}${l.bold ? 'B' : ''}${l.heading ? 'H' + l.heading : ''}${l.tableRow ? 'T' : ''}`;
      const text = l.cells.length > 1 ? l.cells.map((c) => `[${Math.round(c.x)}]${c.text}`).join(' | ') : l.text;
      out.push(`${l.line}\t${Math.round(l.x)},${Math.round(l.y)}\t${style}\t${text}`);
    }
  }
  if (layout.outline.length > 0) {
    out.push('--- outline');
    const walk = (nodes: typeof layout.outline, depth: number) => {
      for (const n of nodes) {
        out.push(`${'  '.repeat(depth)}${n.title} (page ${n.page ?? '?'})`);
        walk(n.children, depth + 1);
      }
    };
    walk(layout.outline, 0);
  }
  process.stdout.write(out.join('\n') + '\n');
  printWarnings(file, warnings);
}
