/**
 * Dates as councils print them → ISO `YYYY-MM-DD`. The one place date formats are known.
 *
 * Accepted: "Wednesday, 04 December 2024", "13th March, 2025", "18 Oct 2023", "9 Apr 25",
 * "December 4, 2024", "25.11.20", "23/10/2024", "2024-10-23", and Welsh: "10fed Chwefror 2016",
 * "13eg Ionawr 2016", "9fed o Fawrth 2016". Numeric dates are read day-first (UK usage); a two-digit year is 20YY.
 */

import { welshForms } from './welsh.js';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
/**
 * Welsh month names, for community councils' Welsh minutes, in every form they are printed in:
 * mutated after a preposition ("o Fawrth", "o Orffennaf", "yn Nhachwedd").
 */
const WELSH_MONTHS: Record<string, number> = Object.fromEntries(
  ['ionawr', 'chwefror', 'mawrth', 'ebrill', 'mai', 'mehefin', 'gorffennaf', 'awst', 'medi', 'hydref', 'tachwedd', 'rhagfyr'].flatMap((name, i) =>
    welshForms(name).map((form) => [form, i + 1]),
  ),
);
const MONTH_NAME = `(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|${Object.keys(WELSH_MONTHS).join('|')})\\.?`;
/** A day of the month with its English or Welsh ordinal ending: "13th", "1af", "2il", "3ydd", "5ed", "10fed", "13eg", "21ain". */
const DAY = '(\\d{1,2})(?:st|nd|rd|th|af|il|ydd|ed|fed|eg|ain)?';
const YEAR = "('?\\d{2}|\\d{4})";

/** Named-month and numeric date shapes, tried in this order. */
const DATE_PATTERNS: Array<{ re: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }> = [
  // 04 December 2024, 13th March, 2025, 9 Apr 25, 4 Dec. 2024
  { re: new RegExp(`\\b${DAY}\\s*(?:(?:of|o)\\s+)?${MONTH_NAME},?\\s+${YEAR}\\b`, 'i'), parts: (m) => [m[1], m[2], m[3]] },
  // December 4, 2024
  { re: new RegExp(`\\b${MONTH_NAME}\\s+${DAY},?\\s+${YEAR}\\b`, 'i'), parts: (m) => [m[2], m[1], m[3]] },
  // 2024-10-23
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/, parts: (m) => [m[3], m[2], m[1]] },
  // 25.11.20, 23/10/2024, 4-12-2024
  { re: /\b(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})\b/, parts: (m) => [m[1], m[2], m[3]] },
];

export interface FoundDate {
  iso: string;
  /** Where the date starts and ends in the searched text. */
  index: number;
  end: number;
}

function toIso(dayText: string, monthText: string, yearText: string): string | null {
  const day = Number(dayText);
  const name = monthText.toLowerCase().replace(/\.$/, '');
  const month = /^\d+$/.test(monthText) ? Number(monthText) : (WELSH_MONTHS[name] ?? MONTHS[name.slice(0, name.startsWith('sept') ? 4 : 3)]);
  let year = Number(yearText.replace("'", ''));
  if (yearText.replace("'", '').length === 2) year += 2000;
  if (!month || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2199) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null; // 31 April and the like
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first date in the text, with its position, or null. */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { re, parts } of DATE_PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    const iso = toIso(...parts(m));
    if (iso && (!best || m.index < best.index)) best = { iso, index: m.index, end: m.index + m[0].length };
  }
  return best;
}

/** Every date in the text, in order. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  let offset = 0;
  for (;;) {
    const d = findDate(text.slice(offset));
    if (!d) return out;
    out.push({ iso: d.iso, index: d.index + offset, end: d.end + offset });
    offset += d.end;
  }
}

/** The date the text holds, or null (the first one where several are printed). */
export function parseDate(text: string | null | undefined): string | null {
  return text ? (findDate(text)?.iso ?? null) : null;
}
