/**
 * A list of the meeting's decisions under a "Decisions" heading, one bullet each (NHS Wales
 * Technical Standards Board, after the actions list): each bullet is a resolution.
 */
import { ref } from '../lines.js';
import type { DecisionReader } from './types.js';

const HEADING = /^Decisions(?:\s+(?:taken|made))?\s*:?$/i;
const BULLET = /^[•●▪◦·*-]\s+/;

export const decisionsList: DecisionReader = {
  name: 'bullets under a "Decisions" heading',
  read(body, at, skip) {
    if (!HEADING.test(body[at].text)) return null;
    const used = [at];
    const resolutions = [];
    let j = at + 1;
    for (; j < body.length && !skip.has(j) && BULLET.test(body[j].text); j++) {
      resolutions.push({ text: body[j].text.replace(BULLET, '').trim(), parts: [], source: ref(body[j]) });
      used.push(j);
    }
    if (!resolutions.length) return null;
    return { resolutions, used, next: j };
  },
};
