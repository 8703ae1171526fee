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
import { splitNames, splitPeople, splitRunTogetherEntries, TITLE_ABBREVIATION_BEFORE } from '../common/names.js';
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
/** How many lower-case words make a line a sentence rather than a list of names with their roles. */
const PROSE_WORDS = 4;

/** Does the line read as a sentence? Bracketed notes ("(for the first part of the meeting)") and addresses are not counted. */
function isProse(text: string): boolean {
  const plain = text.replace(/\([^)]*\)?/g, ' ').replace(/\S+@\S+|https?:\S+|www\.\S+/g, ' ');
  const words = (plain.match(/(?<![\w'’-])[a-z][a-z'’]{2,}\b/g) ?? []).filter((w) => w !== 'and');
  return words.length >= PROSE_WORDS;
}

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
    const label = attendanceLabel(labelText);
    if (label) {
      out.used.push(i);
      if (labelText !== l.text) {
        section = label.section;
        groups.push({ section, running: false, pieces: cells.slice(1) });
        continue;
      }
      // One paragraph may hold several labels: "… Claire Williams (CW). Parish Clerk: Peter King In attendance: …".
      for (const part of splitAtLabels(labelText)) {
        const inner = attendanceLabel(part)!;
        section = inner.section;
        groups.push({ section, running: inner.rest !== '', pieces: inner.rest ? [inner.rest] : [] });
      }
      continue;
    }
    if (!section) continue;
    // A sentence ends the list: the business that follows is no attendance ("Under item 4(v) of the
    // Town Council Standing Orders, the Town Clerk advised …"). A count of the public stays.
    if (isProse(l.text) && !PUBLIC.test(l.text)) {
      section = null;
      continue;
    }
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

/**
 * An officer's line in the attendance block ("Clerk: Madeleine King e’mail: …", "Parish Clerk:
 * Peter King"): the officer attended, as what the line says, so the whole line is the entry.
 */
const OFFICER_LABEL = /^(?:(?:Parish|Town|Deputy|Assistant)\s+)?(?:Clerk|Minute[-\s]taker|Secretary|RFO)\s*:\s*\S/i;

function attendanceLabel(text: string): { section: Section; rest: string } | null {
  if (OFFICER_LABEL.test(text)) return { section: 'alsoPresent', rest: text.replace(/[.,;]\s*$/, '') };
  return labelOf(text);
}

/** A label inside running text, after the end of the list before it. */
const INLINE_LABEL = /(?<=[.;,)]\s*|\s)(?<!\b(?:Parish|Town)\s)(?=(?:(?:Parish|Town)\s+)?Clerk\s*:|(?:Also,?\s+)?In\s+attendance\s*:|Also\s+present\s*:|Apologies\s*:)/gi;

/** Cut a label's line where another label starts ("PRESENT: … Parish Clerk: Peter King In attendance: …"). */
function splitAtLabels(text: string): string[] {
  const cuts = [...text.matchAll(INLINE_LABEL)].map((m) => m.index!).filter((at) => at > 0);
  const parts: string[] = [];
  let from = 0;
  for (const at of cuts) {
    parts.push(text.slice(from, at).trim());
    from = at;
  }
  parts.push(text.slice(from).trim());
  return parts.filter((p) => p && attendanceLabel(p) !== null);
}

/** "P Moran Clerk J Connelly Two members of the Public": split where an officer or the public is named. */
function splitOfficers(text: string): string[] {
  // The name after "Clerk" starts with a capital (no "i" flag there): "(Parish Clerk and …)" is a role.
  return text
    .split(/\s+(?=(?:[Cc]lerk|[Oo]fficer)\s+[A-Z])|\s+(?=(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|\d+)\s+[Mm]embers?\s+of\s+the\s+[Pp]ublic)/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * "Apologies were received from …" up to the end of the sentence (Welsh "Derbyniwyd
 * ymddiheuriadau gan …" / "oddi wrth …", apologies were received from); a title's full stop
 * ("Cllr. Dave McKinney") ends no sentence.
 */
const APOLOGIES_FROM = new RegExp(
  `\\b(?:apologies|ymddiheuriadau)\\b[^.]*?\\b(?:from|of|on\\s+behalf\\s+of|by|gan|oddi\\s+wrth)\\s+(?:y\\s+|yr\\s+)?(.+?)(?:(?<=[a-z]{2}|[A-Z]{3})${TITLE_ABBREVIATION_BEFORE.source}\\.(?:\\s|$)|$)`,
  'i',
);
/** The reason given after the names ("Tom Foy (TF) who was unavoidably detained at work"). */
const REASON = /\s+(?:who|as\s+(?:he|she|they)|because|due\s+to|owing\s+to)\b.*$/i;
/** Apologies written as absence: "S. Knowles (SK); P. Wood (PDW) were not in attendance." */
const NOT_ATTENDING = /^(.+?)\s+(?:was|were)\s+(?:not\s+(?:in\s+attendance|present)|absent|unable\s+to\s+attend)\b/i;

/** Names of those who sent apologies, from the apologies minute's text ("Apologies were received from …"). */
export function apologiesFromText(text: string): string[] {
  const m = APOLOGIES_FROM.exec(text);
  if (m) return splitNames(m[1].replace(REASON, ''));
  if (/^(?:none|nil|no apologies|dim)\b/i.test(text.trim())) return [];
  // "S. Knowles (SK); P. Wood (PDW) were not in attendance."
  const absent = NOT_ATTENDING.exec(text);
  if (absent) return splitNames(absent[1]);
  // The minute's text is the list itself: "A Armstrong, EDC", "Jess Robinson, Christina McDonagh, PC, Simon Allen."
  // A list has no sentence in it: no lower-case word but "and" (and particles of names).
  const words = text.match(/\b[a-z][a-z]+\b/g) ?? [];
  if (text.length < 300 && words.every((w) => ['and', 'de', 'van', 'von', 'der', 'la', 'le'].includes(w))) return splitNames(text);
  return [];
}
