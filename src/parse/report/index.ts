/**
 * A report's cover: whose report it is, its author, its date and its recommendations, read
 * from the labelled fields of the house styles (labels.ts) and the recommendations section
 * (recommendations.ts). Pure: lines in, values and the lines it understood out.
 */
import type { Context } from '../../context.js';
import type { Line } from '../../layout/types.js';
import { findDate, parseDate } from '../common/dates.js';
import { claim, type Parsed } from '../types.js';
import { continuesCapitalTitle, coverLabel, isLabelled, type CoverLabel } from '../../recognise/report-cover.js';
import { findRecommendations } from './recommendations.js';

export interface ReportCover {
  /** The subject / title as printed on the cover, or null. */
  title: string | null;
  /** Who the report is to ("County Council – 13 March 2025", "Education, Children … Committee"). */
  to: string | null;
  /** Whose report it is ("By:", "From:", "Report of:"). */
  reportOf: string | null;
  author: string | null;
  date: string | null;
  recommendations: string[];
}

/** Lines of a document read as its cover; author lines ("Contact Officer:") may also close the report. */
const COVER_LINES = 40;
/** A labelled value runs on over at most this many unlabelled lines. */
const VALUE_MAX_LINES = 4;
/** A second label printed inside a value's cell ("Report Author: Ben Sherreard Director: Ingrid Crisan"). */
const INNER_LABEL = /\s+(?:Director|Date|Telephone|Tel|Email|E-mail|Phone)\s*:.*$/i;
/** Lines that end a person's value: contact details and questions on CMIS covers. */
const CONTACT_OR_QUESTION = /@|\b(tel|telephone|phone|email|e-mail)\b|\?|^\d[\d ]{7,}$/i;

/** A numbered section ("1 Purpose") or a list item ("- 1.1 …") is never part of a labelled value. */
const SECTION_OR_LIST = /^(\d+(\.\d+)*\.?\s|[-•▪●]\s)/;

interface Field {
  value: string;
  lines: Line[];
}

/** A labelled value and the unlabelled lines that carry it on (indented under it, where the source has geometry). */
function readField(lines: Line[], i: number, value: string, stopAtContact: boolean): Field {
  const parts = value ? [value] : [];
  const used = [lines[i]];
  const valueX = lines[i].cells.length > 1 ? lines[i].cells[1].x : null;
  for (let j = i + 1; j < lines.length && j <= i + VALUE_MAX_LINES; j++) {
    const line = lines[j];
    const runsOn = continuesCapitalTitle(lines[j - 1].text, line.text);
    if (!runsOn && (isLabelled(line.text) || /:$/.test(line.text) || line.heading !== undefined)) break;
    if (stopAtContact && CONTACT_OR_QUESTION.test(line.text)) break;
    if (SECTION_OR_LIST.test(line.text)) break;
    // With geometry, a continuation sits under the value, to the right of the labels.
    if (valueX !== null && lines[i].size !== null && line.x < valueX - 4) break;
    if (valueX === null && lines[i].size !== null && parts.length > 0) break;
    parts.push(line.text);
    used.push(line);
  }
  return { value: parts.join(' ').replace(/\s+/g, ' ').trim(), lines: used };
}

function firstField(lines: Line[], label: CoverLabel, limit: number, stopAtContact = false): Field | null {
  for (let i = 0; i < lines.length && i < limit; i++) {
    const found = coverLabel(lines[i].text);
    if (found?.label === label) return readField(lines, i, found.value, stopAtContact);
  }
  return null;
}

/** "Date: 13 March 2025", in its own line or in a cell of another ("To: County Council | Date: 13 March 2025"). */
function coverDate(lines: Line[], to: Field | null): { date: string; line: Line } | null {
  for (const line of lines.slice(0, COVER_LINES)) {
    const m = /\bDate(?: of (?:meeting|report))?\s*:\s*(.+)$/i.exec(line.text);
    const iso = m ? parseDate(m[1]) : null;
    if (iso) return { date: iso, line };
  }
  if (to) {
    const iso = parseDate(to.value);
    if (iso) return { date: iso, line: to.lines[0] };
    // CMIS prints the meeting date alone under "Report to …".
    const start = lines.indexOf(to.lines[0]);
    for (const line of lines.slice(start + 1, start + 3)) {
      const d = findDate(line.text);
      if (d && d.index === 0 && line.text.length - d.end < 3) return { date: d.iso, line };
    }
  }
  return null;
}

/** The author's name and role, without a second label printed in the same cell ("… Director: …"). */
function authorName(value: string): string | null {
  return ` ${value}`.replace(INNER_LABEL, '').trim() || null;
}

/** "Contact Details" / "16. Contact details" over the officer's name and role. */
const CONTACT_HEADING = /^(?:\d+\.?\s+)?contact (?:details|officers?)\s*:?$/i;

const BARE_AUTHOR_LABEL = /^(report author|author|contact officer|lead officer)$/i;

/** The person named straight under a "Contact details" heading, when the line is not labelled (two-column tables are not read). */
function contactPerson(lines: Line[]): Field | null {
  const i = lines.findIndex((l) => CONTACT_HEADING.test(l.text));
  if (i < 0) return null;
  // "Report Author" printed as a heading of its own, over the name.
  const j = BARE_AUTHOR_LABEL.test(lines[i + 1]?.text ?? '') ? i + 2 : i + 1;
  const next = lines[j];
  if (!next || isLabelled(next.text) || CONTACT_OR_QUESTION.test(next.text) || next.text.length > 120) return null;
  return { value: next.text, lines: lines.slice(i, j + 1) };
}

export function parseReportCover(lines: Line[], ctx: Context): Parsed<ReportCover> {
  const claimed = new Set<number>();
  const subject = firstField(lines, 'subject', COVER_LINES);
  const to = firstField(lines, 'to', COVER_LINES);
  const reportOf = firstField(lines, 'reportOf', COVER_LINES, true);
  // Authors are named on the cover (CMIS), by label at the end, or under "Contact details" (ModernGov).
  const labelled = firstField(lines, 'author', COVER_LINES, true) ?? firstField(lines, 'author', lines.length, true);
  const author = labelled && authorName(labelled.value) ? labelled : contactPerson(lines);
  const date = coverDate(lines, to);
  const recs = findRecommendations(lines);
  for (const f of [subject, to, reportOf, author]) if (f) claim(claimed, f.lines);
  if (date) claim(claimed, [date.line]);
  if (recs) claim(claimed, recs.lines);

  const cover: ReportCover = {
    title: subject?.value || null,
    to: to?.value || null,
    reportOf: reportOf?.value || null,
    author: author ? authorName(author.value) : null,
    date: date?.date ?? null,
    recommendations: recs?.recommendations ?? [],
  };
  if (recs && cover.recommendations.length === 0) {
    ctx.warn('recommendations-unread', 'The report has a recommendations heading but no recommendation text could be read under it.', {
      page: recs.lines[0].page,
      line: recs.lines[0].line,
    });
  }
  return { value: cover, claimed };
}
