/**
 * The recorded vote as ModernGov prints it: side labels one under another ("For (57)",
 * "Against (0)", "Abstain (2)"), each with its names below it, then the result line
 * ("Motion carried."). Kent County Council's printed minutes.
 */
import { joinLines } from '../../../text/join.js';
import { splitNames } from '../../common/names.js';
import { ref, type MLine } from '../lines.js';
import { isResultLine } from './result.js';
import { looksLikeNameLine, motionAbove, nameLineText, parseSideLabel, readResult, warnMismatches } from './sides.js';
import { noSides, type SideName, type VoteReader } from './types.js';

export const sideBlock: VoteReader = {
  name: 'side labels with names under each',
  read(body, at, { used, ctx }) {
    if (!parseSideLabel(body[at].text)) return null;
    const motion = motionAbove(body, at, used);
    const sides = noSides();
    const refs: Partial<Record<SideName, MLine>> = {};
    const lines: number[] = [];
    let j = at;
    for (let label = parseSideLabel(body[j].text); label; label = j < body.length ? parseSideLabel(body[j].text) : null) {
      lines.push(j);
      const names: string[] = label.rest ? [label.rest] : [];
      let k = j + 1;
      while (k < body.length && !parseSideLabel(body[k].text) && !isResultLine(body[k].text) && looksLikeNameLine(body[k].text)) {
        names.push(nameLineText(body[k]));
        lines.push(k);
        k++;
      }
      sides[label.side] = { count: label.count, names: splitNames(joinLines(names)) };
      refs[label.side] = body[j];
      j = k;
    }
    const { result, next } = readResult(body, j, lines);
    warnMismatches(sides, body[at], ctx, refs);
    return { votes: [{ motion, ...sides, result, source: ref(body[at]) }], used: lines, next };
  },
};
