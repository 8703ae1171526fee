/**
 * The layout builder: raw pages from any source → the Layout every later phase reads.
 * Running headers and footers are removed here (kept as page facts), and only here are
 * lines given their provenance (page, line number).
 */
import type { RawDocument } from '../sources/raw.js';
import { findFurniture } from './furniture.js';
import type { Layout, Line, Page } from './types.js';

export function buildLayout(raw: RawDocument): Layout {
  const furniture = findFurniture(raw.pages);
  let lineNo = 0;
  let highestPrinted = 0;
  const pages: Page[] = raw.pages.map((rawPage, i) => {
    const found = furniture[i];
    const lines: Line[] = [];
    rawPage.lines.forEach((l, j) => {
      if (found.removed.has(j)) return;
      lines.push({ ...l, page: rawPage.number, line: ++lineNo });
    });
    const printed = rawPage.printed ?? found.printed;
    if (printed) highestPrinted = Math.max(highestPrinted, printed.of ?? printed.page);
    const page: Page = { number: rawPage.number, width: rawPage.width, height: rawPage.height, lines, furniture: found.furniture };
    if (printed) page.printed = printed;
    if (found.itemStamp) page.itemStamp = found.itemStamp;
    return page;
  });
  return {
    format: raw.format,
    pages,
    outline: raw.outline,
    pageCount: raw.pageCount ?? (highestPrinted || null),
    ...(raw.frontMatter ? { frontMatter: raw.frontMatter } : {}),
  };
}
