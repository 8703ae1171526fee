/**
 * A report's recommendations: the section under "Recommendation(s):" / "3 RECOMMENDATIONS",
 * one string per enumerated recommendation ("(1) Note …", "3.1 Notes …", "• AGREE …",
 * "APPROVE …"), the lead-in ("County Council is asked to:") left out. Unenumerated, the
 * whole section is one recommendation.
 */
import type { Line } from '../../layout/types.js';
import { continuesCapitalTitle, coverLabel } from '../../recognise/report-cover.js';

/** A recommendations section is short; past this many lines the section end was missed. */
const SECTION_MAX_LINES = 40;
/** Lines of a report searched for its recommendations (appendices repeat the word). */
export const RECOMMENDATIONS_SEARCH_LINES = 250;

/** "(1)", "1.", "3.1", "a)", "(ii)", "•", "-": a new recommendation starts. */
const ENUMERATOR = /^(?:[-•●▪◦*]\s*)?(?:\(?\d{1,2}(?:\.\d{1,2})?[.)]?|\(?[a-z][.)]|\(?[ivx]{1,4}\)|[-•●▪◦*])\s+(?=\S)/;
/** "APPROVE the proposal …", "DELEGATE authority …": ModernGov decisions lead with a capitalised verb. */
const CAPITAL_VERB = /^[A-Z]{4,}\b\s+(?=[a-z(])/;
/** Section headings that end the recommendations: "1. Introduction", "4 KEY INFORMATION", "Background". */
const NUMBERED_HEADING = /^\d{1,2}\.?\s+(\S.*)$/;
const LOWER_WORDS_ALLOWED = new Set(['and', 'of', 'the', 'to', 'for', 'in', 'on', 'a', 'an', '&']);

function isHeadingText(text: string): boolean {
  if (text.length > 60 || /[.:;,]$/.test(text)) return false;
  if (text === text.toUpperCase() && /[A-Z]/.test(text)) return true;
  const words = text.split(/\s+/);
  return words.length <= 5 && words.every((w) => /^[A-Z(0-9]/.test(w) || LOWER_WORDS_ALLOWED.has(w.toLowerCase()));
}

function endsSection(line: Line): boolean {
  const t = line.text;
  if (line.heading !== undefined) return true;
  const label = coverLabel(t);
  if (label && label.label !== 'recommendations') return true;
  const numbered = NUMBERED_HEADING.exec(t);
  if (numbered && !/^\d+\.\d/.test(t) && isHeadingText(numbered[1])) return true;
  return !ENUMERATOR.test(t) && isHeadingText(t) && !CAPITAL_VERB.test(t) && t.split(/\s+/).length <= 4;
}

function stripEnumerator(text: string): string {
  return text.replace(ENUMERATOR, '').trim();
}

export interface FoundRecommendations {
  recommendations: string[];
  lines: Line[];
}

/** The recommendations of a report, or null when it prints no recommendations section. */
export function findRecommendations(lines: Line[]): FoundRecommendations | null {
  const end = Math.min(lines.length, RECOMMENDATIONS_SEARCH_LINES);
  const start = lines
    .slice(0, end)
    .findIndex((l, i) => coverLabel(l.text)?.label === 'recommendations' && !continuesCapitalTitle(lines[i - 1]?.text, l.text));
  if (start < 0) return null;
  const used: Line[] = [lines[start]];
  const items: string[][] = [];
  const loose: string[] = [];
  const inline = coverLabel(lines[start].text)?.value ?? '';
  if (inline) loose.push(inline);
  for (let i = start + 1; i < lines.length && i <= start + SECTION_MAX_LINES; i++) {
    const line = lines[i];
    if (endsSection(line)) break;
    used.push(line);
    const t = line.text;
    if (ENUMERATOR.test(t) || CAPITAL_VERB.test(t)) items.push([stripEnumerator(t)]);
    else if (items.length > 0) items[items.length - 1].push(t);
    else loose.push(t);
  }
  const join = (parts: string[]) => parts.join(' ').replace(/\s+/g, ' ').trim();
  // With enumerated recommendations, the loose lines before them are the lead-in ("… is asked to:").
  const recommendations = items.length > 0 ? items.map(join) : loose.length > 0 ? [join(loose)] : [];
  return { recommendations: recommendations.filter((r) => r !== ''), lines: used };
}
