/**
 * Attendance: who was present (members, one name each), who else attended (officers and
 * others, one entry each as printed) and who sent apologies.
 *
 * Lists come one person a line (CMIS: "Councillor Kerry Jenkins (Chair)" / "Councillors
 * Debbie Clancy, Adam Higgs, …"), as running text wrapped at any point (ModernGov:
 * "PRESENT: Mr B J Sweetland (Chairman), … Sir Paul Carter, CBE, …"), or in columns
 * (parish notes: cells).
 */
import { fieldText, joinLines } from '../../text/join.js';
import { splitNames, splitPeople, splitRunTogetherEntries } from '../common/names.js';
import type { MLine } from './lines.js';
import { LEADING_BULLET, labelOf, type Section } from '../../recognise/minutes-start.js';

function looksLikeNameList(text: string): boolean {
  return splitNames(text).length > 0 && !/\b(?:called|order|welcomed|approved|meeting)\b/i.test(text);
}

/** Someone present who is there in an officer's role rather than as a member ("Clerk J Connelly"). */
const OFFICER_FIRST = /^(?:Clerk|Officer|Minute\s+taker|Secretary)\b/i;
/** "UNRESTRICTED ITEMS": a label between the attendance list and the first minute. */
const SECTION_LABEL = /^(?:(?:un)?restricted|exempt|confidential|public|part\s+[12ab])\s+(?:items|business|session)$/i;
/** "Name (INIT) (Chair) - Organisation": one name, no list separator before the dash, then the organisation. */
const ONE_PERSON_AND_ORGANISATION = /^([^,;]+?)\s+[-–—]\s+[^,;]+$/;
/** Members of the public are counted, not named. */
const PUBLIC = /\b(?:\w+\s+)?members?\s+of\s+the\s+public\b/i;

export interface Attendance {
  present: string[];
  alsoPresent: string[];
  apologies: string[];
  /** Indices (in the view) of the lines read. */
  used: number[];
}

/** The pieces a line holds: its cells where the source found columns, else its text. */
function segmentsOf(l: MLine, text: string): string[] {
  const cells = l.src.cells.map((c) => fieldText(c.text)).filter(Boolean);
  if (cells.length > 1 && text === l.text) return cells;
  return [text];
}

/**
 * Join one section's pieces: a piece that ends mid-list (a comma, "and", a bare title) or a
 * next piece that starts in lower case or with an honour continues the same run of text;
 * otherwise the pieces are separate entries.
 */
function runsOf(segments: string[], namesOnly: boolean): string[][] {
  const runs: string[][] = [];
  for (const s of segments) {
    const last = runs[runs.length - 1];
    const prev = last?.[last.length - 1];
    // A list of names wrapped as prose ("… Dorian Jenkins, Doris" / "Jones, William Loynton, …").
    const wrappedList = namesOnly && prev !== undefined && (prev.match(/,/g) ?? []).length >= 2 && !/[).]$/.test(prev);
    // A piece opening with a dash is the entry's role or organisation in a column of its own ("- Cardiff and Vale UHB").
    const continues = prev !== undefined && (wrappedList || /(?:,|\band|&|\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Cllr|Councillor))$/.test(prev) || /^(?:[a-z(]|(?:CBE|OBE|MBE|JP|DL)\b|[-–—](?:\s|$))/.test(s) || /[-‐]$/.test(prev));
    if (continues) last.push(s);
    else runs.push([s]);
  }
  return runs;
}

export function parseAttendance(view: MLine[], from: number, to: number): Attendance {
  const out: Attendance = { present: [], alsoPresent: [], apologies: [], used: [] };
  // Each label starts a group. "PRESENT: Mr B J Sweetland (Chairman), …" — a list that starts on its
  // label's line runs on as one text; a label alone on its line is followed by one entry a line.
  const groups: Array<{ section: Section; running: boolean; pieces: string[] }> = [];
  let section: Section | null = null;
  for (let i = from; i < to; i++) {
    const l = view[i];
    // A label may be its own cell: "[43]Present: | [151]Mick Ratford, Treasurer | …".
    const cells = l.src.cells.map((c) => fieldText(c.text)).filter(Boolean);
    const labelText = cells.length > 1 && labelOf(cells[0]) && labelOf(cells[0])!.rest === '' ? cells[0] : l.text;
    const label = labelOf(labelText);
    if (label) {
      section = label.section;
      out.used.push(i);
      const group = { section, running: false, pieces: [] as string[] };
      groups.push(group);
      if (labelText !== l.text) group.pieces.push(...cells.slice(1));
      else if (label.rest) {
        group.pieces.push(label.rest);
        group.running = true;
      }
      continue;
    }
    if (!section) continue;
    // A bulleted line that is no label opens the business of the meeting.
    if (LEADING_BULLET.test(l.text) && !looksLikeNameList(l.text.replace(LEADING_BULLET, ''))) {
      section = null;
      continue;
    }
    out.used.push(i);
    if (SECTION_LABEL.test(l.text)) {
      section = null;
      continue;
    }
    groups[groups.length - 1].pieces.push(...segmentsOf(l, l.text));
  }

  const runs = (section: Section) => groups.filter((g) => g.section === section).flatMap((g) => (g.running ? [g.pieces] : runsOf(g.pieces, section !== 'alsoPresent')));
  for (const run of runs('present')) {
    const text = joinLines(run);
    // One person a line with their organisation after a dash ("Mark Wardle (MW) (Chair) - Cardiff
    // and Vale UHB"): the "and" is the organisation's, not a second name.
    const withOrganisation = ONE_PERSON_AND_ORGANISATION.exec(text);
    if (withOrganisation && run.some((piece) => /^[-–—]/.test(piece))) {
      out.present.push(...splitNames(withOrganisation[1]));
      continue;
    }
    for (const piece of splitOfficers(text)) {
      if (OFFICER_FIRST.test(piece) || PUBLIC.test(piece)) out.alsoPresent.push(piece);
      else out.present.push(...splitNames(piece));
    }
  }
  for (const run of runs('alsoPresent')) {
    const text = joinLines(run);
    for (const entry of splitRunTogetherEntries(text.replace(/[.,]$/, ''))) {
      // One person a line keeps the line whole; running text ("Mr J Cook (…), Mr B Watts (…) and …") is split.
      if (run.length === 1 && !/\)\s*(?:,|and\b)/.test(entry)) out.alsoPresent.push(entry);
      else out.alsoPresent.push(...splitPeople(entry));
    }
  }
  for (const run of runs('apologies')) out.apologies.push(...splitNames(joinLines(run)));
  return out;
}

/** "P Moran Clerk J Connelly Two members of the Public": split where an officer or the public is named. */
function splitOfficers(text: string): string[] {
  return text
    .split(/\s+(?=(?:Clerk|Officer)\s+[A-Z])|\s+(?=(?:One|Two|Three|Four|Five|\d+)\s+members?\s+of\s+the\s+public)/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Names of those who sent apologies, from the apologies minute's text ("Apologies were received
 * from …"; Welsh "Derbyniwyd ymddiheuriadau gan …" / "oddi wrth …", apologies were received from).
 */
export function apologiesFromText(text: string): string[] {
  const m = /\b(?:apologies|ymddiheuriadau)\b[^.]*?\b(?:from|of|on\s+behalf\s+of|by|gan|oddi\s+wrth)\s+(?:y\s+|yr\s+)?(.+?)(?:(?<=[a-z]{2}|[A-Z]{3})\.(?:\s|$)|$)/i.exec(text);
  if (m) return splitNames(m[1]);
  if (/^(?:none|nil|no apologies|dim)\b/i.test(text.trim())) return [];
  // The minute's text is the list itself: "A Armstrong, EDC", "Jess Robinson, Christina McDonagh, PC, Simon Allen."
  // A list has no sentence in it: no lower-case word but "and" (and particles of names).
  const words = text.match(/\b[a-z][a-z]+\b/g) ?? [];
  if (text.length < 300 && words.every((w) => ['and', 'de', 'van', 'von', 'der', 'la', 'le'].includes(w))) return splitNames(text);
  return [];
}
