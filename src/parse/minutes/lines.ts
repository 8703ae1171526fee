/**
 * The minutes parser's view of its lines: each Line's text as a field once, with a bold flag
 * that holds whether the source set it bold or as a heading (Line.bold / Line.heading; each
 * source fills these from its own markup, so no markup reaches here).
 */
import type { Line } from '../../layout/types.js';
import type { SourceRef } from '../../context.js';
import { fieldText, isRuleLine } from '../../text/join.js';
import { readPageStamp } from '../../text/page-stamp.js';

export interface MLine {
  src: Line;
  /** The line's text, whitespace tidied. */
  text: string;
  /** Set in bold or marked as a heading by the source. */
  bold: boolean;
}

/** Item stamps and bare page numbers that fell inside the text ("Item 4", "Agenda Item 5", "7"); never content. */
const ITEM_OR_NUMBER_STAMP = /^(?:(?:Agenda )?Item \d+[a-z]?|\d{1,3})$/i;

/** A stamp of the page's edge that fell inside the text ("Page 38 of 178", "Item 4"). */
function isStamp(text: string): boolean {
  return ITEM_OR_NUMBER_STAMP.test(text) || readPageStamp(text) !== null;
}

/**
 * Clean every line; lines that carry nothing (markdown rules, page stamps) are left out
 * and reported in `debris` so the caller can claim them as understood.
 */
export function prepareLines(lines: Line[]): { view: MLine[]; debris: Line[] } {
  const view: MLine[] = [];
  const debris: Line[] = [];
  for (const src of lines) {
    if (isRuleLine(src.text)) {
      debris.push(src);
      continue;
    }
    // "- ii) Officers to …": a list dash in front of a printed enumerator is debris.
    const text = fieldText(src.text).replace(/^-\s+(?=\(?(?:[ivx]+|[a-z]|\d{1,2})[.)]\s)/, '');
    if (!text || isStamp(text)) {
      debris.push(src);
      continue;
    }
    view.push({ src, text, bold: src.bold || src.heading !== undefined });
  }
  return { view, debris };
}

export function ref(l: MLine | undefined): SourceRef {
  return { page: l?.src.page ?? null, line: l?.src.line ?? null };
}

/** Text mostly in capitals ("NOTICE OF RECORDING/WEBCAST", "SAVINGS 2024/25 - PROGRESS REPORT"). */
export function isUpperHeading(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  if (letters.length < 4) return false;
  const upper = letters.replace(/[^A-Z]/g, '').length;
  return upper / letters.length > 0.85;
}

/** Short, no sentence punctuation at its end: the shape of a heading line. */
export function isHeadingShaped(text: string, maxWords = 20): boolean {
  const t = text.trim();
  if (!/^[A-Z0-9'‘"“(]/.test(t)) return false;
  if (/[.;,]$/.test(t)) return false;
  return t.split(/\s+/).length <= maxWords;
}
