/**
 * Tracker rows from a table whose columns ran together (see tables/flattened.ts). Each cell is
 * told apart by what it says, in the order the header prints the columns:
 * - a date cell is a date ("12 Jan 2023", "9 Mar" with "2023" beneath), perhaps with its
 *   minute number ("17 July 2024 Minute No 17"): it anchors a row;
 * - an agenda item is a title (short, capitalised, no closing full stop); the pack's own
 *   titles (its front sheet's items, its minutes' headings), when the caller knows them, are
 *   taken whole or in their wrapped parts;
 * - an action is an instruction ("Officers to provide …", "ii) …");
 * - a lead names people and posts ("Dr Sue Harrison - Strategic Director, …");
 * - an update reports what was done or where things stand ("E-mailed Members on …",
 *   "Letter sent …", "Ongoing.", "It is anticipated …");
 * and the rows are then grouped as a structured tracker's are (grid.ts). Every such row says
 * its cells were inferred.
 */
import type { Line } from '../../layout/types.js';
import { cleanMarkup } from '../../text/join.js';
import { divideFlatCells, SPLIT_COST, SPLIT_COST_CELL_PER_LINE, type FlatRow } from '../tables/flattened-cells.js';
import type { FlatRowSpec, FlatTable, LineFragments } from '../tables/index.js';
import { groupTrackerRows, type DraftRow } from './grid.js';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
/** A date cell: "18 Oct 2023", "9 Mar", "17 July 2024 Minute No 17", "11 October 2024 Minute No." */
const DATE_CELL = new RegExp(`^\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:\\s+\\d{4})?(?:\\s+min(?:ute)?\\.?\\s*(?:no\\.?)?\\s*\\d*)?$`, 'i');
/** The rest of a date cell that wrapped: its year ("2023"), its minute ("Minute No. 26", "36"). */
const DATE_CELL_TAIL = /^(?:\d{4}|\d{1,3}|min(?:ute)?\.?\s*(?:no\.?)?\s*\d*)$/i;
/** "a)", "(b)", "iii)": an enumerator as a word of its own (a full stop is left out: "No." and initials have one). */
const ENUMERATOR_WORD = /^\(?(?:[ivx]{1,5}|[a-h]|\d{1,2})\)$/i;
/** "ii)", "(b)", "c.", "3)": an enumerated action. */
const ENUMERATOR = /^\(?(?:[ivx]{1,5}|[a-h]|\d{1,2})[.)]\s/i;
/** "Officers to e-mail", "The Director … to bring", "A briefing … to be arranged": an instruction. */
const INSTRUCTION = /\bto\s+(?:be\s+)?[a-z]+/;
/** Words that name a post: a lead cell has one. */
const POST = /\b(?:director|officer|head\s+of|chair|cabinet\s+member|cllr|councillor|manager|chief\s+executive|scrutiny\s+office|clerk)\b/i;
/** "Programme Lead", "Lead" wrapped alone: a post, written with its capital ("to lead on" is not). */
const LEAD_POST = /\bLead\b/;
/** "We'd like …", "our partner agencies": an officer writing, which is an update, not an action. */
const FIRST_PERSON = /\b(?:we|we'd|we're|we've|our|us)\b/i;
/** How an update opens: a state, a report of what was done, a date it was done. */
const UPDATE_OPENING =
  /^(?:on-?going|completed?|closed|done|in\s+progress|to\s+be\s+discharged|discharged|outstanding|scheduled|this\s+(?:is|was|has)|it\s+is|linking|e-?mailed|emailed|letter\s+sent|report\s+presented|sent|circulated|held|the(?:\s+[\w-]+){1,4}\s+(?:was|were|has|have)|\d{1,2}\s+\w+\s+\d{4}\s+-|we\s+would|there\s+was)\b/i;
/** A report in the past tense ("was forwarded", "has been", "were submitted"). */
const PAST_TENSE = /\b(?:was|were|has\s+been|have\s+been|had)\b|\b\w+ed\s+(?:on|to|by|at)\b/i;
/** Words of no weight in a name or a post (a lead is otherwise all capitalised words). */
const NAME_GLUE = new Set(['and', 'of', 'for', 'the', '&', '-', '–', 'to', 'in', 'at', 'with']);

/** A cell's text that stops mid-phrase: a joining word or a dash last (a comma may end a wrapped name and post). */
const MID_PHRASE_END = /(?:\b(?:and|or|of|for|the|to|in|on|with|by|a|an|at|from)|[–-])$/i;

function endsMidWord(text: string): boolean {
  return /(?:\b(?:and|or|of|for|the|to|in|on|with|by|a|an|at|from)|[,–-])$/i.test(text);
}

/** What each word of a cell costs in a column where it does not belong (see trackerCellCost). */
const LOWER_WORD_IN_LEAD = 1.5;
const LOWER_WORD_IN_ITEM = 0.3;
/** Prose columns take any words, each at a small cost, so that a cell is not stretched over the next one's words for nothing. */
const PROSE_WORD = 0.15;

function capitalisedOrGlue(word: string): boolean {
  return !/^\p{Ll}/u.test(word) || NAME_GLUE.has(word);
}

/** "Dr Sue Harrison - Strategic Director", "Razia Butt, Director of …", "Cllr Mick Brown, Cabinet Member": a lead opening. */
const NAME_AND_POST = /^(?:(?:Dr|Cllr|Councillor|Mr|Mrs|Ms|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s*(?:,|-|–)?\s*(?:Interim\s+|Strategic\s+|Assistant\s+|Deputy\s+|Executive\s+)?(?:Director|Head\s+of|Chief|Cabinet\s+Member|Officer|Manager|Chair)\b/u;

/** How unlike a cell of the column the text is (see CellScorer). */
export function trackerCellCost(key: string, text: string): number {
  // Every word costs the same in every column, so that a long cell is not cheaper in one
  // column than in another for its length alone; what differs is what the words look like.
  return text.split(' ').length * PROSE_WORD + featureCost(key, text);
}

function featureCost(key: string, text: string): number {
  const isDate = DATE_CELL.test(text);
  const words = text.split(' ');
  // A longer text opening with a date ("15 May 2024 Improving Services …") has run over from the date column.
  const opensWithDate = !isDate && (DATE_CELL.test(words.slice(0, 3).join(' ')) || DATE_CELL.test(words.slice(0, 2).join(' '))) && !/^\S+\s+\S+\s+\d{4}\s+[-–]/.test(text);
  if (opensWithDate && key !== 'date' && key !== 'due') return 10;
  // "Minute No. 26", "2023", "36" alone: the rest of a date cell, not a title or a name.
  if (DATE_CELL_TAIL.test(text) && (key === 'item' || key === 'lead')) return 6;
  if (TITLE_BEFORE_NAME.test(words[words.length - 1]) && key !== 'date') return 10;
  switch (key) {
    case 'date':
    case 'due':
      return isDate ? -4 : DATE_CELL_TAIL.test(text) ? -1 : 20;
    case 'minute':
    case 'ref':
      return /^(?:min(?:ute)?\.?\s*(?:no\.?)?\s*)?\d+[a-z]?\.?$/i.test(text) ? -3 : 20;
    case 'status':
      return /^(?:complete[d]?|open|closed|ongoing|on-going|in\s+progress|outstanding|discharged|red|amber|green|blue)\.?$/i.test(text) ? -4 : 12;
    case 'item': {
      if (isDate || ENUMERATOR.test(text)) return 15;
      let cost = words.length > 16 ? 8 : 1;
      if (/[.;:]$/.test(text)) cost += 4;
      if (INSTRUCTION.test(text)) cost += 3;
      if (UPDATE_OPENING.test(text)) cost += 4;
      if (POST.test(text)) cost += 3;
      // An enumerator inside ("… Packages: a)") opens an action's list: a title has none.
      if (words.slice(1).some((w) => ENUMERATOR_WORD.test(w))) cost += 8;
      return cost + words.filter((w) => !capitalisedOrGlue(w)).length * LOWER_WORD_IN_ITEM - words.filter(capitalisedOrGlue).length * PROSE_WORD;
    }
    case 'action': {
      if (isDate) return 15;
      let cost = 2;
      if (ENUMERATOR.test(text)) cost -= 3;
      // An action often says who is to do what near its start ("Officers to e-mail …"); one
      // that is a noun phrase ("Feedback on the consultation …") costs no more than prose.
      if (INSTRUCTION.test(words.slice(0, ACTION_OPENING_WORDS).join(' '))) cost -= 1;
      if (UPDATE_OPENING.test(text)) cost += 3;
      if (FIRST_PERSON.test(text)) cost += 3;
      if (NAME_AND_POST.test(text)) cost += 3;
      return cost;
    }
    case 'lead': {
      if (isDate || ENUMERATOR.test(text)) return 15;
      let cost = POST.test(text) || LEAD_POST.test(text) ? -2 : 1;
      if (NAME_AND_POST.test(text)) cost -= 1;
      if (/[.;:]$/.test(text)) cost += 4;
      if (endsMidWord(text) && !/,$/.test(text)) cost += 1;
      // Names and posts have no figures or quotations.
      if (/['‘’"“]\p{Lu}|\d/u.test(text)) cost += 3;
      // Names and posts are capitalised: such words cost nothing here, others a good deal.
      return cost + words.filter((w) => !capitalisedOrGlue(w)).length * LOWER_WORD_IN_LEAD - words.filter(capitalisedOrGlue).length * PROSE_WORD;
    }
    case 'update': {
      let cost = UPDATE_OPENING.test(text) ? -1 : 3;
      if (PAST_TENSE.test(text)) cost -= 1;
      if (ENUMERATOR.test(text)) cost += 3;
      if (isDate) cost += 2;
      if (NAME_AND_POST.test(text)) cost += 3;
      // Wrapped text opening in lower case carries on an action far more often than an update.
      if (/^\p{Ll}/u.test(text)) cost += 2;
      if (FIRST_PERSON.test(text)) cost -= 1;
      return cost;
    }
    default:
      return 4;
  }
}

/** "Dr", "Cllr": a title is never the end of a cell (the name follows it). */
const TITLE_BEFORE_NAME = /^(?:Dr|Cllr|Councillor|Mr|Mrs|Ms|Prof)\.?$/;
/** An update that opens by stating where the action stands. */
const STATE_OPENING = /^(?:on-?going|completed?|to\s+be\s+discharged|discharged|in\s+progress)\b/i;
/** An action names its doer and the verb within this many words ("The Director, Children and Families, to bring"). */
const ACTION_OPENING_WORDS = 10;
const MONTH_WORD = new RegExp(`^${MONTH}$`, 'i');

const JOINING_WORD = /^(?:and|or|of|for|to|in|on|with|by|at|from)$/;
const ARTICLE = /^(?:a|an|the)$/i;
/** "Saving 150:", "Item 5": a capitalised word and its number. */
const NAME_AND_NUMBER = /^\p{Lu}\p{Ll}+ \d+[:.]?$/u;
const ARTICLE_ENDING = 5;
const JOINING_OPENING = 3;

/** Evidence that a new cell starts at words[at] of a line whose cells were joined by spaces. */
export function trackerCellOpening(words: readonly string[], at: number): number {
  const before = words[at - 1] ?? '';
  const rest = words.slice(at, at + 12).join(' ');
  // A date's year, or its minute number, is never a cell of its own beside it.
  if (MONTH_WORD.test(before) && /^\d{4}$/.test(words[at])) return -5;
  if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(before) && MONTH_WORD.test(words[at])) return -5;
  if (/^No\.?$/i.test(before) || /^min(?:ute)?$/i.test(before) || TITLE_BEFORE_NAME.test(before)) return -5;
  if (/^min(?:ute)?\.?$/i.test(words[at]) && /^(?:\d{4}|\d{1,2})$/.test(before)) return -5;
  // A cell seldom opens with a joining word: a phrase going on does ("… Relationship with Schools").
  if (JOINING_WORD.test(words[at])) return -JOINING_OPENING;
  // No cell ends with an article ("… Children and An" / "update on …"), nor before the number
  // of the word it follows ("Saving 150:", "Appendix 2") unless a date or an enumerator opens there.
  if (ARTICLE.test(before)) return -ARTICLE_ENDING;
  if (NAME_AND_NUMBER.test(`${before} ${words[at]}`) && !MONTH_WORD.test(words[at + 1] ?? '')) return -ARTICLE_ENDING;
  let evidence = 0;
  if (/[.;:]$/.test(before) && !/^(?:No|Dr|Mr|Mrs|Ms|Cllr)\.$/.test(before)) evidence += 1;
  if (ENUMERATOR.test(rest) && !/^[a-h][.)]/i.test(words[at])) evidence += 2;
  if (NAME_AND_POST.test(rest)) evidence += 2;
  if (UPDATE_OPENING.test(rest)) evidence += STATE_OPENING.test(rest) ? 2.5 : 1.5;
  if (/^(?:Officers?|The|That|A|An|Details|Feedback|Timescales|Future)\b/.test(rest) && INSTRUCTION.test(words.slice(at, at + ACTION_OPENING_WORDS).join(' '))) evidence += 1.5;
  return evidence;
}

/** "23rd October." alone: the end of a sentence wrapped onto a line of its own, not a date cell. */
const DATE_ENDING_SENTENCE = /^\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.$/u;

/** A tracker row starts at its date cell. */
export const TRACKER_ROWS: FlatRowSpec = {
  isAnchor: (text) =>
    !DATE_ENDING_SENTENCE.test(text) && (DATE_CELL.test(text.split(' ').slice(0, 3).join(' ')) || DATE_CELL.test(text.split(' ').slice(0, 2).join(' '))),
};

/**
 * A table printed with this many lines or more per dated row has its cells one to a line (a
 * row of four or five cells, less the empty ones); with fewer, its cells were joined on a line.
 */
const LINES_PER_ROW_OF_CELLS = 3;

/**
 * What a cell that is a known agenda item's title is worth as an item; a wrapped first or last
 * part of one is worth its share of the title's words, so that the whole title (or the longer
 * part) is taken before a shorter part of it.
 */
const KNOWN_TITLE_BONUS = 3;

function foldTitle(text: string): string {
  return text.toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
}

interface KnownTitles {
  /** How much of a known title the text is: 1 for the whole, the share of its words for a wrapped first or last part, 0 for none. */
  share(text: string): number;
  /** Whether the words on both sides of words[at] run on inside one known title (no cell starts there). */
  runsOn(words: readonly string[], at: number): boolean;
  /** The rest of the known title the text opens, when the text is a first part of exactly one. */
  rest(text: string): string | null;
}

/** Words either side of a place that, found together inside a known title, show it is no cell's edge. */
const TITLE_WINDOW_BEFORE = 2;

function knownTitles(titles: readonly string[]): KnownTitles {
  const folded = [...new Set(titles.map(foldTitle).filter((t) => t !== ''))];
  const padded = folded.map((t) => ` ${t} `);
  return {
    share(text) {
      const t = foldTitle(text);
      const words = t.split(' ').length;
      let share = 0;
      for (const k of folded) {
        if (k === t) return 1;
        if (k.startsWith(`${t} `) || k.endsWith(` ${t}`)) share = Math.max(share, words / k.split(' ').length);
      }
      return share;
    },
    runsOn(words, at) {
      if (at < TITLE_WINDOW_BEFORE) return false;
      const window = ` ${foldTitle(words.slice(at - TITLE_WINDOW_BEFORE, at + 1).join(' '))} `;
      return padded.some((k) => k.includes(window));
    },
    rest(text) {
      const t = foldTitle(text);
      const opened = folded.filter((k) => k.startsWith(`${t} `));
      return opened.length === 1 ? opened[0].slice(t.length + 1) : null;
    },
  };
}

/** A dated row's agenda item is printed beside its date (the two are merged cells that start together): what leaving it out costs. */
const ITEM_BESIDE_DATE = 2;
/** How strongly a cell's edge inside a known title counts against it. */
const INSIDE_TITLE = 3;

/** A phrase of this many words or more printed whole in several rows is a cell's text (a lead, an item). */
const MIN_RECURRING_WORDS = 3;
const MAX_RECURRING_WORDS = 16;
/** What a recurring phrase is worth as a lead or an item cell. */
const RECURRING_BONUS = 2.5;

/**
 * Phrases the table prints whole in several rows, with different words around them each time
 * ("Dr Sue Harrison - Strategic Director, Children and Families", "T&F Meeting – Implications
 * of Savings"): the same lead or item beside different actions. A phrase always followed by the
 * same word is only part of one.
 */
function recurringPhrases(lines: readonly string[]): (text: string) => boolean {
  const known = new Map<string, boolean>();
  const padded = lines.map((l) => ` ${l} `);
  // The lines each word is on: a phrase is looked for only on the lines of its rarest word.
  // Every place a cell may end asks about a phrase, so scanning every line for each would cost
  // the table's size squared (a tracker pasted 469 times over took 25 s).
  const linesOf = new Map<string, number[]>();
  lines.forEach((line, k) => {
    for (const word of new Set(line.split(' '))) {
      const on = linesOf.get(word);
      if (on) on.push(k);
      else linesOf.set(word, [k]);
    }
  });
  return (text) => {
    const words = text.split(' ');
    if (words.length < MIN_RECURRING_WORDS || words.length > MAX_RECURRING_WORDS) return false;
    let hit = known.get(text);
    if (hit !== undefined) return hit;
    const before = new Set<string>();
    const after = new Set<string>();
    let count = 0;
    const candidates = words.map((w) => linesOf.get(w) ?? []).reduce((a, b) => (b.length < a.length ? b : a));
    for (const line of candidates.map((k) => padded[k])) {
      for (let at = line.indexOf(` ${text} `); at >= 0; at = line.indexOf(` ${text} `, at + 1)) {
        count++;
        before.add(line.slice(0, at).trim().split(' ').at(-1) ?? '');
        after.add(line.slice(at + text.length + 2).trim().split(' ')[0] ?? '');
      }
    }
    // Left of it, a different word each time, or a date's last figures (an item after its date).
    // A phrase stopping mid-phrase ("School Improvement –", "… Children and") is the start of longer cells.
    hit = count >= 2 && after.size > 1 && (before.size > 1 || [...before].every((w) => /^\d+\.?$/.test(w))) && !MID_PHRASE_END.test(text);
    known.set(text, hit);
    return hit;
  };
}

/** Draft rows of a flattened tracker, grouped as a structured tracker's are, and whether cells were split inside lines. */
export function flatTrackerRows(table: FlatTable, titles: readonly string[] = []): DraftRow[] {
  const anchors = table.body.filter((l) => TRACKER_ROWS.isAnchor(l.text)).length;
  const printed = table.printed;
  const cellPerLine = printed.length >= LINES_PER_ROW_OF_CELLS * Math.max(1, anchors);
  const recurs = recurringPhrases(printed.map((g) => g.map((l) => cleanMarkup(l.text)).join(' ').split(/\s+/).join(' ')));
  const known = knownTitles(titles);
  const cost = (key: string, text: string) =>
    trackerCellCost(key, text) - ((key === 'lead' || key === 'item') && recurs(text) ? RECURRING_BONUS : 0) - (key === 'item' ? KNOWN_TITLE_BONUS * known.share(text) : 0);
  const opening = (words: readonly string[], at: number) => trackerCellOpening(words, at) - (known.runsOn(words, at) ? INSIDE_TITLE : 0);
  const { rows } = divideFlatCells(table.body, table.header.keys, cost, {
    opening,
    splitCost: cellPerLine ? SPLIT_COST_CELL_PER_LINE : SPLIT_COST,
    printed,
    skip: (before, after) => (before === 'date' && after !== 'item' ? ITEM_BESIDE_DATE : 0),
  });
  const fragments: LineFragments[] = carryWrappedLeads(carryWrappedItems(rows), table.resumed).map((r) => ({ line: r.lines[0] as Line, cells: r.cells, gap: null, afterBreak: false }));
  const drafts = groupTrackerRows(fragments, new Set(table.header.keys));
  // The tracker's own items are known titles too: a title printed whole in one group completes
  // the same title wrapped differently in another.
  return completeTitles(drafts, knownTitles([...titles, ...drafts.map((d) => d.group.item)]));
}

/** Capitalised words (with the joining words of a title) opening a text, before its first word in lower case. */
const TITLE_RUN = /^((?:\p{Lu}[\p{L}'’&/-]*|\d[\d/-]*|&|–|-|and|of|for|the|in|on|with|to)(?:\s+(?:\p{Lu}[\p{L}'’&/-]*|\d[\d/-]*|&|–|-|and|of|for|the|in|on|with|to))*)\s+(?=\p{Ll})/u;

/**
 * An item cell that stops mid-phrase ("Improving Services for Children and") goes on in the
 * next printed line of its row; where that line was read with no item, the capitalised words
 * opening its action ("Families Plan Update improvement and …") are the item's rest.
 */
function carryWrappedItems(rows: FlatRow[]): FlatRow[] {
  rows.forEach((row, i) => {
    const item = rows[i - 1]?.cells.get('item');
    const first = [...row.cells.keys()][0];
    if (!item || !MID_PHRASE_END.test(item) || first !== 'action' || row.cells.has('date')) return;
    const action = row.cells.get('action') ?? '';
    const run = TITLE_RUN.exec(action);
    if (!run || MID_PHRASE_END.test(run[1])) return;
    row.cells = new Map([['item', run[1]], ...[...row.cells].map(([k, v]): [string, string] => [k, k === 'action' ? action.slice(run[0].length) : v])]);
  });
  return rows;
}

/** A lead's post broken after a comma ("Fayth Skeete - Head of Strategic,"): its rest is still to come. */
const UNFINISHED_POST = /,$/;

/**
 * A lead whose post stops at a comma, in a row a page break cut, goes on after the break (the
 * header printed again) among the row's other unfinished cells ("Families Plan Update" / "improvement and …" /
 * "Governance and Planning"). Where a later row, before any other lead is printed, opens with a
 * capitalised phrase read as an item and has no date, that phrase is the post's rest: an item
 * is printed beside a date, and a row under an inherited item prints none.
 */
function carryWrappedLeads(rows: FlatRow[], resumed: ReadonlySet<Line>): FlatRow[] {
  let pending: FlatRow | null = null;
  // Whether the cut row's item is unfinished too: its rest, printed before the lead's, comes first.
  let itemOpen = false;
  for (const row of rows) {
    const first = [...row.cells.keys()][0];
    const item = row.cells.get('item');
    const from = pending?.lines.at(-1)?.line ?? Infinity;
    const brokenSince = [...resumed].some((l) => l.line > from && l.line <= row.lines[0].line);
    if (pending && brokenSince && first === 'item' && item && !row.cells.has('date') && item.split(' ').every(capitalisedOrGlue) && !MID_PHRASE_END.test(item)) {
      if (itemOpen) itemOpen = false;
      else {
        pending.cells.set('lead', `${pending.cells.get('lead')} ${item}`);
        row.cells.delete('item');
        pending = null;
      }
    }
    const lead = row.cells.get('lead');
    if (lead !== undefined) {
      pending = UNFINISHED_POST.test(lead) ? row : null;
      itemOpen = pending !== null && MID_PHRASE_END.test(row.cells.get('item') ?? '');
    }
  }
  return rows;
}

/**
 * An item cell that is a first part of a known title, whose next row's action opens with the
 * rest of it ("… Families Plan" / "Update Feedback on …"): the title wrapped beside the next
 * action, and its rest is the item's, not the action's.
 */
function completeTitles(rows: DraftRow[], known: KnownTitles): DraftRow[] {
  for (const row of rows) {
    const rest = row.group.item ? known.rest(row.group.item) : null;
    const action = row.cells.action ?? '';
    if (!rest || !foldTitle(action).startsWith(`${rest} `)) continue;
    const words = rest.split(' ').length;
    row.group.item = `${row.group.item} ${action.split(' ').slice(0, words).join(' ')}`;
    row.cells.action = action.split(' ').slice(words).join(' ');
  }
  return rows;
}
