/**
 * Person names as councils print them in attendance lists, apologies and recorded votes.
 * THE one place lists of people are split and names are cleaned: role text is removed
 * ("Councillor Kerry Jenkins (Chair)" → "Councillor Kerry Jenkins"), honours are kept
 * with their name ("Sir Paul Carter, CBE" is one name, not two).
 */

/** Post-nominals printed after a name, sometimes after a comma ("Mr Hill, OBE"). */
const HONOURS = new Set([
  'CBE', 'OBE', 'MBE', 'KBE', 'DBE', 'BEM', 'CH', 'KC', 'QC', 'JP', 'DL', 'MP', 'MEP', 'AM', 'MS', 'MSP', 'MLA',
  'KCB', 'CB', 'CVO', 'LVO', 'MVO', 'FRS', 'PhD', 'FRSA', 'MA', 'BA', 'BSc', 'MSc', 'FCA', 'ACA',
]);

/** The tier a councillor sits on, printed before the title ("County Councillor", "Ward Councillor", "District Cllr"). */
const TIER_WORD = '(?:County|District|Borough|City|Town|Parish|Community|Ward)';
const TIER = `${TIER_WORD}\\s+`;

/** Forms of address that start a person's name. */
const TITLE = new RegExp(
  `^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof(?:essor)?|Sir|Dame|Lord|Lady|Baroness|Baron|Rev(?:erend)?|Revd|Canon|(?:${TIER})?(?:Cllr\\.?|Councillor)|Alderman|Cllrs?\\.?|Cyng\\.?|Cynghorydd(?: Sir)?)\\b\\.?`,
);

/**
 * Abbreviated titles end in a full stop that ends no sentence ("apologies from Cllr. Dave
 * McKinney"). A lookbehind for the text before such a stop.
 */
export const TITLE_ABBREVIATION_BEFORE = /(?<!\b(?:Cllrs?|Cyng|Revd?|Prof|Mrs?|Ms|Dr|Mx|St))/;

/**
 * A plural title distributes over the list that follows it and is not part of any one name
 * ("Councillors", "Community Councillors", "Cllrs." — also run into the first name, "Cllrs.Chris
 * Wilton" — and "Residents" before the residents who attended). Welsh minutes print "Cynghorwyr"
 * (councillors) and "Cyng." / "Cynghorydd Sir" (councillor / county councillor).
 */
const PLURAL_TITLE = new RegExp(`^(?:(?:(?:${TIER})?Councillors|Cllrs\\.?|Members|Residents|Cynghorwyr)\\s*:?\\s+|Cllrs\\.(?=[A-Z]))`);

/** Words that mark a piece of a list as role or organisation text rather than a name. */
const ROLE_WORD = new RegExp(
  '\\b(?:' +
    [
      'Members?', 'Cabinet', 'Director', 'Manager', 'Officers?', 'Chair', 'Chairman', 'Chairperson', 'Chairwoman', 'Vice',
      'Clerk', 'Council', 'Head', 'Services?', 'Governors?', 'Diocese', 'Treasurer', 'Secretary', 'Lead', 'Advis[oe]r',
      'Executive', 'Partner', 'Commissioner', 'Trust', 'Representatives?', 'Committee', 'Families', 'Children', 'People',
      'Team', 'Group', 'Panel', 'Board', 'Forum', 'Finance', 'Scrutiny', 'Strategic', 'Interim', 'Assistant', 'Deputy',
      'Leader', 'Portfolio', 'Public', 'Education', 'Health', 'Care', 'Partnership', 'Co-Chair', 'Consultant',
      'Co-?ordinator', 'Policy', 'Planning', 'University', 'Police', 'Schools?', 'Church', 'Authority', 'Department',
      'Solicitor', 'Counsel', 'Monitoring', 'Democratic', 'Bookings', 'Chief', 'Support', 'Specialist', 'Commissioning',
      'Resources', 'Business', 'Employability', 'Improvement', 'Development', 'Safeguarding', 'Governance',
    ].join('|') +
    ')\\b',
);

/** "(Chair)", "(until 1230 hours)", "(JA)": text in brackets after a name is never the name. */
const BRACKETED = /\s*\([^)]*\)?/g;

export function isHonour(word: string): boolean {
  return HONOURS.has(word.replace(/[.,;]+$/, ''));
}

/** True when the whole piece is post-nominals ("OBE", "CBE JP"). */
function isHonoursOnly(piece: string): boolean {
  const words = piece.trim().split(/\s+/);
  return words.length > 0 && words.every(isHonour);
}

/** Does this piece of a list read as a person's name (rather than a role, an organisation or honours)? */
export function looksLikeName(piece: string): boolean {
  const p = piece.replace(BRACKETED, '').trim().replace(/[.,;:]+$/, '');
  if (!p || isHonoursOnly(p)) return false;
  // After a title, the name's words: a title alone ("Cllr", "City Councillor") names nobody, and
  // neither does a sentence that opens with one ("Cllr Wood would be substituting").
  if (TITLE.test(p)) {
    const rest = p.replace(TITLE, '').trim().split(/\s+/).filter(Boolean).map((w) => w.replace(/,$/, ''));
    return rest.length > 0 && rest.length <= 5 && rest.every((w) => isNameWord(w) || isHonour(w));
  }
  if (/^Clerk\b/.test(p)) return false;
  if (ROLE_WORD.test(p)) return false;
  const words = p.split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  return words.every(isNameWord);
}

/** Names are capitalised words and initials ("D Richardson", "Narinder Kaur Kooner", "McDonagh"), and particles. */
function isNameWord(w: string): boolean {
  return /^(?:[A-Z][A-Za-z'’.‐-]*|[A-Z]\.?|(?:de|van|von|der|la|le|du|da|bin|al|ap)\b)$/.test(w);
}

interface Piece {
  text: string;
  /** The separator printed before this piece (", ", " and ", ""), kept so merged pieces read as printed. */
  sep: string;
}

/**
 * Split list text at commas, semicolons and "and"/"&" outside brackets, and after a closing
 * bracket that is followed by another name ("D Richardson (Chair) N Cresswell").
 */
function splitPieces(text: string): Piece[] {
  const out: Piece[] = [];
  let depth = 0;
  let start = 0;
  let pendingSep = '';
  const cut = (end: number, sep: string, next: number) => {
    const t = text.slice(start, end).trim();
    if (t) {
      out.push({ text: t, sep: pendingSep });
      pendingSep = sep;
    } else {
      // ", and " — an empty piece between two separators: keep both, as printed.
      pendingSep = pendingSep.trimEnd() + sep;
    }
    start = next;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') {
      depth = Math.max(0, depth - 1);
      const rest = text.slice(i + 1);
      if (depth === 0 && /^\s+[A-Z]/.test(rest)) cut(i + 1, ' ', i + 1);
    } else if (depth === 0 && (c === ',' || c === ';')) {
      cut(i, c + ' ', i + 1);
    } else if (depth === 0 && c === ' ') {
      // "and", "&", and the Welsh "a" / "a'r" ("and the") between two names; a doubled "and and" is a typing slip.
      const m = /^ (?:and|&|a|a['’]r)(?: (?:and|&))* (?=[A-Z])/.exec(text.slice(i));
      if (m) {
        cut(i, m[0], i + m[0].length);
        i += m[0].length - 1;
      }
    }
  }
  cut(text.length, '', text.length);
  return out;
}

/**
 * A list of people as printed, one entry per person: honours stay with their name, role
 * pieces after a name stay with it ("Sue Chandler, Cabinet Member for Integrated Children's
 * Services" is one entry). For attendance lines such as "In attendance:" entries.
 */
export function splitPeople(text: string): string[] {
  const entries: string[] = [];
  const body = text.replace(PLURAL_TITLE, '').trim();
  for (const piece of splitPieces(body)) {
    const t = piece.text.replace(/[.;]+$/, '').trim();
    if (!t) continue;
    if (entries.length && !looksLikeName(t)) {
      entries[entries.length - 1] += piece.sep + t;
      continue;
    }
    entries.push(t);
  }
  return entries.map((e) => e.replace(/\s+/g, ' ').trim());
}

/** One capitalised name word ("Gail", "Hesketh-Harvey", "O’Brien"); initials and particles are not counted. */
const FULL_NAME_WORD = String.raw`[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*`;
/** After its title, a piece of four name words: two of them, then two more, then any bracketed role. */
const TWO_NAMES = new RegExp(String.raw`^(${FULL_NAME_WORD}\s+${FULL_NAME_WORD})\s+(${FULL_NAME_WORD}\s+${FULL_NAME_WORD}(?:\s*\(.*)?)$`);

/** How many name words a titled piece holds after its title, brackets left out (null without a title). */
function wordsAfterTitle(text: string): number | null {
  const t = TITLE.exec(text);
  if (!t) return null;
  return text.slice(t[0].length).replace(BRACKETED, ' ').trim().split(/\s+/).filter(Boolean).length;
}

/**
 * "… Cllr Donna Stocking Cllr Gail Reeve Helen Richardson (Parish Clerk …)": in a list whose
 * entries are each a title and two name words, a titled piece of four name words is two people
 * run together, the second printed without a title (the clerk, last in the list).
 */
function splitUntitledSecond(pieces: Piece[]): Piece[] {
  const counts = pieces.map((p) => wordsAfterTitle(p.text));
  if (counts.filter((c) => c === 2).length < MIN_PAIRED_NAMES) return pieces;
  return pieces.flatMap((p, k) => {
    if (counts[k] !== 4) return [p];
    const title = TITLE.exec(p.text)![0];
    const m = TWO_NAMES.exec(p.text.slice(title.length).trim());
    return m ? [{ text: `${title} ${m[1]}`, sep: p.sep }, { text: m[2], sep: ' ' }] : [p];
  });
}

/**
 * The names in a list, role text removed, honours kept: "Councillors Debbie Clancy, Adam
 * Higgs, and Shehla Moledina" → three names; "Mr Hill, OBE" is one name; "Osamugi Ogbe -
 * Parent Governor" → "Osamugi Ogbe"; "Mick Ratford, Treasurer" → "Mick Ratford".
 */
export function splitNames(text: string): string[] {
  const paired = namePairs(text);
  if (paired) return paired;
  const names: string[] = [];
  // After "Councillors", a surname alone is a name ("apologies from Councillors Smith and Jones").
  let plural = PLURAL_TITLE.test(text.trim());
  const body = text.replace(PLURAL_TITLE, '').trim();
  // "Cllr Andrew Hayward Cllr Trudy Mann": one-a-line entries run together, each opened by its title.
  const pieces = splitUntitledSecond(splitPieces(body).flatMap((p) => splitOutsideBrackets(p.text, RUN_TOGETHER_TITLE).map((text, k) => ({ text, sep: k === 0 ? p.sep : ' ' }))));
  for (const piece of pieces) {
    const t = piece.text.replace(/[.;:]+$/, '').trim();
    if (!t) continue;
    if (isHonoursOnly(t)) {
      if (names.length) names[names.length - 1] += piece.sep + t;
      continue;
    }
    if (PLURAL_TITLE.test(t)) plural = true;
    else if (TITLE.test(t)) plural = false;
    const name = personName(t);
    if (name && (looksLikeName(name) || (plural && /^[A-Z][A-Za-z'’-]+$/.test(name) && !ROLE_WORD.test(name)))) names.push(name);
  }
  return names;
}

/** Fewest names a list printed without separators must hold before it is read two words a name. */
const MIN_PAIRED_NAMES = 3;

/**
 * A list printed in columns that the extraction ran together with no separators ("Cllrs. Ron
 * Dark (in the Chair) Brian Bird Tony Clear Robin Forrest …"): where every word is a capitalised
 * name word and they pair up evenly, each two words are a first name and a surname. Null for
 * anything else, which is split at its separators as usual.
 */
function namePairs(text: string): string[] | null {
  const body = text.replace(PLURAL_TITLE, '').replace(BRACKETED, ' ').replace(/[.;:]+$/, '').trim();
  if (/[,;&]|\band\b/.test(body)) return null;
  const words = body.split(/\s+/).filter(Boolean);
  if (words.length < MIN_PAIRED_NAMES * 2 || words.length % 2 !== 0) return null;
  if (!words.every((w) => /^[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*$|^Mc[A-Z][a-z]+$|^Mac[A-Z][a-z]+$/.test(w)) || words.some((w) => ROLE_WORD.test(w))) return null;
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 2) out.push(`${words[i]} ${words[i + 1]}`);
  return out;
}

/**
 * One person's name with role text removed: bracketed text, a role after a dash, and a
 * leading plural title. Honours after the name are kept.
 */
export function personName(text: string): string {
  return text
    .replace(PLURAL_TITLE, '')
    .replace(BRACKETED, '')
    .replace(/\s+[-–—]\s+.*$/, '')
    .replace(/[.,;:]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Where an extraction ran two one-per-line entries together ("… Young People and Families
 * Dr Sue Harrison, Strategic Director …"), split before a form of address that follows a
 * word with no punctuation after it.
 */
/** A form of address after a word with no punctuation after it, not inside a tier title ("Borough Councillor Colin Sampson", "Cynghorydd Sir Joseph Davies"). */
const RUN_TOGETHER_TITLE = new RegExp(`(?<=[a-z)])(?<!\\band|\\b${TIER_WORD}|\\bCynghorydd) (?=(?:Dr|Cllr|Councillor|Mr|Mrs|Ms|Miss|Prof|Professor|Sir|Dame)\\.? [A-Z])`);

/** Split at a pattern's matches that are not inside brackets ("2 (including Cllr D Webb)" stays whole). */
function splitOutsideBrackets(text: string, at: RegExp): string[] {
  const parts: string[] = [];
  let from = 0;
  // Brackets open before each match, counted as the matches come (one pass over the text).
  let depth = 0;
  let counted = 0;
  for (const m of text.matchAll(new RegExp(at.source, 'g'))) {
    for (; counted < m.index!; counted++) {
      if (text[counted] === '(') depth++;
      else if (text[counted] === ')') depth--;
    }
    if (depth > 0) continue;
    parts.push(text.slice(from, m.index));
    from = m.index! + m[0].length;
  }
  parts.push(text.slice(from));
  return parts.map((p) => p.trim()).filter(Boolean);
}

export function splitRunTogetherEntries(text: string): string[] {
  // Not inside a title: "Borough Councillor Colin Sampson" is one entry.
  const parts = text.split(RUN_TOGETHER_TITLE);
  return parts.map((p) => p.trim()).filter(Boolean);
}
