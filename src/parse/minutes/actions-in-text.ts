/**
 * Actions written into the minutes' own text, where a council keeps no tracker table. Each
 * phrasing is a small reader, tried in order on every sentence of a minute:
 *
 * - an actor in capitals then "to" and a verb: "CLERK to request a new bin for Church Road",
 *   "CLLR ROBARTS to draft letter" (parish clerks' action tags);
 * - a sentence or point that opens with its actor: "Clerk to contact pest controller to attend.";
 * - a sentence ending in "action Name": "… Look at the insurance, action Mick.", "… c/f action
 *   Jon." (carried forward: still going on);
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
  /** The actions one sentence holds (most hold none). */
  read(sentence: string): TextAction[];
}

/** "CLERK", "CHAIR", "ALL", "CLLR ROBARTS", "CLLRS SMITH AND JONES": an actor tag in capitals. */
const UPPER_ACTOR = /(?:^|[\s●•])((?:CLERK|CHAIR(?:MAN)?|ALL|CLLRS?\.?\s+[A-Z][A-Z'’-]+(?:\s+(?:AND|&)\s+[A-Z][A-Z'’-]+)?))\s+to\s+([a-z][^●•]*)$/;
/** A sentence or point that opens with its actor: "Clerk to contact pest controller to attend", "Cllr Collins to provide details to Clerk". */
const ACTOR_OPENS = /^((?:the\s+)?(?:Clerk|Chair(?:man|person)?|Secretary|Treasurer|RFO|(?:Cllr|Councillor)\.?\s+[A-Z][\w'’-]+(?:\s+and\s+(?:Cllr\.?\s+)?[A-Z][\w'’-]+)?))\s+to\s+([a-z].*)$/i;
/** "…, action Mags to check.", "…, c/f action Jon." */
const ACTION_NAME = /^(.*?)[,;]?\s+(c\/f\s+)?action\s+([A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+)?)(?:\s+to\s+(.+?))?\.?$/;

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
    read(sentence) {
      const m = ACTION_NAME.exec(sentence);
      if (!m || !m[1]) return [];
      const action = m[4] ? `${m[1]}; ${m[3]} to ${m[4]}` : m[1];
      return [{ action: action.replace(/[.,;\s]+$/, ''), lead: m[3], status: m[2] ? 'ongoing' : 'open' }];
    },
  },
];

/** Bullets that open a point in parish minutes: "●", "•", "Ø", "▪", and a lone "o" before a capital. */
const BULLET = /\s*(?:[●•Ø▪◦○]|(?<=^|\s)o(?=\s+[A-Z]))\s+/;
const LEADING_BULLET = /^(?:[●•Ø▪◦○]|o(?=\s+[A-Z]))\s*/;

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

const ACTION_NAME_AT_END = PHRASINGS.find((p) => p.name === 'action-name-at-end')!;

function actionsOfItem(item: MinuteItem): TextAction[] {
  const out: TextAction[] = [];
  for (const point of points(item.text)) {
    const list = sentences(point);
    // "action Name" closes a whole point: the point is the action.
    const named = ACTION_NAME_AT_END.read(point);
    if (named.length && ACTION_NAME.test(list[list.length - 1] ?? '')) {
      out.push(...named);
      continue;
    }
    list.forEach((sentence) => {
      for (const phrasing of PHRASINGS) {
        const found = phrasing.read(sentence);
        if (found.length) {
          out.push(...found);
          break;
        }
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
