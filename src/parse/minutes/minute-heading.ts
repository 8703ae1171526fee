/**
 * Where each minute starts, its number, agenda item and title, in the house styles seen:
 *
 * - ModernGov (Kent): "292. Apologies for Absence" (bold, may wrap) then "(Item 1)" on its
 *   own line; panels print the same without the minute number.
 * - CMIS minutes (Birmingham 2024): the heading on its own line, the minute number at the
 *   start of the first paragraph ("30 The Chair advised …"); numbers lost by the
 *   extraction are inferred from the sequence.
 * - Numbered headings (Birmingham action notes, parish councils): "1. NOTICE OF
 *   RECORDING/WEBCAST", "19.11.01 Apologies", "14/037 Finance", "Item 5. Planning".
 */
import { hasGeometry } from '../../layout/types.js';
import { isHeadingShaped, isUpperHeading, type MLine } from './lines.js';

export interface MinuteHead {
  /** Index (in the view) of the first heading line. */
  at: number;
  /** Index of the first line of the minute's body. */
  bodyAt: number;
  /** CMIS: the text of the body's first line with the minute number removed, else null. */
  firstBodyText: string | null;
  /** Text printed after the title on the heading line itself ("Apologies for absence: Jess Robinson, …"), else null. */
  inlineText: string | null;
  number: string | null;
  numberInferred: boolean;
  item: string | null;
  title: string;
}

/** "(Item 3)" alone on a line, the ModernGov agenda-item reference under a minute heading. */
const ITEM_TAG = /^\(\s*Item\s+([0-9]+[A-Za-z]?(?:\.[0-9]+)?)\s*\)\.?$/i;
/** The same at the end of a heading line: "292. Apologies for Absence (Item 1)". */
const ITEM_TAG_INLINE = /\s*\(\s*Item\s+([0-9]+[A-Za-z]?(?:\.[0-9]+)?)\s*\)\.?$/i;
/**
 * A minute number and a dot before the title: "292. Apologies", "19.11.01 Apologies", "14/037 Finance",
 * "Item 5. Planning"; word processors' numbered lists lose the space: "8.1.To approve", "10.To receive".
 */
const NUMBERED = /^(?:Item\s+)?(\d{1,4}(?:[./]\d{1,3}){1,2}|\d{1,4})(?:\.|\)|(?<=[./]\d{1,3}))(?:\s+|(?=[A-Z][a-z]))(\S.*)$/i;
/**
 * CMIS: the minute number opens the first paragraph, without a dot: "30 The Chair advised …".
 * Not a quantity ("30 minutes", "12 members") nor a date ("30 January"); a capitalised word is a
 * title ("54 Minutes of the Previous Meeting").
 */
const NUMBER_OPENS_PARAGRAPH =
  /^(\d{1,4})\s+(?!(?:hours|hrs|am|pm|minutes|members)\b)(?![Jj]anuary|[Ff]ebruary|[Mm]arch|[Aa]pril|[Mm]ay\b|[Jj]une|[Jj]uly|[Aa]ugust|[Ss]eptember|[Oo]ctober|[Nn]ovember|[Dd]ecember|HOURS|HRS|AM\b|PM\b)(\S.*)$/;
/** Section labels between minutes that are not minutes themselves. */
const SECTION_LABEL = /^(?:(?:un)?restricted|exempt|confidential|public|part\s+[12ab])\s+(?:items|business|session)$/i;
/** Lines shaped like headings that never are: resolution openers and closing lines. */
const NOT_A_TITLE = /^(?:RESOLVED|Resolved|That\s*:|AGREED|Agreed|The meeting|Meeting closed|Chair|Signed)\b/;
/** A numbered paragraph's first sentence, read as its title, runs over at most this many lines. */
const MAX_TITLE_SENTENCE_LINES = 3;
/** Largest jump between consecutive printed minute numbers still read as the same sequence. */
const MAX_NUMBER_GAP = 4;

function numberParts(n: string): number[] {
  return n.split(/[./]/).map(Number);
}

/**
 * Does `next` plausibly follow `prev` in one minute-numbering sequence? The running number is
 * the last part ("14/037" → "14/038", "23/116" → "23/117") or, where the year is printed after
 * it, the first ("65/24" → "66/24", "173/20" → "174/20"); every other part stays the same.
 */
export function minuteNumberFollows(prev: string | null, next: string): boolean {
  if (prev === null) return true;
  const a = numberParts(prev);
  const b = numberParts(next);
  if (a.length !== b.length) return subItemFollows(prev, a, b);
  const differ = a.map((x, i) => i).filter((i) => a[i] !== b[i]);
  if (differ.length !== 1 || (differ[0] !== a.length - 1 && differ[0] !== 0)) return false;
  const step = b[differ[0]] - a[differ[0]];
  return step >= 1 && step <= MAX_NUMBER_GAP;
}

/**
 * Decimal sub-items of parish minutes: "8" → "8.1" (the first child), "8.5" → "9" (the next
 * item after the last child). Only dotted numbers: in "65/24" the second part is a year.
 */
function subItemFollows(prev: string, a: number[], b: number[]): boolean {
  if (prev.includes('/') || a.length > 3 || b.length > 3) return false;
  if (b.length === a.length + 1) return a.every((x, i) => b[i] === x) && b[b.length - 1] === 1;
  if (b.length >= a.length) return false;
  const last = b.length - 1;
  const step = b[last] - a[last];
  return b.slice(0, last).every((x, i) => a[i] === x) && step >= 1 && step <= MAX_NUMBER_GAP;
}

/** The number after `prev` printed the same way ("19.11.01" → "19.11.02", "14/037" → "14/038"). */
export function nextNumber(prev: string): string {
  const m = /^(.*?)(\d+)$/.exec(prev);
  if (!m) return prev;
  const n = String(Number(m[2]) + 1).padStart(m[2].length, '0');
  return m[1] + n;
}

/** "Planning –": a title whose text follows on the next lines. */
const TITLE_CLOSED_BY_DASH = /^(.{2,80}?)\s*[–—-]$/;

/**
 * A heading run into its text on one line, split into title and text, in the phrasings seen:
 * - a colon: "Apologies for absence: Jess Robinson, …";
 * - a dash before a sentence: "Floor re-oil – Simon booked …", "Declarations of Interests –
 *   Councillors were reminded of their responsibility …" (the sentence may wrap); after a dash a
 *   few capitalised words are still the title: "EDC – BT Telephone Box Consultation";
 * - a dash closing the line: "Planning –" (the text follows on the next lines);
 * - nothing at all, where a word processor's heading and paragraph were joined: "Openness and
 *   Transparency Notice The Chair read the notice." (see runInTitle).
 */
function splitInlineTitle(rest: string): { title: string; text: string | null } {
  const closed = TITLE_CLOSED_BY_DASH.exec(rest);
  if (closed && isHeadingShaped(closed[1])) return { title: closed[1], text: null };
  const m = /^(.{2,80}?)(:\s+|\s+[–—-]\s*)(.+)$/.exec(rest);
  if (m && m[1].split(/\s+/).length <= 8 && isHeadingShaped(m[1]) && /\p{L}{2}/u.test(m[1])) {
    const words = m[3].split(/\s+/).length;
    // A sentence: one that ends, one long enough to be wrapping on, one with a verb ("… applications
    // were discussed"), or lower-case text after a title in capitals ("PLANNING – To discuss …").
    const sentence =
      (/[.!?]$/.test(m[3]) ? words >= 2 : words >= MIN_WRAPPED_SENTENCE_WORDS) ||
      (words >= 3 && SENTENCE_VERB.test(m[3])) ||
      (isUpperHeading(m[1]) && !isUpperHeading(m[3]) && words >= 2);
    if (m[2].startsWith(':') || (sentence && /^[A-Z0-9‘“"'(]/.test(m[3]))) return { title: m[1].trim(), text: m[3].trim() };
  }
  return runInTitle(rest) ?? { title: rest, text: null };
}

/** What a bold heading may carry after a colon without it being part of the title: a short outcome ("Declarations of Interest: None", "…: accepted"). */
const BOLD_OUTCOME = /^(?:[a-z]|(?:None|Nil|N\/A|No|Noted|Approved|Agreed|Accepted|Received)\b)/;

/** What a bold heading may carry after a colon, however long: a day and date ("Date of the next meeting: Tuesday 14th January 2014, 7.30 pm at …"). */
const BOLD_DATE = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

/** A bold or capitalised heading is the title whole, but for a short outcome or a date after a colon or dash ("– None declared") and a dash closing it. */
function splitBoldTitle(rest: string): { title: string; text: string | null } {
  const closed = TITLE_CLOSED_BY_DASH.exec(rest);
  if (closed) return { title: closed[1], text: null };
  const m = /^(.{2,80}?)(?::|\s+[–—-])\s+(.+)$/.exec(rest);
  if (m && ((BOLD_OUTCOME.test(m[2]) && m[2].split(/\s+/).length <= 6) || BOLD_DATE.test(m[2]))) return { title: m[1].trim(), text: m[2].trim() };
  return { title: rest, text: null };
}

/** Words that make the text after a dash a sentence rather than more of the title. */
const SENTENCE_VERB = /\b(?:was|were|is|are|had|has|have|been|will|would|agreed|reported|noted|discussed|received)\b/;

/** After a dash, this many words that do not end a sentence are a sentence wrapping on, not a title. */
const MIN_WRAPPED_SENTENCE_WORDS = 8;
/** A run-in title is read only from a line this long; a shorter line is a heading on its own. */
const RUN_IN_MIN_WORDS = 7;
/** A run-in title is at most this long. */
const RUN_IN_MAX_TITLE_WORDS = 16;
/** Words that open the sentence after a run-in title ("… Notice The Chair read …", "… Members Cllr Sue Lintern declared …"). */
const SENTENCE_OPENER = /^(?:The|It|Cllr\.?|Cllrs\.?|Councillor|Councillors|There|This|These|Members|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|PC|We|He|She|They|All|No|Nothing|A|An)$/;
/** Words that always open the text: a decision. */
const TEXT_OPENER = /^(?:RESOLVED|Resolved|AGREED)\b/;
/** Lower-case words a title is printed with ("To Receive an update on the …", "… Meeting held on 9 September"). */
const TITLE_SMALL_WORD = /^(?:and|of|the|for|to|in|on|with|from|a|an|at|by|or|into|re|held|per|via|under|over|within|between|about|as|&|-|–)$/;
/**
 * The title of an election or appointment ends with the office, and the person elected follows:
 * "Election of Chairman David Llewellyn was nominated …", "Appointment of Vice-Chair Cllr Smith …".
 */
const OFFICE_TITLE = /^((?:(?:Re-?)?Election|Appointment)\s+of\s+(?:the\s+)?(?:Vice[- ]?)?(?:Chair(?:man|person|woman)?|Clerk|Treasurer|Secretary|Responsible\s+Financial\s+Officer|RFO))\s+(?=[A-Z])(.*)$/;
/** A verb after an opener: the words after it are a sentence, not more of a capitalised title ("The Chair read"). */
const followedBySentence = (words: string[], k: number): boolean => words.slice(k + 1, k + 4).some((w) => /^[a-z]/.test(w) && !TITLE_SMALL_WORD.test(w));

/**
 * The title of a heading joined to its paragraph with no mark between them. It ends after the
 * office of an election or appointment (OFFICE_TITLE), before a
 * decision ("RESOLVED"), before a word that opens a sentence when a verb follows it ("The Chair
 * read", "Cllr Sue Lintern declared"), before a capitalised word followed at once by a verb
 * ("… of Absence Apologies were received"), or at the first word closing a clause (",", ".",
 * ":", ";"). Null when none comes soon enough: then the line is not read as a run-in heading.
 */
function runInTitle(rest: string): { title: string; text: string } | null {
  const words = rest.split(/\s+/);
  if (words.length < RUN_IN_MIN_WORDS) return null;
  const office = OFFICE_TITLE.exec(rest);
  if (office) return { title: office[1], text: office[2] };
  const cut = (k: number) => ({ title: words.slice(0, k).join(' '), text: words.slice(k).join(' ') });
  for (let k = 1; k < Math.min(words.length - 2, RUN_IN_MAX_TITLE_WORDS + 1); k++) {
    const w = words[k];
    if (TEXT_OPENER.test(w)) return cut(k);
    if (k >= 2 && SENTENCE_OPENER.test(w) && followedBySentence(words, k)) return cut(k);
    if (k >= 3 && /^[A-Z][a-z]/.test(w) && /^[a-z]/.test(words[k + 1]) && !TITLE_SMALL_WORD.test(words[k + 1])) return cut(k);
    if (/[.,;:!?]$/.test(w) && !/^(?:[A-Z]|Cllr|Mr|Mrs|Ms|Dr|St|No|P\.C)\.$/.test(w)) {
      return { title: words.slice(0, k + 1).join(' ').replace(/[.,;:!?]$/, ''), text: words.slice(k + 1).join(' ') };
    }
  }
  return null;
}

/** ModernGov: every "(Item N)" line closes a heading that starts at the bold run (or numbered line) above it. */
function itemTagHeads(view: MLine[], from: number, hasBold: boolean): MinuteHead[] {
  const heads: MinuteHead[] = [];
  let floor = from;
  for (let i = from; i < view.length; i++) {
    const tag = ITEM_TAG.exec(view[i].text);
    const inline = !tag && NUMBERED.test(view[i].text) ? ITEM_TAG_INLINE.exec(view[i].text) : null;
    if (!tag && !inline) {
      // A bold heading whose "(Item N)" line the layout lost (e.g. taken as page furniture).
      if (hasBold && view[i].bold && !SECTION_LABEL.test(view[i].text) && i > floor && !view[i - 1].bold && isHeadingShaped(view[i].text, 25)) {
        let j = i;
        while (j + 1 < view.length && view[j + 1].bold && !ITEM_TAG.test(view[j + 1].text)) j++;
        if (j + 1 < view.length && ITEM_TAG.test(view[j + 1].text)) continue; // the tag rule below handles it
        heads.push(makeHead(view, i, j, null, j + 1));
        floor = j + 1;
        i = j;
      }
      continue;
    }
    let start = inline ? i : i - 1;
    if (!inline) {
      if (hasBold) {
        while (start - 1 >= floor && view[start - 1].bold && !NUMBERED.test(view[start].text) && !SECTION_LABEL.test(view[start - 1].text)) start--;
      } else {
        start = textHeadingStart(view, i, floor);
      }
    }
    if (start < floor) start = floor;
    const item = (tag ?? inline)![1];
    const end = inline ? i : i - 1;
    heads.push(makeHead(view, start, end, item, i + 1, inline ? view[i].text.replace(ITEM_TAG_INLINE, '') : undefined));
    floor = i + 1;
  }
  return heads;
}

/**
 * Without bold, where does the heading above an "(Item N)" line start? At a numbered line
 * ("292. Apologies …") within a few lines, else at the first of the heading-shaped lines
 * that follow the end of a sentence ("… make comment." / "Adoption Partnership …" / "2023/2024").
 */
function textHeadingStart(view: MLine[], tagAt: number, floor: number): number {
  const MAX_TITLE_LINES = 3;
  // A title line (first or wrapped) is no sentence: it does not end with a full stop.
  const titleLike = (t: string) => !/[.;!?]$/.test(t) && t.split(/\s+/).length <= 25;
  for (let k = tagAt - 1; k >= Math.max(floor, tagAt - MAX_TITLE_LINES); k--) {
    if (!titleLike(view[k].text)) break;
    if (NUMBERED.test(view[k].text)) return k;
  }
  let start = tagAt - 1;
  for (let k = tagAt - 1; k >= Math.max(floor, tagAt - MAX_TITLE_LINES); k--) {
    if (!isHeadingShaped(view[k].text, 25)) break;
    const above = view[k - 1];
    if (k === floor || !above || /[.;:!?)"”’]$/.test(above.text) || ITEM_TAG.test(above.text)) start = k;
  }
  return start;
}

function makeHead(view: MLine[], start: number, end: number, item: string | null, bodyAt: number, firstText?: string): MinuteHead {
  const texts = view.slice(start, end + 1).map((l) => l.text);
  if (firstText !== undefined) texts[0] = firstText;
  let number: string | null = null;
  const m = texts.length ? NUMBERED.exec(texts[0]) : null;
  if (m) {
    number = m[1];
    texts[0] = m[2];
  }
  return { at: start, bodyAt, firstBodyText: null, inlineText: null, number, numberInferred: false, item, title: texts.join(' ') };
}

/**
 * CMIS: a heading line, then the minute number opening the first paragraph ("33 The Chair …",
 * "33 RESOLVED:"). Headings whose number the extraction lost are inferred afterwards, only
 * where the found numbers leave a gap (or after the last one), and flagged.
 */
function cmisHeads(view: MLine[], from: number): MinuteHead[] {
  const found: MinuteHead[] = [];
  let prev: string | null = null;
  for (let i = from; i + 1 < view.length; i++) {
    const l = view[i];
    const para = NUMBER_OPENS_PARAGRAPH.exec(view[i + 1].text);
    if (!para || NUMBERED.test(l.text) || NUMBER_OPENS_PARAGRAPH.test(l.text) || NOT_A_TITLE.test(l.text)) continue;
    if (!(l.bold || isUpperHeading(l.text) || isHeadingShaped(l.text, 25)) || !minuteNumberFollows(prev, para[1])) continue;
    found.push({ at: i, bodyAt: i + 1, firstBodyText: para[2], inlineText: null, number: para[1], numberInferred: false, item: null, title: l.text });
    prev = para[1];
    i++;
  }
  if (!found.length) return [];

  const heads: MinuteHead[] = [];
  found.forEach((head, k) => {
    heads.push(head);
    const nextHead = found[k + 1];
    const missing = nextHead ? Number(numberParts(nextHead.number!).pop()) - Number(numberParts(head.number!).pop()) - 1 : Infinity;
    if (missing <= 0) return;
    const end = nextHead ? nextHead.at : view.length;
    const candidates: Array<{ at: number; score: number }> = [];
    for (let i = head.bodyAt + 1; i < end; i++) {
      const score = lostHeadingScore(view, i);
      // After the last number found, only a heading in capitals straight after a resolution.
      if (score > 0 && (nextHead || score === 3)) candidates.push({ at: i, score });
    }
    const chosen = [...candidates].sort((a, b) => b.score - a.score || a.at - b.at).slice(0, missing).sort((a, b) => a.at - b.at);
    let number = head.number!;
    for (const c of chosen) {
      number = nextNumber(number);
      heads.push({ at: c.at, bodyAt: c.at + 1, firstBodyText: null, inlineText: null, number, numberInferred: true, item: null, title: view[c.at].text });
    }
  });
  return heads.sort((a, b) => a.at - b.at);
}

/** How much a line looks like a CMIS heading that lost its number: capitals (2) and closing a resolution (1); 0 when it is no heading. */
function lostHeadingScore(view: MLine[], i: number): number {
  const t = view[i].text;
  const next = view[i + 1];
  if (!next || NUMBER_OPENS_PARAGRAPH.test(next.text) || NUMBERED.test(t) || NUMBER_OPENS_PARAGRAPH.test(t) || NOT_A_TITLE.test(t)) return 0;
  const upper = isUpperHeading(t) && isHeadingShaped(t, 15);
  const afterResolution = isHeadingShaped(t, 25) && t.split(/\s+/).length >= 3 && endsResolutionBlock(view, i);
  return (upper ? 2 : 0) + (afterResolution ? 1 : 0);
}

/** Numbered headings: "1. NOTICE OF RECORDING/WEBCAST", "19.11.01 Apologies", "45 Apologies" (bold), numbered paragraphs. */
function numberedHeads(view: MLine[], from: number): MinuteHead[] {
  const heads: MinuteHead[] = [];
  let prev: string | null = null;
  const accept = (h: MinuteHead) => {
    heads.push(h);
    if (h.number) prev = h.number;
  };
  for (let i = from; i < view.length; i++) {
    const l = view[i];
    const next = view[i + 1];

    // "45 Apologies for Absence" set as a heading (bold or capitals), without a dot after the number.
    const bare = !NUMBERED.test(l.text) ? NUMBER_OPENS_PARAGRAPH.exec(l.text) : null;
    if (bare && isHeadingShaped(bare[2], 12) && !NOT_A_TITLE.test(bare[2])) {
      const set = l.bold || isUpperHeading(bare[2]);
      // Mid-sequence, a short title is a heading even where the layout lost the bold (a later page's font).
      const inSequence = minuteNumberFollows(prev, bare[1]) && (set || (prev !== null && isHeadingShaped(bare[2], BARE_TITLE_MAX_WORDS) && !!next && !next.bold));
      if (inSequence || (set && droppedDigit(prev, bare[1]))) {
        const h: MinuteHead = { at: i, bodyAt: i + 1, firstBodyText: null, inlineText: null, number: bare[1], numberInferred: false, item: null, title: bare[2] };
        // A misprinted number ("6" for 56) is kept as printed, and the sequence goes on from the one before it.
        if (inSequence) accept(h);
        else heads.push(h);
        continue;
      }
    }

    const m = NUMBERED.exec(l.text);
    if (!m) continue;
    const [, num, rest] = m;
    if (!minuteNumberFollows(prev, num)) continue;
    const parish = /[./]/.test(num);
    const headingLike = l.bold || isUpperHeading(rest) || (isHeadingShaped(rest, 15) && !(next && /^[a-z]/.test(next.text)));
    if (headingLike || parish) {
      const { title, text } = l.bold || isUpperHeading(rest) ? splitBoldTitle(rest) : splitInlineTitle(rest);
      accept({ at: i, bodyAt: i + 1, firstBodyText: null, inlineText: text, number: num, numberInferred: false, item: null, title });
      continue;
    }
    const inline = splitInlineTitle(rest);
    if (inline.text !== null) {
      accept({ at: i, bodyAt: i + 1, firstBodyText: null, inlineText: inline.text, number: num, numberInferred: false, item: null, title: inline.title });
    } else if (prev !== null || num === '1') {
      // A numbered paragraph standing for a minute (working-group notes): its first sentence is its title.
      let end = i;
      while (end + 1 < view.length && end - i < MAX_TITLE_SENTENCE_LINES && !/[.:;!?]$/.test(view[end].text) && /^[a-z(]/.test(view[end + 1].text)) end++;
      const title = [rest, ...view.slice(i + 1, end + 1).map((v) => v.text)].join(' ');
      accept({ at: i, bodyAt: end + 1, firstBodyText: null, inlineText: null, number: num, numberInferred: false, item: null, title });
      i = end;
    }
  }
  return heads;
}

/** A bare-number heading without bold is at most this long. */
const BARE_TITLE_MAX_WORDS = 8;

/** "6" where "56" was due: a number printed with a digit missing. */
function droppedDigit(prev: string | null, printed: string): boolean {
  if (prev === null || /[./]/.test(prev)) return false;
  const due = nextNumber(prev);
  return printed.length === due.length - 1 && (due.endsWith(printed) || due.startsWith(printed));
}

/** Resolution parts ("- iv) …", "b. …") or a RESOLVED line just above: the previous minute closed. */
function endsResolutionBlock(view: MLine[], i: number): boolean {
  const before = view[i - 1]?.text ?? '';
  return /^(?:[-•]\s*)?(?:\(?[ivx]+\)|\(?[a-z]\)|[a-z]\.\s|\d+[.)]\s)/.test(before) || /\bRESOLVED\b/.test(view[i - 2]?.text ?? '');
}

// ---------------------------------------------------------------------------------------
// Minutes run together on one line, where an extraction joined a word processor's paragraphs:
// "70/17 Apologies for absence Apologies had been received … 71/17 Declaration of Interest …".

/** A slash-numbered minute ("71/17", "22/158") inside a line, before a capitalised word. */
const EMBEDDED_NUMBER = /\s(\d{1,4}\/\d{2,3})\s+(?=[A-Z])/g;

/**
 * Lines split before each minute number printed inside them that carries on the sequence of
 * the numbers at line starts before it, so that each minute opens a line of its own.
 */
export function splitRunTogetherMinutes(view: MLine[]): MLine[] {
  const out: MLine[] = [];
  let prev: string | null = null;
  for (const line of view) {
    let rest = line;
    const own = NUMBERED.exec(line.text);
    if (own && /\//.test(own[1])) prev = own[1];
    if (prev === null) {
      out.push(line);
      continue;
    }
    for (;;) {
      EMBEDDED_NUMBER.lastIndex = 0;
      let cut: RegExpExecArray | null = null;
      for (let m = EMBEDDED_NUMBER.exec(rest.text); m; m = EMBEDDED_NUMBER.exec(rest.text)) {
        if (minuteNumberFollows(prev, m[1])) {
          cut = m;
          break;
        }
      }
      if (!cut) break;
      out.push({ ...rest, text: rest.text.slice(0, cut.index).trim() });
      rest = { ...rest, text: rest.text.slice(cut.index + 1) };
      prev = cut[1];
    }
    out.push(rest);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// The generic reader, for house styles nobody wrote a rule for: un-numbered topic headings
// ("e-Prescribing" over its paragraphs; "Flooding: Councillors discussed …" run into the text).

/** A topic heading is short. */
const TOPIC_MAX_WORDS = 8;
/** The paragraph under a topic heading is at least this long (a wrapped title is shorter). */
const TOPIC_BODY_MIN_WORDS = 8;
/** Labels of attendance and officers' lines, never a topic. */
const NOT_A_TOPIC = /^(?:present|in attendance|also present|attendees|attendance|clerk|chair(?:man|person)?|signed|date|dated|minutes?|action|actions|decisions?|outcome|note|notes|agenda item|discussion|conclusions?|presenter)\b/i;

/** "Flooding: Councillors discussed …": a short heading-shaped label run into its text by a colon. */
function runInTopic(text: string): { title: string; text: string } | null {
  const m = /^([A-Z‘'"“][^:]{1,60}):\s+(\S.*)$/.exec(text);
  if (!m || m[1].split(/\s+/).length > 6 || !isHeadingShaped(m[1]) || NOT_A_TOPIC.test(m[1])) return null;
  return { title: m[1].trim(), text: m[2] };
}

/** A heading line on its own: short, no sentence, set apart by bold or by the sentence ending above it, with a paragraph under it. */
function isTopicLine(view: MLine[], i: number): boolean {
  const l = view[i];
  const next = view[i + 1];
  if (!next || l.src.cells.length > 1 || !isHeadingShaped(l.text, TOPIC_MAX_WORDS) || NOT_A_TOPIC.test(l.text) || NOT_A_TITLE.test(l.text) || /:$/.test(l.text)) return false;
  if (NUMBERED.test(l.text) || /^[•·\-–]/.test(l.text) || next.bold) return false;
  const bodyLike = next.text.split(/\s+/).length >= TOPIC_BODY_MIN_WORDS || /[.!?]$/.test(next.text);
  const apart = l.bold || i === 0 || /[.!?:;)]$/.test(view[i - 1].text);
  return bodyLike && apart;
}

function topicHeads(view: MLine[], from: number): MinuteHead[] {
  const heads: MinuteHead[] = [];
  for (let i = from; i < view.length; i++) {
    const runIn = runInTopic(view[i].text);
    if (runIn) heads.push({ at: i, bodyAt: i + 1, firstBodyText: null, inlineText: runIn.text, number: null, numberInferred: false, item: null, title: runIn.title });
    else if (isTopicLine(view, i)) heads.push({ at: i, bodyAt: i + 1, firstBodyText: null, inlineText: null, number: null, numberInferred: false, item: null, title: view[i].text });
  }
  return heads;
}

// ---------------------------------------------------------------------------------------
// Notes templates (school parent councils, working groups): each item opens with a label,
// "Agenda item: Senior Leadership Team Presenter: Helen Brown", then "Discussion:" and
// "Conclusions:" sections.

const AGENDA_ITEM_LABEL = /^(?:agenda\s+)?item(?:\s+(\d{1,3}[a-z]?))?\s*:\s*(\S.*?)(?:\s+(?:presenter|presented\s+by|lead)\s*:\s*(.*))?$/i;
/** The label without its colon ("Agenda Item   Fundraising   Presenter: Everyone"): only with the presenter after it. */
const AGENDA_ITEM_NO_COLON = /^(?:agenda\s+)?item(?:\s+(\d{1,3}[a-z]?))?\s+(\S.*?)\s+(?:presenter|presented\s+by|lead)\s*:\s*(.*)$/i;

function agendaItemLabelHeads(view: MLine[], from: number): MinuteHead[] {
  const heads: MinuteHead[] = [];
  for (let i = from; i < view.length; i++) {
    const m = AGENDA_ITEM_LABEL.exec(view[i].text) ?? AGENDA_ITEM_NO_COLON.exec(view[i].text);
    if (!m) continue;
    heads.push({ at: i, bodyAt: i + 1, firstBodyText: null, inlineText: m[3] ? `Presenter: ${m[3]}` : null, number: m[1] ?? null, numberInferred: false, item: null, title: m[2].trim() });
  }
  return heads;
}

// ---------------------------------------------------------------------------------------

interface MinuteHeadingReader {
  name: string;
  /** A reader of no house style in particular: tried only where the named ones found (nearly) nothing. */
  generic?: boolean;
  read(view: MLine[], from: number): MinuteHead[];
}

/**
 * The house styles, tried in order. ModernGov's "(Item N)" tags decide alone where printed;
 * otherwise a document keeps one numbering style, so the reading that finds the most minutes
 * wins (an earlier reader on a tie). The generic topic reader comes last, for documents in
 * which the numbered styles found fewer than MIN_TOPIC_HEADS minutes.
 */
const MINUTE_HEADING_READERS: MinuteHeadingReader[] = [
  { name: 'cmis-number-opens-paragraph', read: cmisHeads },
  { name: 'numbered', read: numberedHeads },
  { name: 'agenda-item-label', read: agendaItemLabelHeads },
  { name: 'topic-headings', read: topicHeads, generic: true },
];
/** Fewer un-numbered headings than this are not a house style: two short lines may be anything. */
const MIN_TOPIC_HEADS = 3;

/** Every minute heading from `from` on, in order. */
export function findMinuteHeads(view: MLine[], from: number): MinuteHead[] {
  const hasTags = view.slice(from).some((l) => ITEM_TAG.test(l.text));
  if (hasTags) {
    const hasBold = view.some((l) => l.bold && hasGeometry(l.src));
    return itemTagHeads(view, from, hasBold);
  }
  let best: MinuteHead[] = [];
  for (const reader of MINUTE_HEADING_READERS) {
    // Numbered minutes also hold short topic lines; un-numbered topics stand for a house style only where numbers are (nearly) absent.
    if (reader.generic && best.length >= MIN_TOPIC_HEADS) break;
    const heads = reader.read(view, from);
    if (reader.generic && heads.length < MIN_TOPIC_HEADS) continue;
    if (heads.length > best.length) best = heads;
  }
  return best;
}
