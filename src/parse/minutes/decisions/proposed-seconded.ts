/**
 * A paragraph that records its proposer and seconder and ends on the outcome as a sentence
 * of its own (Whitbourne): "Clerk Salary & HMRC PAYE, … Proposed SK, seconded MC. All in
 * favour. Approved.", "It was proposed (PDW) and seconded (MC) to object to this
 * application. … All in favour. Decided." The paragraph is the decision; where it has a
 * proposal sentence ("It was proposed …", "It was resolved …") the decision starts there
 * (splitAtResolved puts that sentence at the start of a line).
 */
import { joinLines } from '../../../text/join.js';
import { ref, type MLine } from '../lines.js';
import type { DecisionReader } from './types.js';

/**
 * The outcome as its own sentence: "Approved.", "Decided.", "Agreed.", and after a proposer and
 * seconder the show of hands itself: "All in favour.", "Unanimously agreed." ("Not approved." is not
 * one); in Welsh "Cytunwyd." (agreed), "Cymeradwywyd." (approved), "Pawb o blaid." (all in favour),
 * "Cytunwyd yn unfrydol." / "Yn unfrydol." (unanimously).
 */
const OUTCOME =
  /(?:^|[.!?]\s+)(?:Approved|Decided|Agreed|Carried|All\s+in\s+favou?r|Unanimously(?:\s+(?:agreed|approved|carried))?|(?:Cytunwyd|Cymeradwywyd|Penderfynwyd)(?:\s+yn\s+unfrydol)?|Pawb\s+o\s+blaid|Yn\s+unfrydol)(?:\.|$)/;
/** A line that is only the outcome word. */
const OUTCOME_ALONE = /^(?:Approved|Decided|Agreed|Carried|Cytunwyd|Cymeradwywyd)\.?$/;
/** Who proposed and seconded: "Proposed SK, seconded MC", "proposed (LK) and seconded (PDW)", "Cynigiwyd gan …, eiliwyd gan …". */
const SECONDED = /\bproposed\b.{0,60}?\bseconded\b|\bcynigiwyd\b.{0,60}?\beiliwyd\b/i;
/** A sentence that opens the decision, printed part-way through a paragraph. */
export const PROPOSAL_START = /^(?:It\s+was\s+(?:proposed|resolved)\b|Resolved\s*:)/i;
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
  const m = /^(.*?[a-z0-9)][.!?])\s+(?=It\s+was\s+(?:proposed|resolved)\b)/.exec(line.text);
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
    const opens = at === 0 || skip.has(at - 1) || ENDS_SENTENCE.test(body[at - 1].text) || OPENS_POINT.test(t) || PROPOSAL_START.test(t);
    if (!opens) return null;
    for (let j = at; j < Math.min(body.length, at + MAX_PARAGRAPH_LINES); j++) {
      if (skip.has(j)) return null;
      // A later proposal sentence or point opens the decision; the lines before it are discussion.
      if (j > at && (PROPOSAL_START.test(body[j].text) || (OPENS_POINT.test(body[j].text) && !JOINED.test(body[j - 1].text)))) return null;
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
