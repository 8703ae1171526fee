/**
 * Small shared readings of front-sheet lines: paragraphs, section markers, the AGENDA
 * title, and the officer's sign-off that closes a ModernGov front sheet.
 */
import { hasGeometry, type Line } from '../../layout/types.js';
import { fieldText as clean } from '../../text/join.js';

export { isItemColumnHeading, isSummons } from '../../recognise/agenda-start.js';

/**
 * Lines of one paragraph sit one line-height apart; a new paragraph or item leaves a blank
 * line between. 1.5 × the font size separates the two in every front sheet seen (single
 * spacing is 1.1–1.25 × size, a blank line makes it 2 × size or more).
 */
export const PARAGRAPH_LEADING = 1.5;

/** True when `next` continues the paragraph `prev` ends (same page, tight spacing, or a text wrap). */
export function continuesParagraph(prev: Line, next: Line): boolean {
  if (prev.page !== next.page) return false;
  if (hasGeometry(prev) && hasGeometry(next)) {
    const gap = next.y - prev.y;
    return gap > 0 && gap <= PARAGRAPH_LEADING * Math.max(prev.size, next.size);
  }
  // Text sources hold a paragraph per line, unless the extractor kept the PDF's hard line breaks:
  // a line opening in lower case, or following a long line that stops mid-sentence, is a wrap.
  const before = clean(prev.text);
  if (/[.:;!?]$/.test(before)) return false;
  return /^[a-z]/.test(clean(next.text)) || before.length >= HARD_WRAP_MIN_LENGTH;
}

/** A line this long that stops without punctuation was broken by the page width, not by the author. */
const HARD_WRAP_MIN_LENGTH = 50;

/** Consecutive lines grouped into paragraphs. */
export function paragraphs(lines: Line[]): Line[][] {
  const out: Line[][] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && continuesParagraph(last[last.length - 1], line)) last.push(line);
    else out.push([line]);
  }
  return out;
}

export function paragraphText(lines: Line[], textOf: (l: Line) => string = (l) => l.text): string {
  return lines
    .map((l) => clean(textOf(l)))
    .join(' ')
    .replace(/(\w)- (\w)/g, (m, a: string, b: string) => (/[a-z]/.test(b) ? a + b : m))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "AGENDA", "A G E N D A", "Agenda for a", "Summons to and", "Notice of meeting", "MEETING
 * AGENDA", "NOTICE AND AGENDA OF DISTRICT COUNCIL MEETING": the sheet's own title.
 */
const AGENDA_TITLE =
  /^(?:(?:public |supplementary |revised |meeting )?a ?g ?e ?n ?d ?a|agenda for\b.*|summons to\b.*|notice of (?:the )?meeting\b.*|notice and agenda\b.*)$/i;

export function isAgendaTitle(text: string): boolean {
  return AGENDA_TITLE.test(text.trim());
}

/**
 * Headings that divide an agenda into parts without being items: ModernGov's
 * "UNRESTRICTED ITEMS" / "EXEMPT ITEMS", "PART I", "A - Committee Business".
 */
const SECTION_MARKER =
  /^(?:(?:UN)?RESTRICTED ITEMS|EXEMPT ITEMS|CONFIDENTIAL ITEMS|PUBLIC ITEMS|PRIVATE ITEMS|ITEMS FOR (?:DECISION|INFORMATION)|PART (?:I{1,2}|[12]|ONE|TWO|A|B)\b.*|[A-H] [-–] [A-Z][A-Za-z ,&]+)$/i;

export function isSectionMarker(text: string): boolean {
  return SECTION_MARKER.test(text.trim());
}

/** The note printed under a section marker: "(During these items the meeting is likely to be open to the public)". */
export function isBracketedNote(text: string): boolean {
  return /^\(/.test(text.trim());
}

/** Officers who sign a front sheet; their name is printed above, a telephone number or date below. */
const SIGNATORY_ROLE =
  /^(?:General Counsel|Chief Executive|Monitoring Officer|Proper Officer|(?:Parish |Town )?Clerk(?: to the (?:Council|Committee))?|Head of (?:Democratic|Legal|Governance)[\w ,&]*|Director of (?:Law|Legal|Governance)[\w ,&]*|Democratic Services Manager|Committee (?:Manager|Officer|Clerk)|Governance Manager)$/i;

/** A person's name on a line of its own: "Benjamin Watts", "Mr J Cook". */
export const PERSON_NAME = /^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+| [A-Z]\.?){1,3}$/;

/** Telephone numbers, e-mail addresses and issue dates that follow a signatory. */
const SIGN_OFF_DETAIL = /^(?:\(?0\d{2,4}\)?[\d ]{6,12}|[\w.+-]+@[\w.-]+|(?:Tel|Telephone|Email|E-mail|Date(?: of (?:issue|publication))?|Published)\b.*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? .*\d{4})$/i;

/** How many lines from `i` make an officer's sign-off ("Benjamin Watts / General Counsel / 03000 416814"), or 0. */
export function signOffLength(lines: Line[], i: number): number {
  const name = clean(lines[i]?.text ?? '');
  const role = clean(lines[i + 1]?.text ?? '');
  if (!PERSON_NAME.test(name) || !SIGNATORY_ROLE.test(role)) return 0;
  let n = 2;
  while (n < 6 && i + n < lines.length && SIGN_OFF_DETAIL.test(clean(lines[i + n].text))) n++;
  return n;
}
