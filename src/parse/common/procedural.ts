/**
 * Standing business: the items every meeting of a council body carries whatever its
 * subject (apologies, declarations of interest, the previous minutes, the webcast notice,
 * urgent business, call-in and petitions, the date of the next meeting, authority to chair).
 *
 * One rule for agenda items and minute headings alike, so that `procedural` means the
 * same thing in `agenda` and in `minutes`. It reads the title only ("APOLOGIES",
 * "To receive apologies for meeting", "Minutes of the meeting held on 13 February 2025 and,
 * if in order, to be approved as a correct record"), in any case, in English or Welsh.
 */

/**
 * One pattern per kind of standing business. Each is anchored near the start of the title
 * (after an optional "To receive / note / approve …" verb) because substantive reports often
 * mention these words further in ("Report on the petitions received about …").
 */
const STANDING_BUSINESS: Array<{ kind: string; re: RegExp }> = [
  // Welsh: "Ymddiheuriadau" (apologies), "Croeso ac ymddiheuriadau" (welcome and apologies).
  { kind: 'apologies', re: /^(?:apologies|substitutes?\b|membership and substitutes|(?:receive|note|accept) apologies|sederunt and apologies|(?:croeso ac )?ymddiheuriadau)/ },
  // Welsh: "Datganiadau o ddiddordeb" (declarations of interest).
  { kind: 'declarations', re: /^(?:declarations?|disclosures?|register an interest|declare|receive (?:any )?declarations|datganiad(?:au)? o ddiddordeb)\b/ },
  // "Minutes", "Action Notes", "Minutes of the meeting held on …", "approve the minutes of the last meeting",
  // "Matters arising from the minutes": the previous meeting's record. Another body's minutes
  // presented "for noting" (Kent: "Corporate Parenting Panel - … Minutes for noting") do not start so.
  { kind: 'minutes', re: /^(?:(?:approve|confirm|agree|sign|receive) )?(?:the )?(?:(?:previous|last) )?(?:minutes|action notes|notes of (?:the )?(?:last|previous) meeting)\b|^(?:discuss |consider |note )?matters arising\b/ },
  // Welsh: "Cadarnhau cofnodion y cyfarfod diwethaf" (confirm the minutes of the last meeting), "Materion yn codi" (matters arising).
  { kind: 'minutes', re: /^(?:(?:cadarnhau|derbyn|cymeradwyo|llofnodi) )?cofnodion\b|^materion yn codi\b/ },
  { kind: 'recording', re: /^(?:notice of recording|(?:introduction ?\/ ?)?webcast(?:ing)?\b|recording of (?:the )?meeting)/ },
  // ModernGov: "Other items which the Chairman decides are urgent".
  { kind: 'urgent business', re: /^(?:(?:other )?urgent (?:business|items?|matters)|any other (?:urgent )?business|a\.?o\.?c?\.?b\.?$|(?:any )?other items? which the chair(?:man)? decides (?:is|are) urgent|unrhyw fater arall|materion brys)/ },
  // The standing "Petitions" item, not a debate on one petition ("Petition: Save our library").
  { kind: 'call-in and petitions', re: /^(?:request\(?s?\)? for call[- ]in|call[- ]in|councillor call for action|petitions?(?: received)?(?: \(if any\))?$)/ },
  { kind: 'next meeting', re: /^(?:(?:date|dates|date and time|time and date)(?: and venue)? of (?:the )?next (?:[\w.]+ )?meeting|next meeting|dyddiad y cyfarfod nesaf)\b/ },
  { kind: 'authority to chair', re: /^authority to (?:the )?chair/ },
  // The motion that takes the meeting into private session is procedure, not business.
  { kind: 'exclusion', re: /^exclusion of (?:the )?(?:press|public)/ },
];

/** Leading verbs of parish-style titles ("To receive …", "To approve …"): the business follows them. */
const LEADING_VERB = /^to (?=\w)/;

/** Normalise a title for matching: lower case, no emphasis, no leading number, no leading "To ". */
function normalise(title: string): string {
  return title
    .replace(/[*_#]+/g, ' ')
    .replace(/^\s*\d+[a-z]?[.)]?\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(LEADING_VERB, '');
}

/** Which kind of standing business the title is, or null when it is substantive business. */
export function standingBusinessKind(title: string): string | null {
  const t = normalise(title);
  for (const { kind, re } of STANDING_BUSINESS) if (re.test(t)) return kind;
  return null;
}

/** True when the item or minute title is standing business. */
export function isProcedural(title: string): boolean {
  return standingBusinessKind(title) !== null;
}
