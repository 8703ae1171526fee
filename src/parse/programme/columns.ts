/**
 * The columns of a committee work programme, by header label. Seen: "Date At 10am in
 * Committee Rooms 3&4 | Item/Topic | Aims and Objectives | Scrutiny Method | Cabinet Member/
 * Lead Officer | Other Witnesses | Additional Information and Outcome*" (Birmingham 2024) and
 * "All at 10 am | Session / Outcome | Officers / Attendees" (Birmingham 2019).
 */
import type { HeaderSpec } from '../tables/index.js';

export const PROGRAMME_HEADER: HeaderSpec = {
  columns: [
    // "Date At 10am in Committee Rooms 3&4", "Meeting date", "All at 10 am"; not "Date of Decision".
    { key: 'date', label: /^(?:(?:meeting|committee)\s+)?dates?(?:\s+(?:at|of\s+meeting|and\s+venue)\b.*)?$|^all\s+at\s+\d.*/i },
    { key: 'item', label: /^(?:item\s*\/\s*topic|items?|topics?|session(?:\s*\/\s*outcome)?|subject|report(?:\s+title)?|business)$/i },
    { key: 'aims', label: /^(?:aims?(?:\s+and\s+objectives)?|purpose|objectives?)$/i },
    { key: 'method', label: /^(?:scrutiny\s+)?method$/i },
    { key: 'lead', label: /^(?:cabinet\s+member\s*\/?\s*lead\s+officer|lead\s+officers?|cabinet\s+member|officers?(?:\s*\/\s*attendees)?|attendees|report\s+author|presenting\s+officer)$/i },
    { key: 'witnesses', label: /^(?:other\s+)?witnesses|^invited$/i },
    { key: 'notes', label: /^(?:additional\s+information(?:\s+and\s+outcome)?\*?|outcomes?|notes|comments|status)$/i },
    { key: 'deadline', label: /^(?:report\s+)?deadline$/i },
  ],
  accepts: (keys) => keys.has('date') && keys.has('item') && (keys.has('lead') || keys.has('aims') || keys.has('witnesses') || keys.has('method')),
  // The date and item columns are required: "Date", "Meeting date", "All at 10 am"; "Item",
  // "Topic", "Session", "Subject", "Report", "Business".
  keywords: [/\b(?:date|all\s+at)/i, /\b(?:item|topic|session|subject|report|business)/i],
};

/**
 * A tag printed after an item's title in the same cell ("… IRP Aim: A council delivering good
 * services", "… Scrutiny Development Plan Criteria: …"): where the title ends.
 */
export const TITLE_TAG_OPENING = String.raw`(?:(?:[A-Z]{2,5}|Scrutiny Development Plan)\s+)?(?:Aim|Priority|Programme|Criteria):`;
