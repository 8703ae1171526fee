/**
 * The columns action trackers print, by header label. Seen in practice:
 * "Minute No. / Date | Agenda Item | Outstanding Actions | Lead Responsible Officer | Comments"
 * (Birmingham, CMIS), "Date | Agenda Item | Action | Update" (older Birmingham),
 * "Ref | Action | Status" (Kent meeting notes), "Action | Who | When" and
 * "Points discussed/agreed | Action Who/When" (parish minutes), "Action items | Person
 * responsible | Deadline" (a notes template's table under each item of the minutes).
 */
import type { HeaderSpec } from '../tables/index.js';

export type TrackerKey = 'date' | 'minute' | 'ref' | 'item' | 'discussion' | 'action' | 'lead' | 'update' | 'status' | 'due';

export const TRACKER_COLUMNS: Array<{ key: TrackerKey; label: RegExp }> = [
  { key: 'date', label: /^(?:minute\s+(?:no\.?|number|ref\.?)\s*(?:\/|and|&)\s*)?(?:meeting\s+)?date(?:\s+of\s+(?:the\s+)?meeting)?(?:\s*(?:\/|and|&)\s*minute\s+(?:no\.?|number))?(?:\s+raised)?/i },
  { key: 'minute', label: /^(?:minute|min\.?)(?:\s+(?:no\.?|number|ref\.?))?/i },
  { key: 'ref', label: /^(?:ref(?:erence)?\.?|no\.?|item\s+no\.?|action\s+(?:no\.?|ref\.?))(?:\s+no\.?)?$/i },
  { key: 'discussion', label: /^(?:points?\s+discussed(?:\s*\/\s*agreed)?|discussion|matters?\s+discussed|notes?|minutes?)\b/i },
  { key: 'item', label: /^(?:agenda\s+item|item|subject|topic|issue|report|meeting)(?:\s+title)?/i },
  { key: 'action', label: /^(?:outstanding\s+|agreed\s+)?actions?(?:\s+(?:points?|required|agreed|arising))?(?:\s+who\s*\/\s*when)?/i },
  { key: 'lead', label: /^(?:lead(?:\s+responsible)?(?:\s+(?:officer|member|person))?|responsible(?:\s+(?:officer|person))?|(?:person|people)\s+responsible|officer|owner|who|by\s+whom|action\s+by)/i },
  { key: 'update', label: /^(?:comments?|updates?|progress|response|notes?\s+\/\s*update|current\s+position)/i },
  { key: 'status', label: /^(?:status|rag(?:\s+status)?)/i },
  { key: 'due', label: /^(?:when|due(?:\s+date)?|deadline|target(?:\s+date)?|by\s+when|date\s+due|timescales?|completion\s+date)/i },
];

/** Columns that tie an action to the meeting or business it arose from. */
const ORIGIN_KEYS = ['date', 'minute', 'ref', 'item', 'discussion'];

/**
 * A header row is a tracker's when it has an action column and at least one other column we
 * know. A table led by a column we cannot name and with no date, minute or item column
 * ("How | Action | Responsible | Timescale" in a report's action plan) is a plan, not a tracker.
 */
export const TRACKER_HEADER: HeaderSpec = {
  columns: TRACKER_COLUMNS,
  accepts: (keys) => {
    const order = [...keys];
    if (!keys.has('action') || !order.some((k) => k !== 'action' && !k.startsWith('column'))) return false;
    return !(order[0].startsWith('column') && !ORIGIN_KEYS.some((k) => keys.has(k)));
  },
  // The action column is required, and every label of it starts "action" ("Outstanding Actions").
  keywords: [/\baction/i],
};
