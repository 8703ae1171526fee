/**
 * A paragraph that records its proposer and seconder and ends on the outcome as a sentence
 * of its own (Whitbourne): "Clerk Salary & HMRC PAYE, … Proposed SK, seconded MC. All in
 * favour. Approved.", "It was proposed (PDW) and seconded (MC) to object to this
 * application. … All in favour. Decided.", and the councillors' assent (West Dereham): "CC
 * proposed and LH seconded that the financial information should be presented at the July
 * Parish Council Meeting. Councillors present were content with the proposal." The paragraph
 * is the decision; where it has a proposal sentence ("It was proposed …", "It was resolved …",
 * "CC proposed and LH seconded …") the decision starts there (splitAtResolved puts that
 * sentence at the start of a line).
 */
import { joinLines } from '../../../text/join.js';
import { ref, type MLine } from '../lines.js';
import type { DecisionReader } from './types.js';

/**
 * The outcome as its own sentence: "Approved.", "Decided.", "Agreed.", and after a proposer and
 * seconder the show of hands itself: "All in favour.", "Unanimously agreed." ("Not approved." is not
 * one), or the members' assent: "Councillors present were content with the proposal."; in Welsh
 * "Cytunwyd." (agreed), "Cymeradwywyd." (approved), "Pawb o blaid." (all in favour), "Cytunwyd yn
 * unfrydol." / "Yn unfrydol." (unanimously).
 */
const OUTCOME =
  /(?:^|[.!?]\s+)(?:Approved|Decided|Agreed|Carried|All\s+in\s+favou?r|Unanimously(?:\s+(?:agreed|approved|carried))?|(?:All\s+)?(?:Councillors|Members)(?:\s+present)?\s+were\s+(?:all\s+)?(?:content\s+with|in\s+favou?r\s+of|in\s+agreement\s+with)\s+the\s+(?:proposal|motion)|(?:Cytunwyd|Cymeradwywyd|Penderfynwyd)(?:\s+yn\s+unfrydol)?|Pawb\s+o\s+blaid|Yn\s+unfrydol)(?:\.|$)/;
/** A line that is only the outcome word. */
const OUTCOME_ALONE = /^(?:Approved|Decided|Agreed|Carried|Cytunwyd|Cymeradwywyd)\.?$/;
/** Who proposed and seconded: "Proposed SK, seconded MC", "proposed (LK) and seconded (PDW)", "Cynigiwyd gan …, eiliwyd gan …". */
const SECONDED = /\bproposed\b.{0,60}?\bseconded\b|\bcynigiwyd\b.{0,60}?\beiliwyd\b/i;
/** A councillor as minutes name one beside a proposal: initials ("CC"), or a name with or without "Cllr". */
const MOVER = String.raw`(?:Cllrs?\.?\s+|Councillor\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?`;
/** "CC proposed and LH seconded …", "Cllr Smith proposed, and Cllr Jones seconded …": the proposal in the active voice. */
const MOVERS = String.raw`${MOVER}\s+proposed,?\s+and\s+${MOVER}\s+seconded\b`;
const PROPOSAL_SENTENCE = /^(?:It\s+was\s+(?:proposed|resolved)\b|Resolved\s*:)/i;
const MOVERS_FIRST = new RegExp(String.raw`^${MOVERS}`);

/** A sentence that opens the decision, printed part-way through a paragraph. */
function opensProposal(text: string): boolean {
  return PROPOSAL_SENTENCE.test(text) || MOVERS_FIRST.test(text);
}
/** A finished sentence at a line end: the next line may open a paragraph. */
const ENDS_SENTENCE = /[.:]$/;
/** A line that opens a paragraph of its own: a numbered point ("8.2.To approve", "10.1. 251015 -") or a bullet. */
const OPENS_POINT = /^(?:\d{1,2}(?:\.\d{1,2})*\.\s*\S|[•●▪]\s)/;
/** "8.2.To approve bank reconciliation … and" / "8.3. To approve …": two points put together. */
const JOINED = /\band$/;
/** How many lines a paragraph may run before its outcome. */
const MAX_PARAGRAPH_LINES = 14;

/**
 * "… transporting timber. It was proposed (MC) and seconded (SK) to respond …": a proposal
 * sentence that opens part-way through a line starts a line of its own, so the discussion
 * before it stays the minute's text and the decision starts at the proposal.
 */
export function splitAtProposal(line: MLine): MLine[] {
  const m = new RegExp(String.raw`^(.*?[a-z0-9)][.!?])\s+(?=It\s+was\s+(?:proposed|resolved)\b|${MOVERS})`).exec(line.text);
  if (!m) return [line];
  return [
    { ...line, text: m[1] },
    { ...line, text: line.text.slice(m[0].length) },
  ];
}

export const proposedSeconded: DecisionReader = {
  name: 'paragraph with proposer, seconder and "Approved."',
  read(body, at, skip) {
    const t = body[at].text;
    const opens = at === 0 || skip.has(at - 1) || ENDS_SENTENCE.test(body[at - 1].text) || OPENS_POINT.test(t) || opensProposal(t);
    if (!opens) return null;
    for (let j = at; j < Math.min(body.length, at + MAX_PARAGRAPH_LINES); j++) {
      if (skip.has(j)) return null;
      // A later proposal sentence or point opens the decision; the lines before it are discussion.
      if (j > at && (opensProposal(body[j].text) || (OPENS_POINT.test(body[j].text) && !JOINED.test(body[j - 1].text)))) return null;
      // The outcome may wrap: "… seconded TH. All in" / "favour".
      if (!OUTCOME.test(body[j].text) && !(j > at && OUTCOME.test(`${body[j - 1].text} ${body[j].text}`))) continue;
      // "All in favour." then "Approved." wrapped onto the next line: one outcome.
      while (j + 1 < body.length && !skip.has(j + 1) && OUTCOME_ALONE.test(body[j + 1].text)) j++;
      const used = Array.from({ length: j - at + 1 }, (_, k) => at + k);
      const text = joinLines(used.map((k) => body[k].text));
      if (!SECONDED.test(text)) return null;
      return { resolutions: [{ text, parts: [], source: ref(body[at]) }], used, next: j + 1 };
    }
    return null;
  },
};
