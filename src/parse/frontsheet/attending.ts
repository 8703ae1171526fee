/**
 * "… in attendance" paragraphs under CMIS agenda items: who is coming to present the item.
 *
 * "Cllr Mick Brown, Cabinet Member, Children, Young People and Families, Dr Sue Harrison,
 * Strategic Director for Children and Families, … and Lisa Harris, Director Help and
 * Protection (on behalf of …) in attendance." is split into one string per person, each
 * with the role printed after the name. Best effort: a person starts at a comma-separated
 * part that looks like a name (a title such as "Cllr" or "Dr", or two to four capitalised
 * words none of which is a word of job titles and organisations).
 */

/** Phrases that make a paragraph an attendance note. */
const ATTENDANCE = /\b(?:in attendance|will attend|attending(?: for this item)?|to attend|attended for (?:this|the) item|present for (?:this|the) item)\b/i;

/** The closing phrase, removed from the last person's role. */
const CLOSING = /\s*(?:,\s*)?(?:(?:will|may)(?: also)? be |(?:are|is|were|was) )?(?:in attendance|attending|attended|to attend)\s*(?:for (?:this|the) item)?\s*[.;]?\s*$/i;

/** Personal titles that open a name. */
const HONORIFIC = /^(?:Cllr|Councillor|Cllrs|Councillors|Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Revd|Superintendents?|Inspector|Chief Inspector|Chief Superintendent)\.?\s/;

/**
 * Words of job titles and organisations: a part made of these is a role, not a name
 * ("Assistant Director", "City Operations", "Young People").
 */
const ROLE_WORDS = new Set(
  (
    'Acting Adult Adults Assistant Associate Board Borough Business Cabinet Care Chair Chairman Chief City Commissioner ' +
    'Commissioning Community Corporate Council County Deputy Development Director Directorate Education Employability ' +
    'Executive Families Finance Governance Group Head Health Help Housing Improvement Inclusion Interim Lead Leader ' +
    'Learning Manager Managers Member Members Officer Officers Operations Partner Partnership People Performance Planning ' +
    'Police Policy Principal Programme Protection Public Resilience Safeguarding Safety Schools Scrutiny Senior Service ' +
    'Services Skills Social Specialist Strategic Strategy Team Thriving Trust Young Youth Children Children\'s Inclusion SEND'
  ).split(/\s+/),
);

/** True when the paragraph says who is attending. */
export function isAttendance(text: string): boolean {
  return ATTENDANCE.test(text);
}

function looksLikeName(part: string): boolean {
  const p = part.trim();
  if (HONORIFIC.test(p + ' ')) return true;
  const words = p.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  return words.every((w) => /^[A-Z][a-z'’-]+$|^[A-Z]$|^[A-Z]\.$|^(?:Mc|Mac|O')[A-Z][a-z]+$/.test(w) && !ROLE_WORDS.has(w));
}

/** Split at a separator outside brackets. */
function splitOutsideBrackets(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** "… for Birmingham and Helen Ellis" → ["… for Birmingham", "Helen Ellis"] when what follows "and" is a name. */
function splitBeforeName(part: string): string[] {
  const m = /^(.*\S)\s+and\s+(.+)$/.exec(part);
  if (m && !m[1].includes('(') && looksLikeName(m[2])) return [...splitBeforeName(m[1]), m[2]];
  return [part];
}

/** One string per person named in an attendance paragraph, as printed. */
export function splitAttending(text: string): string[] {
  const body = text.replace(CLOSING, '').trim();
  // Semicolons, where a sheet uses them, part people outright ("…, Children's Trust; Andy Couldrick, …").
  return splitOutsideBrackets(body, ';').flatMap(splitPeople);
}

function splitPeople(text: string): string[] {
  const people: string[][] = [];
  for (const raw of splitOutsideBrackets(text, ',')) {
    const part = raw.replace(/^and\s+/, '');
    for (const piece of splitBeforeName(part)) {
      if (people.length === 0 || looksLikeName(piece)) people.push([piece]);
      else people[people.length - 1].push(piece);
    }
  }
  return people.map((p) => p.join(', '));
}
