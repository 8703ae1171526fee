/**
 * An action's status, from an explicit status column where there is one, else from the update
 * text. The rules, in the order they are tried (the first that matches wins):
 *
 * 1. discharged — "To be discharged: …", "Discharged", and boards' "Propose to close",
 *                 "Recommended for closure" (done, awaiting the committee's leave to close)
 * 2. ongoing    — the text opens with "Ongoing", "In progress", "On track", or a RAG rating of
 *                 Amber or Green (under way, on or near its plan)
 * 3. completed  — opening "Completed", "Complete", "Done", "Closed", RAG "Blue"; "Letter sent",
 *                 "E-mailed information to Members on 4 November 2024", "Held on …", "Circulated", "Sent to …"
 * 4. open       — opening "Outstanding", "Overdue", "Not started", RAG "Red"
 * 5. ongoing    — "in progress", "scheduled for", "it is anticipated", "programmed for",
 *                 "underway", "ongoing" anywhere
 * 6. open       — an explicit "Open", or no update at all
 * 7. unknown    — anything else (an update that says neither)
 */
import type { ActionStatus } from '../../schema/pack.js';

const STATUS_RULES: Array<{ status: ActionStatus; pattern: RegExp }> = [
  { status: 'discharged', pattern: /\b(?:to\s+be\s+)?discharged\b|\bpropos(?:e|ed)\s+(?:to\s+close|for\s+closure)\b|\brecommend(?:ed)?\s+for\s+closure\b/i },
  { status: 'ongoing', pattern: /^\W*(?:on-?going|in\s+progress|on\s+track|amber|green)\b/i },
  {
    status: 'completed',
    pattern: /^\W*(?:completed?|done|closed|achieved|actioned|blue)\b|\b(?:letter\s+sent|held\s+on|circulated|sent\s+to|(?:e-?mailed|emailed|provided|shared)\b[^.]*\bon\s+\d{1,2}(?:st|nd|rd|th)?\s+\w+)/i,
  },
  { status: 'open', pattern: /^\W*(?:outstanding|overdue|not\s+(?:yet\s+)?started|red)\b/i },
  { status: 'ongoing', pattern: /\b(?:on-?going|in\s+progress|scheduled\s+for|it\s+is\s+anticipated|programmed\s+for|under\s?way)\b/i },
  { status: 'open', pattern: /^\W*open\b/i },
];

export function statusOf(explicit: string | null, update: string | null): ActionStatus {
  for (const text of [explicit, update]) {
    if (!text || text.trim() === '') continue;
    for (const rule of STATUS_RULES) if (rule.pattern.test(text)) return rule.status;
    // An explicit status column we cannot read says something: do not fall through to the update.
    return 'unknown';
  }
  return 'open';
}
