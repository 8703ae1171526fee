/**
 * The closing signature block of a set of minutes: the lines where the chair signs them as a
 * true record and dates them. They carry no business, so they are never part of a minute's
 * text; but a sentence that only mentions signing ("All agreed this was a true record and were
 * / signed and approved.") is business, and stays in its minute.
 *
 * Councils print the block in several ways, one reader each, tried in order:
 * - Milburn PC: "Signed _______________________________ Dated 7th January 2020"
 * - Royal Sutton Coldfield TC: "Signed as a correct record" / "Signed………………" / "Date………………"
 * - Whitbourne PC: "………………..……………………" / "Chairman – 3rd December 2025"
 * - Manordeilo and Salem CC: "……………..........…9th March 2016" / "CHAIRPERSON" (Welsh: "CADEIRYDD")
 * - ModernGov (Kent): a dotted line over "signed      date"
 * - Welsh: "Arwyddwyd gan y Cadeirydd" / "Llofnodwyd" (signed by the Chair / signed), "Dyddiad" (date)
 */
import { findDate } from '../../text/dates.js';

interface SignatureReader {
  name: string;
  test: (text: string) => boolean;
}

/** The signatory's role as printed under the blank. */
const ROLE = /^(?:chair(?:man|person|woman)?|vice[-\s]chair(?:man|person)?|cadeirydd|clerk|proper\s+officer)\b/i;

/** The role alone ("CHAIRPERSON"), or with the date of signing and nothing else ("Chairman – 3rd December 2025"). */
function isRoleLine(t: string): boolean {
  const m = ROLE.exec(t);
  if (!m) return false;
  const rest = t.slice(m[0].length).trim();
  if (/^[.:]?$/.test(rest)) return true;
  const dated = /^[-–—:,]\s*(.{1,30})$/.exec(rest);
  if (!dated) return false;
  const date = findDate(dated[1]);
  return date !== null && dated[1].slice(0, date.index).trim() === '' && dated[1].slice(date.end).trim().length <= 1;
}

/** "Date", "Dated 7th January 2020", "Date: ……": the date of signing, blank or filled in, and nothing else. */
function isDateOfSigning(t: string): boolean {
  const m = /^(?:dated?|dyddiad)\b\s*[:.]?\s*(.*)$/i.exec(t);
  if (!m) return false;
  const rest = m[1].replace(/[._…]{3,}/g, ' ').trim();
  if (rest === '') return true;
  const date = findDate(rest);
  return date !== null && date.index === 0 && rest.slice(date.end).trim() === '';
}

/** "Signed" with only a blank to sign on, the signatory's role, or the date of signing after it. */
function isSignedLine(t: string): boolean {
  const m = /^(?:signed|arwyddwyd|llofnodwyd)\b\s*[:.]?\s*(.*)$/i.exec(t);
  if (!m) return false;
  const rest = m[1].replace(/^[._…]+\s*/, '').replace(/^(?:by\s+the\s+|gan\s+y\s+)?(?:chair(?:man|person)?|cadeirydd)\b\s*[:.]?\s*(?:[._…]{3,}\s*)?/i, '');
  return rest === '' || isDateOfSigning(rest);
}

const SIGNATURE_READERS: SignatureReader[] = [
  // "Signed ______ Dated 7th January 2020" (the rule may be gone: "Signed Dated 7th January 2020"), "Signed………",
  // "Signed:", "signed      date" (the words under two blanks).
  { name: 'signed-blank', test: isSignedLine },
  // "Signed as a correct record", "Signed as a true record of the meeting".
  { name: 'signed-as-record', test: (t) => /^signed\s+as\s+a\s+(?:true\s+and\s+)?(?:correct|true|accurate)\s+record\b[^.]*\.?$/i.test(t) },
  // "Chairman's signature ………", "Chair’s signature".
  { name: 'chairs-signature', test: (t) => /^chair(?:man|person)?['’]?s?\s+signature\b/i.test(t) },
  // A line of blanks, perhaps with the date of signing after it ("………..…9th March 2016").
  { name: 'blank-line', test: (t) => /^[._…\s]{5,}/.test(t) && t.replace(/^[._…\s]+/, '').replace(/[._…\s]+$/, '').split(/\s+/).length <= 4 },
  // The signatory's role alone, or with the date of signing ("Chairman – 3rd December 2025", "CHAIRPERSON").
  { name: 'role-and-date', test: isRoleLine },
  // "Date ………", "Dated:", "Date:" with nothing after it, or the date of signing alone.
  { name: 'date-of-signing', test: isDateOfSigning },
];

/** The reader that takes this line as a line of the closing signature block, or null. */
export function signatureReader(text: string): string | null {
  const t = text.trim();
  if (!t) return null;
  return SIGNATURE_READERS.find((r) => r.test(t))?.name ?? null;
}

/** Is this line part of a signature block (and so no part of any minute)? */
export function isSignatureLine(text: string): boolean {
  return signatureReader(text) !== null;
}
