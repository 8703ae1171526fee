/**
 * Decisions stated in a sentence of the discussion, for minutes that print no RESOLVED
 * (parish style): "It was therefore resolved not to adopt …", "Councillors resolved to pay
 * …", "It was agreed that …", "It was agreed by the Board that …", "Councillors agreed that
 * …", "Council agreed to …", "Committee resolved to note …", "The Minutes … were approved and
 * signed.", "Approved online via slack …". A sentence that records a
 * refusal ("the recommendation was not approved", "the motion was lost") is not a decision
 * taken, so it is not a resolution.
 */
import type { Resolution } from '../../../schema/pack.js';
import { ABBREVIATION_WORDS } from '../../common/abbreviations.js';
import { joinLines } from '../../../text/join.js';
import { welshWord } from '../../../text/welsh.js';
import { ref, type MLine } from '../lines.js';

/** Welsh verbs that record what the meeting did: resolved, agreed, approved, adopted. */
const WELSH_DECIDED = ['penderfynwyd', 'cytunwyd', 'cymeradwywyd', 'mabwysiadwyd'];

/**
 * A decision stated inside a paragraph. The subject is the meeting (it, the council, its
 * councillors or members), never a person: "The Clerk agreed to write" is an action.
 */
const INLINE_DECISION = new RegExp(
  [
    String.raw`\b(?:it\s+was|councillors|members|the\s+(?:council|committee|panel|group|board))\s+(?:\w+\s+){0,2}?(?:resolved|RESOLVED)\b`,
    String.raw`(?:^|[.;]\s+)committee\s+resolved\b`,
    // "It was agreed that …", "it was decided not to go ahead …", and the slip "It was agree that …" (Horsley).
    String.raw`\bit\s+was\s+(?:\w+\s+)?(?:agreed?|AGREED|decided)\s+(?:by\s+(?:the\s+)?\w+\s+)?(?:(?:not\s+)?to|that)\b`,
    String.raw`\b(?:the\s+)?(?:parish\s+)?(?:council|councillors|committee|board|members)\s+(?:present\s+)?(?:unanimously\s+)?(?:agreed|decided)\s+(?:to|that)\b`,
    // "Councillors approved a request for a rise of 20% in the precept" (Haresfield).
    String.raw`\b(?:the\s+)?(?:parish\s+)?(?:council|councillors|committee|board|members)\s+(?:unanimously\s+)?approved\s+(?:the|a|an|this|these|its)\b`,
    String.raw`\bunanimously\s+(?:agreed|approved|resolved)\b`,
    // An election: "David Llewellyn was nominated and seconded as Chairman and with no further
    // nominations duly accepted the role" (Wretton), "… was proposed by Cllr A and seconded …",
    // "Mr P Bartlett was duly elected Vice Chair".
    String.raw`\b(?:was|were)\s+(?:duly\s+)?(?:nominated|proposed)\s+(?:by\s+(?:\S+\s+){1,4}?)?and\s+(?:duly\s+)?seconded\b`,
    String.raw`\b(?:was|were)\s+(?:duly|unanimously)\s+(?:re-?)?elected\b`,
    // The passive record of a decision: "The Minutes of the meeting held on … were approved and
    // signed.", "The bank reconciliation for October was approved", "Accounts was approved.", "The
    // report was accepted by the Council.", "… which was considered and approved.", "A response was
    // agreed, Clerk to reply." (Manordeilo). Apologies "accepted" are no decision of the business.
    String.raw`(?<!\bapolog\w*\s+(?:\w+\s+){0,3})\b(?:was|were)\s+(?:duly\s+|unanimously\s+|formally\s+)?(?:(?:considered|read|signed|discussed|reviewed)\s+and\s+)?(?:approved|adopted|ratified|accepted|agreed)\b(?!\s+(?:to|that)\b)`,
    // An outcome after the item's label: "● Bank Reconciliation: approved", "Minutes of Meeting … - accepted" (Wroxton & Balscote).
    String.raw`^(?:[•●▪]\s+)?[A-Z][^.:–-]{2,60}(?::|\s[-–])\s*(?:approved|accepted|adopted|agreed)\.?$`,
    // A minute's text that is its outcome: "Approved online via slack and on the website." A
    // result line alone ("Agreed unanimously.") is a vote's result, read with the vote.
    String.raw`^(?:approved|agreed)\b(?!\s+(?:by|with)\s+the\s+(?:clerk|chair))(?!\s*(?:unanimously)?\s*(?:\.|$))`,
    // Welsh: the impersonal past records what the meeting did, in any mutated form ("a
    // chytunwyd"): "Penderfynwyd" (resolved), "Cytunwyd" (agreed), "Cymeradwywyd" (approved),
    // "Mabwysiadwyd" (adopted); and "Penderfynodd y Cyngor" (the council resolved). The verb
    // noun "penderfynu" (to decide) and the noun "penderfyniad" (a decision) are not decisions.
    // "Ni chytunwyd" (it was not agreed) is no decision.
    String.raw`(?<!\bn[ai]d?\s+)\b(?:${WELSH_DECIDED.map(welshWord).join('|')})\b`,
    String.raw`\b${welshWord('penderfynodd')}\s+y\s+(?:cyngor|pwyllgor|cynghorwyr|aelodau)\b`,
    // "Cynigiwyd gan y Cyng. A, eiliwyd gan y Cyng. B …": proposed and seconded, the Welsh record
    // of a motion carried (a motion that failed says so, and REFUSED drops it).
    String.raw`\b${welshWord('cynigiwyd')}\b.{0,80}?\beiliwyd\b`,
  ].join('|'),
  'i',
);
/** A minute whose text is one outcome word; inside a longer text the same word is a vote's result or a table cell. */
const OUTCOME_ONLY = /^(?:accepted|approved|adopted|agreed|ratified)(?:\s+unanimously)?\.?$/i;

/** A decision refused or a motion that failed: recorded, but no resolution. "Fell" only as a motion's fate (Milburn's "Fell Lane" is a road). */
const REFUSED = new RegExp(
  [
    String.raw`\b(?:not\s+(?:approved|agreed|carried|adopted|resolved)|(?:was|were)\s+(?:lost|defeated|rejected)|(?:motion|amendment|proposal|recommendation)s?\s+(?:therefore\s+)?fell)\b`,
    // Welsh: "ni chytunwyd" / "na chymeradwywyd" (it was not agreed / approved), "gwrthodwyd" (was
    // rejected), "methodd y cynnig" / "collwyd y cynnig" (the motion failed / was lost).
    String.raw`\bn[ai]d?\s+(?:${WELSH_DECIDED.map(welshWord).join('|')})\b`,
    String.raw`\b${welshWord('gwrthodwyd')}\b|\b(?:methodd|collwyd)\s+y\s+(?:cynnig|gwelliant)\b`,
  ].join('|'),
  'i',
);

/**
 * How far past the decision's verb a refusal must stand to be the decision's own ("it was agreed
 * that the recommendation was not approved"). A list run on without full stops can carry a later
 * refusal that is not this decision's (Sheet, November 2022: "it was agreed to progress the
 * following proposals: … An oak shelter … was considered but not agreed.").
 */
const REFUSAL_REACH = 60;

/**
 * Where one decision's sentence ends: a full stop after a word or an acronym ("… AC, AS ac ASE.
 * Cymeradwywyd …") (not after "Cllr.", "Mr." or an
 * initial) before a capital or a list marker ("ii)", "(b)", and "12iii)", a point under minute 12
 * in Manordeilo a Salem's matters arising), or a bullet, which opens a new point.
 */
const SENTENCE_BREAK = new RegExp(
  String.raw`(?<!\b(?:${ABBREVIATION_WORDS}|[A-Z])\.)(?<=(?:[a-z0-9)’”"]{2}|\b[A-Z]{2,})[.!?])\s+(?=[A-Z]|\(?[ivx]+\)\s|\(?[a-z]\)\s|\d{1,2}[a-z]{1,5}\)\s)|\s+(?=[•●▪]\s)`,
);

/** Decisions stated in a sentence of the discussion text ("It was therefore resolved not to adopt …"). */
export function inlineDecisions(body: MLine[], skip: Set<number>): Array<{ resolution: Resolution; at: number }> {
  const out: Array<{ resolution: Resolution; at: number }> = [];
  const idx: number[] = [];
  for (let i = 0; i < body.length; i++) if (!skip.has(i)) idx.push(i);
  const text = joinLines(idx.map((i) => body[i].text));
  // The minute's whole text is its outcome ("04/26 Minutes of Meeting on 3rd November 2025 - accepted").
  if (OUTCOME_ONLY.test(text)) return [{ resolution: { text, parts: [], source: ref(body[idx[0]]) }, at: idx[0] }];
  const sentences = text.split(SENTENCE_BREAK);
  let from = 0;
  const seen = new Map<string, number>();
  for (let s of sentences) {
    const m = INLINE_DECISION.exec(s);
    if (!m || REFUSED.test(s.slice(m.index, m.index + m[0].length + REFUSAL_REACH))) continue;
    // A decision that opens its own line ("Councillors resolved to pay these invoices") after an
    // unpunctuated list starts there, not at the list.
    const fromSubject = s.slice(m.index);
    const own = m.index > 0 ? idx.findIndex((i) => body[i].text.startsWith(fromSubject.slice(0, 20))) : -1;
    if (own >= 0) {
      s = fromSubject;
      // …and ends with its line when that line has no full stop and the next opens a new point.
      const line = body[idx[own]].text;
      const next = idx[own + 1] !== undefined ? body[idx[own + 1]].text : '';
      if (!/[.!?;:]$/.test(line) && /^[A-Z]/.test(next) && s.startsWith(line)) s = line;
    }
    // Where the sentence starts: at or after the previous decision's line, and after the line of
    // an earlier decision with the same words ("Councillors agreed that the amendment should be
    // made." printed twice), so each gets its own line.
    const probe = s.slice(0, 15);
    const after = Math.max(from, (seen.get(probe) ?? -1) + 1);
    const at = idx.find((i) => i >= after && body[i].text.includes(probe)) ?? idx.find((i) => i >= from && body[i].text.includes(probe.slice(0, 8))) ?? idx[0] ?? 0;
    seen.set(probe, at);
    from = at;
    const sentence = s.replace(/^[•●▪]\s+/, '').replace(/^\(?[ivx]+\)\s+/, '').trim();
    out.push({ resolution: { text: sentence, parts: [], source: ref(body[at]) }, at });
  }
  return out;
}
