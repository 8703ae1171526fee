/**
 * The labelled fields of a report cover, as the house styles print them:
 *  - ModernGov (Kent and many others): "By:" / "From:", "To:", "Subject:", "Classification:", "Summary:";
 *  - CMIS (Birmingham): "Report to <committee>", "Date:", "Title:", "Lead Member(s):", "Report Author:";
 *  - older styles: "Report of:", "Report by:", "Contact Officer:", "Purpose of report".
 * Shared by segmentation (is this page a report cover?) and the cover parser (what does it say?).
 */

export type CoverLabel = 'reportOf' | 'to' | 'subject' | 'author' | 'date' | 'lead' | 'classification' | 'summary' | 'recommendations';

/** Each label with the text after it in group 1 (empty when the value is on the next line). */
export const COVER_LABELS: Array<{ label: CoverLabel; re: RegExp }> = [
  { label: 'reportOf', re: /^(?:From|By|Report of|Report by|Report from|Submitted by)\s*:\s*(.*)$/i },
  { label: 'to', re: /^(?:To\s*:|Report to\b:?)\s*(.*)$/i },
  { label: 'subject', re: /^(?:Subject|Title|Report title|Title of report)\s*:\s*(.*)$/i },
  { label: 'author', re: /^(?:Report author|Author|Contact officer|Name of contact officer|Report contact|Lead officer)s?\s*:\s*(.*)$/i },
  { label: 'date', re: /^(?:Date|Meeting date|Date of meeting|Date of report)\s*:\s*(.*)$/i },
  { label: 'lead', re: /^(?:Lead (?:Members?|Cabinet (?:Member|Portfolio))|Cabinet Member|Portfolio)\s*:\s*(.*)$/i },
  { label: 'classification', re: /^(?:Classification|Status|Key decision|Wards?(?: affected)?|Ward\(s\)|Electoral divisions?)(?:\s*:\s*(.*)|\s*$)/i },
  { label: 'summary', re: /^(?:Summary|Purpose(?: of (?:the )?report)?|Executive summary)(?:\s*:\s*(.*)|\s*$)/i },
  { label: 'recommendations', re: /^(?:\d+(?:\.\d+)?\.?\s+)?Recommendations?(?:\(s\))?(?:\s*:\s*(.*)|\s*$)/i },
];

/** The label a line starts with, and the value printed after it on the same line. */
export function coverLabel(text: string): { label: CoverLabel; value: string } | null {
  for (const { label, re } of COVER_LABELS) {
    const m = re.exec(text);
    if (m) return { label, value: (m[1] ?? '').trim() };
  }
  return null;
}

/** Any "Label:" line ("Previous Pathway : …", "Decision no: …"): it ends the value above it even when it is not a cover label. */
const ANY_LABEL = /^[A-Z][A-Za-z()'’/ -]{1,40}?\s?:(\s|$)/;

export function isLabelled(text: string): boolean {
  return coverLabel(text) !== null || ANY_LABEL.test(text);
}

/**
 * A bare capitalised label word ("RECOMMENDATIONS") straight under a capitalised title line
 * is the title running on ("… INQUIRY / RECOMMENDATIONS"), not the start of a section.
 */
export function continuesCapitalTitle(previous: string | undefined, text: string): boolean {
  if (!previous || /[:.;,]$/.test(previous) || coverLabel(previous)?.value === '') return false;
  const upper = (t: string) => /[A-Z]/.test(t) && t === t.toUpperCase();
  return upper(previous) && upper(text) && !/[:\d]/.test(text);
}
