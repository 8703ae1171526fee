/**
 * Appendices a report lists. A report ends with its list of appendices ("6 APPENDICES /
 * Appendix 2: Tackling Exploitation of Children and Young People 2023-26"); the appendices
 * follow it in the pack, often without an "Appendix 2" heading of their own but with their
 * title at their head ("Strategy and Delivery Plan: Tackling Exploitation of Children &
 * Young People 2023-2026"). Each listed title is looked for, in order, after the list and
 * before the next item's documents; where found, an appendix starts there. A document
 * already found there (a report appended to a report) becomes that appendix.
 */
import { hasGeometry, type Line } from '../layout/types.js';
import type { Segment } from './types.js';
import { coverage, titleWords } from './words.js';

/** "9.1 Appendix A - Improving …", "- 6.1 Appendix One …", "Appendix 2: …" */
const LIST_ENTRY = /^(?:[-•]\s*)?(?:\d+(?:\.\d+)?\s+)?(?:Appendix|Annex)\s+([0-9]+[a-z]?|[A-Z]|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b\s*[-:–—]?\s*(\S.*)$/i;
/** "Appendix 1: " before a document's own title: the number may differ from the list's (it is the author's). */
const APPENDIX_PREFIX = /^(?:appendix|annex)\s+\S+?\s*[-:–—]?\s+/i;
/** Share of a listed title a heading must repeat, and share of the heading that must be the title's. */
const TITLE_MATCH = 0.75;
const HEADING_PURITY = 0.5;
/** A document's title that is this much made of a listed title is that appendix. */
const DOCUMENT_MATCH = 0.8;
/** Headings are short; longer lines are prose that mentions the title. */
const HEADING_MAX_CHARS = 150;
/** On real pages an appendix's title is at the top of its page. */
const PAGE_TOP_LINES = 3;

export interface ListedAppendix {
  id: string;
  title: string;
  words: Set<string>;
}

export interface AppendixStart {
  /** The line (by its number in the layout) the appendix starts on. */
  line: number;
  title: string;
}

/**
 * A raw extraction's next line that carries on a list entry broken at the page width ("9.1
 * Appendix A - Improving … services in" / "Birmingham: third report"): the very next line of
 * the text (no blank line between) that is not itself an entry. PDF and structured text lines
 * are never joined here.
 */
function wrapsEntry(prev: Line, next: Line | undefined): boolean {
  return !!next && !hasGeometry(prev) && !hasGeometry(next) && prev.page === next.page && next.y - prev.y === 1 && !LIST_ENTRY.test(next.text);
}

/** The appendices a report lists, in order (entries of two words or more). */
export function listedAppendices(lines: Line[]): { entries: ListedAppendix[]; after: number } {
  const entries: ListedAppendix[] = [];
  let after = -1;
  // The entry just read (with its wrapped lines) ends at this index: the next entry is in the same list.
  let listEnd = -2;
  for (let i = 0; i < lines.length; i++) {
    const m = LIST_ENTRY.exec(lines[i].text);
    if (!m) continue;
    let end = i;
    let title = m[2];
    while (wrapsEntry(lines[end], lines[end + 1])) title += ' ' + lines[++end].text;
    // A list is two entries in a row, or an entry under an "Appendices" heading.
    const prev = lines[i - 1]?.text ?? '';
    const next = lines[end + 1]?.text ?? '';
    const inList = listEnd === i - 1 || LIST_ENTRY.test(next) || /appendices\s*:?$/i.test(prev);
    listEnd = end;
    if (!inList) continue;
    const words = titleWords(title);
    if (words.size < 2) continue;
    if (!entries.some((e) => e.id === m[1].toUpperCase())) entries.push({ id: m[1].toUpperCase(), title: `Appendix ${m[1]} – ${title.trim()}`, words });
    after = end;
    i = end;
  }
  return { entries, after };
}

function isHeadingLine(line: Line, onPage: number | undefined, realPages: boolean): boolean {
  if (line.text.length > HEADING_MAX_CHARS || /[.;,]$/.test(line.text) || LIST_ENTRY.test(line.text)) return false;
  // A table row that repeats a title (a recommendations tracker quoting the strategy) is not its heading.
  if (line.tableRow || line.cells.length > 1) return false;
  return !realPages || (onPage !== undefined && onPage < PAGE_TOP_LINES);
}

/**
 * A text line with no blank line above or below it: inside a block of wrapped prose or of a
 * table whose cells ran together ("Tackling Exploitation of Children and Young People 2023-26
 * Justice, Community Safety"), where a title's words are quoted, not printed as a heading. Text
 * sources count blank lines in y, so a gap of more than one is a blank line.
 */
function insideTextBlock(lines: Line[], i: number): boolean {
  const adjacent = (a: Line | undefined, b: Line | undefined) => !!a && !!b && a.page === b.page && !hasGeometry(a) && b.y - a.y === 1;
  return adjacent(lines[i - 1], lines[i]) && adjacent(lines[i], lines[i + 1]);
}

/**
 * Where the appendices a report lists start, in the lines after its list and in the
 * documents that follow it under the same item. `onPage` gives each line's index on its page.
 */
export function findListedAppendices(report: Segment, following: Segment[], onPage: (line: Line) => number | undefined, realPages: boolean): AppendixStart[] {
  const { entries, after } = listedAppendices(report.lines);
  if (entries.length === 0) return [];
  const out: AppendixStart[] = [];
  const pending = [...entries];
  // Documents already found after the report: one whose title is a listed title is that appendix.
  for (const doc of following) {
    const docWords = titleWords(doc.title.replace(APPENDIX_PREFIX, ''));
    const hits = pending.filter((e) => docWords.size >= 2 && coverage(docWords, e.words) >= DOCUMENT_MATCH);
    // A title that fits two listed appendices ("Commissioned Family Hub Contracts") names neither.
    const hit = hits.length === 1 ? pending.indexOf(hits[0]) : -1;
    if (hit >= 0 && doc.lines[0]) {
      out.push({ line: doc.lines[0].line, title: pending[hit].title });
      pending.splice(hit, 1);
    }
  }
  // The rest: a heading line that is the listed title, in list order.
  const candidates = [...report.lines.slice(after + 1), ...following.flatMap((d) => d.lines)];
  // Appendices come in list order; one that cannot be found does not hold up the next.
  let next = 0;
  for (const [i, line] of candidates.entries()) {
    if (next >= pending.length) break;
    if (!isHeadingLine(line, onPage(line), realPages) || (!realPages && insideTextBlock(candidates, i))) continue;
    const lineWords = titleWords(line.text);
    for (let k = next; k < pending.length; k++) {
      const entry = pending[k];
      if (coverage(entry.words, lineWords) >= TITLE_MATCH && coverage(lineWords, entry.words) >= HEADING_PURITY) {
        out.push({ line: line.line, title: entry.title });
        next = k + 1;
        break;
      }
    }
  }
  return out;
}
