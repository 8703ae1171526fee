/** What a tracker's rows take from the text around the table: its title and its meeting's date. */
import type { Line } from '../../layout/types.js';
import { findDate } from '../../text/dates.js';
import { fieldText } from '../../text/join.js';

/** "Action Tracker 2020-21", "Actions Points:", "Action Log", "Actions arising": a tracker's own title. */
const TRACKER_TITLE = /^(?:\d+\.?\s+)?(?:(?:outstanding\s+)?actions?\s*(?:tracker|log|points?|list|sheet|arising|schedule|register)\b.*|actions?\s*:?)$/i;
/** How far above the header a title may be printed. */
const TITLE_LOOKBACK_LINES = 8;
/** How many of the document's first lines may hold the meeting's date ("Date: 19 October 2014", "TMG 14 November 2024"). */
const MEETING_DATE_LINES = 15;
/** A line longer than this is prose, not a heading that dates the meeting. */
const HEADING_MAX_CHARS = 90;

export function trackerTitle(lines: Line[], headerIndex: number): string | null {
  for (let k = headerIndex - 1; k >= Math.max(0, headerIndex - TITLE_LOOKBACK_LINES); k--) {
    const text = fieldText(lines[k].text);
    if (TRACKER_TITLE.test(text)) return text.replace(/^\d+\.?\s+/, '').replace(/:$/, '').trim();
  }
  return null;
}

/** The meeting's date from the document's heading lines, for trackers without a date column. */
export function meetingDate(lines: Line[], before: number): string | null {
  for (const line of lines.slice(0, Math.min(before, MEETING_DATE_LINES))) {
    if (line.text.length > HEADING_MAX_CHARS) continue;
    const found = findDate(line.text);
    if (found) return found.iso;
  }
  return null;
}
