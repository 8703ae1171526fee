/**
 * Text clean-up the front-sheet rules need on every line they read.
 *
 * Sources move markdown emphasis (`**`, `#`, `<u>`) out of Line.text into Line.bold /
 * Line.heading; what a source still leaves is removed here, so that no rule has to allow for it.
 */

/** Markdown and HTML debris that can still sit in a line's text. */
const MARKUP: Array<[RegExp, string]> = [
  [/\*{4}/g, ' '], // "**A****B**": two bold runs printed on separate lines, glued by the extractor
  [/\*\*|__/g, ''],
  [/<\/?(?:u|b|i|strong|em|span|sup|sub)\b[^>]*>/gi, ''],
  [/<br\s*\/?>/gi, ' '],
  [/^#{1,6}\s+/, ''],
  [/\[([^\]]+)\]\((?:https?:|mailto:)[^)]*\)/g, '$1'], // [label](url) → label
];

/** The line's text without markup, with single spaces. */
export function clean(text: string): string {
  let out = text;
  for (const [re, to] of MARKUP) out = out.replace(re, to);
  return out.replace(/\s+/g, ' ').trim();
}

export { isShouting, nameCase } from '../common/case.js';
