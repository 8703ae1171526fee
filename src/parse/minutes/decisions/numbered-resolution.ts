/**
 * Resolutions numbered under their minute: "32/25.1 That the Annual Governance Statement …
 * be approved", "33/25.5 A vote of thanks …" (Wroxton & Balscote, annual meeting of May
 * 2025, after "Resolutions were proposed, duly seconded and unanimously adopted, as
 * follows:-"). Each number opens one resolution, which runs to the next number.
 */
import { hasGeometry } from '../../../layout/types.js';
import { joinLines } from '../../../text/join.js';
import { isEndedLine } from '../ended.js';
import { ref } from '../lines.js';
import { markerOf } from './parts.js';
import type { DecisionReader } from './types.js';

/** "32/25.1": minute number / year, then the resolution's own number after the point. */
const NUMBERED = /^\d{1,3}\/\d{2}\.\d{1,2}\s+\S/;
/**
 * How far left of the number, in ems of the line's font size, a line may start and still
 * continue the resolution: Wroxton's continuation lines of 32/25.4 sit 2pt left of the number
 * at 10pt; the closing sentence starts three ems left of it.
 */
const MARGIN_SLACK_EMS = 1;

export const numberedResolution: DecisionReader = {
  name: 'numbered resolution ("32/25.1 That …")',
  read(body, at, skip) {
    if (!NUMBERED.test(body[at].text)) return null;
    const head = body[at];
    const used = [at];
    let j = at + 1;
    for (; j < body.length; j++) {
      const l = body[j];
      if (skip.has(j) || NUMBERED.test(l.text) || isEndedLine(l.text)) break;
      // PDF: the next paragraph starts left of the numbers ("There being no further business …").
      if (hasGeometry(head.src) && l.src.x < head.src.x - MARGIN_SLACK_EMS * head.src.size) break;
      // Text sources: a finished sentence, then a line that neither continues it nor is a part.
      if (!hasGeometry(head.src) && /[.]$/.test(body[j - 1].text) && !/^[a-z]/.test(l.text) && !markerOf(l.text)) break;
      used.push(j);
    }
    const text = joinLines(used.map((k) => body[k].text));
    return { resolutions: [{ text, parts: [], source: ref(head) }], used, next: j };
  },
};
