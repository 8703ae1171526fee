/**
 * Times as councils print them → 24-hour `HH:MM`. The one place time formats are known.
 *
 * Accepted: "10:00", "10.00 am", "2pm", "1000 hours", "12.54 hrs", "13.04 hours", "10.05", "21:00pm".
 */

// hh[.:]mm with an optional am/pm, or hhmm followed by "hours"/"hrs", or h am/pm.
// A numeric date ("10.11.2022", "25.11.20") is no time: hh.mm may not be followed or preceded by another ".dd".
const TIME = /\b(\d{1,2})(?:[.:](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])|(?<!\d[./])\b(\d{1,2})[.:](\d{2})(?![./]\d)(?:\s*(?:hours|hrs|h)\b)?|\b(\d{2})(\d{2})\s*(?:hours|hrs)\b|\b(noon|midday)\b/i;

export interface FoundTime {
  hhmm: string;
  index: number;
  end: number;
}

function format(h: number, m: number): string | null {
  if (h > 23 || m > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** The first time in the text, with its position, or null. */
export function findTime(text: string): FoundTime | null {
  const re = new RegExp(TIME.source, 'gi');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let hhmm: string | null = null;
    if (m[1] !== undefined) {
      let h = Number(m[1]);
      const pm = /^p/i.test(m[3]);
      // "21:00pm": a 24-hour time with a needless "pm" is still that time.
      if (pm && h > 12 && m[2] !== undefined) hhmm = format(h, Number(m[2]));
      if (hhmm) return { hhmm, index: m.index, end: m.index + m[0].length };
      if (h > 12 || h === 0) continue;
      if (pm && h !== 12) h += 12;
      if (!pm && h === 12) h = 0;
      hhmm = format(h, Number(m[2] ?? 0));
    } else if (m[4] !== undefined) {
      hhmm = format(Number(m[4]), Number(m[5]));
    } else if (m[6] !== undefined) {
      hhmm = format(Number(m[6]), Number(m[7]));
    } else if (m[8] !== undefined) {
      hhmm = '12:00';
    }
    if (hhmm) return { hhmm, index: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** The time the text holds, or null. */
export function parseTime(text: string | null | undefined): string | null {
  return text ? (findTime(text)?.hhmm ?? null) : null;
}

/** A printed slot such as "(10.05 – 11.00)" or "10am - 12pm" → { from, to }; null when there is none. */
export function findTimeSlot(text: string): { from: string; to: string | null; index: number; end: number } | null {
  const m = /\(?\s*(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?)\s*(?:[-–—]|to)\s*(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\.?)?)\s*\)?/i.exec(text);
  if (!m) return null;
  // A bare "5 - 16" is a page range, not a time: demand a separator or am/pm in each side.
  const timeLike = (s: string) => /[.:]\d{2}|[ap]\.?m/i.test(s);
  if (!timeLike(m[1]) || !timeLike(m[2])) return null;
  const to = findTime(m[2]);
  const from = findTime(m[1]) ?? (/[ap]\.?m/i.test(m[2]) ? findTime(m[1] + ' ' + m[2].replace(/^[\d.:\s]+/, '')) : null);
  if (!from) return null;
  return { from: from.hhmm, to: to?.hhmm ?? null, index: m.index, end: m.index + m[0].length };
}
