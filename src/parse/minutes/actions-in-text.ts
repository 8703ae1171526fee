/**
 * Actions written into the minutes' own text, where a council keeps no tracker table. Each
 * phrasing is a small reader, tried in order on every sentence of a minute:
 *
 * - an actor in capitals then "to" and a verb: "CLERK to request a new bin for Church Road",
 *   "CLLR ROBARTS to draft letter" (parish clerks' action tags);
 * - a sentence or point that opens with its actor: "Clerk to contact pest controller to attend.";
 * - "action Name" closing a sentence: "… Look at the insurance, action Mick.", "… c/f action
 *   Jon." (carried forward: still going on); the action is its point up to the note;
 * - a point closing on "…, Name to verb …": "… Still trying to find convenient date, Karen to
 *   keep on the case." (the same note without the word "action"): the point is the action.
 *
 * A row takes its meeting's date and its minute's number; its `item` is the minute's title.
 */
import type { ActionRow, Minutes, MinuteItem } from '../../schema/pack.js';
import { ENDS_WITH_ABBREVIATION } from '../common/abbreviations.js';
import { minutesActionRow } from './action-row.js';

/** The title a row's `tracker` carries when it came from the minutes' text, not a table. */
export const MINUTES_ACTIONS_TITLE = 'Actions in the minutes';

interface TextAction {
  action: string;
  lead: string;
  status: ActionRow['status'];
}

interface ActionPhrasing {
  name: string;
  /**
   * A note that closes what it acts on ("…, action Mick."): the action is the point's text up to
   * the note, from its start or from the note before it.
   */
  closesPoint?: boolean;
  /** Read only in a point's last sentence. */
  lastOnly?: boolean;
  /** The actions one sentence holds (most hold none). */
  read(sentence: string): TextAction[];
}

/** "CLERK", "CHAIR", "ALL", "CLLR ROBARTS", "CLLRS SMITH AND JONES": an actor tag in capitals. */
const UPPER_ACTOR = /(?:^|[\s●•])((?:CLERK|CHAIR(?:MAN)?|ALL|CLLRS?\.?\s+[A-Z][A-Z'’-]+(?:\s+(?:AND|&)\s+[A-Z][A-Z'’-]+)?))\s+to\s+([a-z][^●•]*)$/;
/** A sentence or point that opens with its actor: "Clerk to contact pest controller to attend", "Cllr Collins to provide details to Clerk". */
const ACTOR_OPENS = /^((?:the\s+)?(?:Clerk|Chair(?:man|person)?|Secretary|Treasurer|RFO|(?:Cllr|Councillor)\.?\s+[A-Z][\w'’-]+(?:\s+and\s+(?:Cllr\.?\s+)?[A-Z][\w'’-]+)?))\s+to\s+([a-z].*)$/i;
/** A first name, or two joined by "and" / "&". */
const FIRST_NAMES = String.raw`[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+)?`;
/** "…, action Mags to check.", "…, c/f action Jon." */
const ACTION_NAME = new RegExp(String.raw`^(.*?)[,;]?\s+(c\/f\s+)?action\s+(${FIRST_NAMES})(?:\s+to\s+(.+?))?\.?$`);
/** "…, Karen to keep on the case.": a clause naming who is to act closes the point. */
const NAME_TO_AT_END = new RegExp(String.raw`^(.+?),\s+(${FIRST_NAMES})\s+to\s+([a-z][^,;]*?)\.?$`);

/** "CLLR ROBARTS" → "Cllr Robarts", "CLERK" → "Clerk": a tag printed in capitals, in its usual case. */
function actorCase(tag: string): string {
  return tag
    .toLowerCase()
    .replace(/\b([a-z])/g, (c) => c.toUpperCase())
    .replace(/\bAnd\b/g, 'and')
    .replace(/\.$/, '');
}

const PHRASINGS: ActionPhrasing[] = [
  {
    name: 'actor-in-capitals',
    read(sentence) {
      const m = UPPER_ACTOR.exec(sentence);
      if (!m) return [];
      const lead = actorCase(m[1]);
      return [{ action: `${m[1]} to ${m[2]}`.replace(/[.\s]+$/, ''), lead, status: 'open' }];
    },
  },
  {
    name: 'actor-opens-sentence',
    read(sentence) {
      const m = ACTOR_OPENS.exec(sentence.replace(/[.\s]+$/, ''));
      if (!m || /^[A-Z\s]+$/.test(m[1])) return [];
      return [{ action: sentence.replace(/[.\s]+$/, ''), lead: m[1].replace(/^the\s+/i, ''), status: 'open' }];
    },
  },
  {
    name: 'action-name-at-end',
    closesPoint: true,
    read(sentence) {
      const m = ACTION_NAME.exec(sentence);
      if (!m || !m[1]) return [];
      const action = m[4] ? `${m[1]}; ${m[3]} to ${m[4]}` : m[1];
      return [{ action: action.replace(/[.,;\s]+$/, ''), lead: m[3], status: m[2] ? 'ongoing' : 'open' }];
    },
  },
  {
    name: 'name-to-at-end',
    closesPoint: true,
    lastOnly: true,
    read(sentence) {
      const m = NAME_TO_AT_END.exec(sentence);
      if (!m) return [];
      return [{ action: `${m[1]}, ${m[2]} to ${m[3]}`, lead: m[2], status: 'open' }];
    },
  },
];

/**
 * Bullets that open a point in parish minutes: "●", "•", "Ø", "▪", and a lone "o" before a
 * capital. A symbol font's bullet may come with its private-use code point beside it ("Ø\uF0D8":
 * Wingdings' arrow, as a word processor's PDF gives it).
 */
const BULLET = /\s*(?:[●•Ø▪◦○][\uE000-\uF8FF]?|(?<=^|\s)o(?=\s+[A-Z]))\s+/;
const LEADING_BULLET = /^(?:[●•Ø▪◦○][\uE000-\uF8FF]?|o(?=\s+[A-Z]))\s*/;

/** A minute's points: its bulleted points, or the whole text where it has none. */
function points(text: string): string[] {
  return text
    .split(BULLET)
    .map((s) => s.replace(LEADING_BULLET, '').trim())
    .filter(Boolean);
}

/** A point's sentences. */
function sentences(point: string): string[] {
  const out: string[] = [];
  for (const piece of point.split(/(?<=[.!?])\s+(?=[A-Z(])/)) {
    const prev = out[out.length - 1];
    if (prev !== undefined && ENDS_WITH_ABBREVIATION.test(prev)) out[out.length - 1] = `${prev} ${piece}`;
    else out.push(piece);
  }
  return out.map((x) => x.trim()).filter(Boolean);
}

function actionsOfItem(item: MinuteItem): TextAction[] {
  const out: TextAction[] = [];
  for (const point of points(item.text)) {
    const list = sentences(point);
    // The first sentence of the point not yet part of an action a note closed.
    let open = 0;
    list.forEach((sentence, k) => {
      for (const phrasing of PHRASINGS) {
        if (phrasing.lastOnly && k !== list.length - 1) continue;
        const found = phrasing.read(sentence);
        if (!found.length) continue;
        if (phrasing.closesPoint) {
          const before = list.slice(open, k).join(' ');
          out.push(...found.map((a) => ({ ...a, action: before ? `${before} ${a.action}` : a.action })));
          open = k + 1;
        } else out.push(...found);
        break;
      }
    });
  }
  return out;
}

/** Every action written into the text of these minutes, in order. */
export function actionsInMinutes(minutes: Minutes): ActionRow[] {
  const date = minutes.meeting.date;
  return minutes.items.flatMap((item) =>
    actionsOfItem(item).map((a) =>
      minutesActionRow({ tracker: MINUTES_ACTIONS_TITLE, date, minute: item.number, item: item.title, action: a.action, lead: a.lead, status: a.status, source: item.source }),
    ),
  );
}
