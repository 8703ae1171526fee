/**
 * Where a set of minutes starts: the words that open a minutes heading, the attendance labels
 * ("Present:", "Apologies:", "Yn bresennol") that follow it, and the test segmentation uses to
 * find a minutes document's first line. Shared by segmentation (src/segment/cues.ts) and the
 * minutes parser (src/parse/minutes), which must agree on them.
 */
import type { Line } from '../layout/types.js';
import { findDate } from '../text/dates.js';
import { fieldText } from '../text/join.js';

/**
 * Words that open a minutes heading, and the CMIS action-notes heading. The meeting may be
 * qualified ("Minutes of the Ordinary Meeting held on …", "Minutes of a Meeting of …",
 * "Minutes of the Annual Parish Council Meeting held …"), but never the previous or last one,
 * which is an agenda item's or a minute's title.
 */
export const MINUTES_CUE =
  /^(?:minutes\b(?!\s+of\s+the\s+(?:previous|last)\b)|.*\bminutes\s+of\s+(?:a|an|the)\s+(?!(?:previous|last)\b)(?:[\w&'’-]+\s+){0,4}meeting\s+(?:of|held)\b(?!.*\bto be\b))|^(?=.*\d).*\b(?:actions|action\s+notes)\s*$|^action\s+notes\b/i;

/** The attendance section a label opens. */
export type Section = 'present' | 'alsoPresent' | 'apologies' | 'absent';

const LABELS: Array<{ re: RegExp; section: Section }> = [
  { re: /^(?:also\s+present|also\s+attending|also,?\s+in\s+attendance|in\s+attendance|officers(?:\s+present|\s+in\s+attendance)?|others\s+present|attending)\b\s*:?\s*/i, section: 'alsoPresent' },
  // "Present:", "Members present:", "Councillors present:", "Commissioners Present:", "Attendees:", and a
  // Scottish community council's first minute "1. Committee Members Present were: …", and a count
  // before the list ("PRESENT (six Councillors): - Pam Bullas (PB), …").
  { re: /^(?:\d{1,2}\.\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:members|councillors|cllrs\.?|[A-Z][a-z]+)\s+)?present(?:\s+were)?\b(?:\s*\([^)]*\))?\s*[:.]?\s*(?:[-–—]\s+)?|^attendees\b\s*:?\s*/i, section: 'present' },
  { re: /^other\s+representatives?\b\s*:?\s*/i, section: 'present' },
  // Absent without apologies: not apologies, and not present either.
  { re: /^(?:(?:members|councillors|[A-Z][a-z]+)\s+)?absent\b\s*:\s*/i, section: 'absent' },
  { re: /^apologies(?:\s+for\s+absence)?(?:\s+(?:were\s+)?received\s+from)?\s*:\s*|^apologies\s*$/i, section: 'apologies' },
  // Welsh minutes: "PRESENNOL" / "Yn bresennol" (present), "Ymddiheuriadau" (apologies), "Hefyd yn bresennol" (also present).
  { re: /^hefyd\s+yn\s+bresennol\b\s*:?\s*/i, section: 'alsoPresent' },
  { re: /^(?:yn\s+)?(?:presennol|bresennol)\b\s*:?\s*/i, section: 'present' },
  { re: /^ymddiheuriadau\b\s*:?\s*/i, section: 'apologies' },
];

/** A bullet before a label ("o Commissioners Present:", "• Present:") is layout, not text. */
export const LEADING_BULLET = /^(?:[o•●▪\uf0b7\uf0a7-])\s+/;

export function labelOf(raw: string): { section: Section; rest: string } | null {
  const text = raw.replace(LEADING_BULLET, '');
  for (const { re, section } of LABELS) {
    const m = re.exec(text);
    if (m) return { section, rest: text.slice(m[0].length).trim() };
  }
  return null;
}

/**
 * Does a set of minutes (or action notes) start at line i? A cue the segmenter can use:
 * "Minutes of the meeting held on …" / "MINUTES of a meeting of …" / "… - Actions" at i or
 * after a few title lines from i (council, committee) on the same page, followed by an
 * attendance list. True only at the first line of that heading.
 */
export function looksLikeMinutesStart(lines: Line[], i: number): boolean {
  if (!headingStartsAt(lines, i)) return false;
  // The line above is a title line of the same heading: the heading starts there, not here.
  return !(i > 0 && isTitleLine(lines[i - 1], lines[i]) && headingStartsAt(lines, i - 1));
}

/** How many title lines (council, committee) may stand above the minutes cue. */
const TITLE_LINES = 3;
/** How far below the cue the attendance list must start. */
const ATTENDANCE_WITHIN = 15;
/** Without the word "minutes", the attendance list must follow the dated name at once. */
const ATTENDANCE_RIGHT_AFTER = 4;
/** A dated line naming a meeting body (not an agenda): the heading of parish minutes. */
const MEETING_AND_DATE = /^(?!.*\bagenda\b).*\b(?:council|committee|meeting|panel|group|board)\b/i;

/** A council or committee name above the cue: on the cue's page, short, lettered, no sentence punctuation. */
function isTitleLine(line: Line | undefined, cueLine: Line): boolean {
  if (!line || line.page !== cueLine.page) return false;
  const t = fieldText(line.text);
  return /[A-Za-z]{3}/.test(t) && !/[.;,]$/.test(t) && t.split(/\s+/).length <= 14;
}

function headingStartsAt(lines: Line[], i: number): boolean {
  const text = (k: number) => (lines[k] ? fieldText(lines[k].text) : '');
  let cue = -1;
  let within = ATTENDANCE_WITHIN;
  for (let k = i; k <= i + TITLE_LINES && k < lines.length; k++) {
    if (MINUTES_CUE.test(text(k))) {
      cue = k;
      break;
    }
    // Parish minutes may not say "minutes": "Milburn Parish Council - 12th November 2019" then "Present".
    if (MEETING_AND_DATE.test(text(k)) && findDate(text(k)) && isTitleLine(lines[k], lines[k])) {
      cue = k;
      within = ATTENDANCE_RIGHT_AFTER;
      break;
    }
  }
  if (cue < 0) return false;
  for (let k = i; k < cue; k++) if (!isTitleLine(lines[k], lines[cue])) return false;
  // "Minutes of the meeting held on 30 July 2024" as a minute's title is followed by "(Item 3)", not by attendance.
  if (/^\(\s*item\s+\d+/i.test(text(cue + 1))) return false;
  for (let k = cue; k <= cue + within && k < lines.length; k++) {
    const cells = lines[k].cells.map((c) => fieldText(c.text)).filter(Boolean);
    const label = labelOf(text(k)) ?? (cells.length > 1 ? labelOf(cells[0]) : null);
    if (label && label.section !== 'apologies') return true;
  }
  return false;
}
