/**
 * Titles for documents whose first page prints no recognised heading.
 */
import type { Line } from '../layout/types.js';
import type { DocumentKind } from '../schema/pack.js';

/** A title made from a document's first lines stops at this length. */
const FALLBACK_TITLE_CHARS = 120;
/** Lines above a title that are not it: stamps, classification banners, a date alone. */
const NOT_A_TITLE = /classified as|^(agenda\s+)?item\b|^(official|unrestricted|restricted|draft)$|^page \d/i;
const DATE_ONLY = /^(\w+day,?\s+)?\d{1,2}(st|nd|rd|th)?\s+\w+,?\s+\d{4}$/i;
/** Lines searched for a capitalised heading before settling for the first line. */
const TITLE_SEARCH_LINES = 5;

/** Share of a heading's letters that are capitals ("ACCESS TO GPs AND PRIMARY MEDICAL CARE" still counts). */
const CAPITALS_SHARE = 0.85;

function isCapitalHeading(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  const capitals = letters.replace(/[^A-Z]/g, '').length;
  return letters.length >= 4 && capitals / letters.length >= CAPITALS_SHARE && text.split(/\s+/).length >= 2;
}

/**
 * A title for a document whose first page prints no recognised heading: the first capitalised
 * heading near the top (with the capitalised lines that carry it on), else the first line.
 */
export function openingTitle(lines: Line[], at: number, end: number): string {
  const candidates: number[] = [];
  for (let i = at; i < end && candidates.length < TITLE_SEARCH_LINES; i++) {
    const t = lines[i].text;
    if (!NOT_A_TITLE.test(t) && !DATE_ONLY.test(t)) candidates.push(i);
  }
  if (candidates.length === 0) return '';
  const heading = candidates.find((i) => isCapitalHeading(lines[i].text)) ?? candidates[0];
  const parts = [lines[heading].text];
  for (let i = heading + 1; i < end && isCapitalHeading(lines[heading].text) && isCapitalHeading(lines[i].text); i++) {
    if (parts.join(' ').length >= FALLBACK_TITLE_CHARS) break;
    parts.push(lines[i].text);
  }
  return parts.join(' ').slice(0, FALLBACK_TITLE_CHARS).trim();
}

/** What to call a document that prints no title and belongs to no titled item. */
export const KIND_LABEL: Record<DocumentKind, string> = {
  agenda: 'Agenda',
  minutes: 'Minutes',
  'action-tracker': 'Action tracker',
  report: 'Report',
  'work-programme': 'Work programme',
  appendix: 'Appendix',
  other: 'Document',
};
