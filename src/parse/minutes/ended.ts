/**
 * When the meeting ended: "The meeting ended at 12.54 hrs", "The meeting ended at 11.50
 * hours.", "Meeting Closed 9pm", "… thanked everyone for attending and closed the meeting
 * at 9.35pm.", and in Welsh "… a daeth y cyfarfod i ben am 9.35pm." (the meeting came to an
 * end at) or "Caeodd y Cadeirydd y cyfarfod am …" (the Chair closed the meeting at).
 */
import { findTime } from '../common/times.js';
import type { MLine } from './lines.js';

const ENDED = /\b(?:meeting|it)\s+(?:ended|closed|finished|concluded|terminated|was\s+closed|rose)\b|\bclosed\s+the\s+meeting\b|\bmeeting\s+closed\b|\bclose\s+of\s+(?:the\s+)?meeting\b|\bdaeth\s+y\s+cyfarfod\s+i\s+ben\b|\bcaeodd\s+y\s+\w+\s+y\s+cyfarfod\b/i;

/** The closing time and the index of the line that states it, or null. */
export function findEnded(view: MLine[]): { time: string; index: number } | null {
  for (let i = view.length - 1; i >= 0; i--) {
    const m = ENDED.exec(view[i].text);
    if (!m) continue;
    const after = view[i].text.slice(m.index) + ' ' + (view[i + 1]?.text ?? '');
    const t = findTime(after);
    if (t) return { time: t.hhmm, index: i };
  }
  return null;
}

/** A line that says only that the meeting ended, so it is no part of the last minute's text. */
export function isEndedLine(text: string): boolean {
  return /^(?:the\s+)?meeting\s+(?:ended|closed|finished|concluded)\b|^daeth\s+y\s+cyfarfod\s+i\s+ben\b/i.test(text);
}
