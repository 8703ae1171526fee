/**
 * The layout builder: raw pages from any source → the Layout every later phase reads.
 * Running headers and footers are removed here (kept as page facts), and only here are
 * lines given their provenance (page, line number).
 */
import type { RawDocument } from '../sources/raw.js';
import { findFurniture } from './furniture.js';
import type { Layout, Line, Page, PageSpan } from './types.js';

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
    if (rawPage.span) markBracketedLines(lines, rawPage.span);
    const printed = rawPage.printed ?? found.printed;
    if (printed) highestPrinted = Math.max(highestPrinted, printed.of ?? printed.page);
    const page: Page = { number: rawPage.number, width: rawPage.width, height: rawPage.height, lines, furniture: found.furniture };
    if (printed) page.printed = printed;
    if (found.itemStamp) page.itemStamp = found.itemStamp;
    if (rawPage.span) page.span = rawPage.span;
    if (rawPage.images !== undefined) page.images = rawPage.images;
    return page;
  });
  return {
    format: raw.format,
    pages,
    outline: raw.outline,
    pageCount: raw.pageCount ?? (highestPrinted || null),
    ...(raw.pageTops ? { pageTops: true } : {}),
    ...(raw.frontMatter ? { frontMatter: raw.frontMatter } : {}),
  };
}

/**
 * Lines of a page that may be on several printed pages keep the page the source gave them
 * (the stamp that closes them), so that what later phases read as one page stays one page;
 * but only the line just above that stamp is proven to be on it, and every other line says
 * its page is inferred. Segmentation places them on their printed pages (`repage`), and the
 * records read from them carry the placed page.
 */
function markBracketedLines(lines: Line[], span: PageSpan): void {
  lines.forEach((line, i) => {
    if (!(i === lines.length - 1 && span.lastKnown)) line.pageInferred = true;
  });
}
