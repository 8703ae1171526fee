/**
 * An appendix printed after the last minute ("Appendix One" on the last page of Wroxton &
 * Balscote's minutes of 4 November 2024, holding the five bank-mandate resolutions that minute
 * 71/24 passed "as attached in Appendix 1 below"). Its text is no part of the last minute: it
 * belongs to the minute that cites it. An appendix no minute cites is left for the caller to
 * report as not understood.
 */
import type { MinuteItem } from '../../schema/pack.js';
import type { MLine } from './lines.js';

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six'];
/** An appendix's label as printed: "1", "A", "One". */
const LABEL = String.raw`([0-9]{1,2}|[A-Z]|${NUMBER_WORDS.join('|')})`;

/** "Appendix One", "Appendix 1", "APPENDIX A", alone on its line or with a title after a dash or colon. */
const APPENDIX_HEADING = new RegExp(String.raw`^appendix\s+${LABEL}\b\s*(?:[-–—:]\s*\S.{0,80})?$`, 'i');
/** A citation of an appendix in a minute's text ("as attached in Appendix 1 below"). */
const APPENDIX_CITED = new RegExp(String.raw`\bappendix\s+${LABEL}\b`, 'gi');

/** The appendix's label as a key: "One" and "1" are the same appendix. */
function appendixKey(label: string): string {
  const word = NUMBER_WORDS.indexOf(label.toLowerCase());
  return word >= 0 ? String(word + 1) : label.toUpperCase();
}

/** Where an appendix starts after the minutes (index in the view), and its key; null when there is none. */
export function findAppendix(view: MLine[], from: number): { at: number; key: string } | null {
  for (let i = from; i < view.length; i++) {
    const m = APPENDIX_HEADING.exec(view[i].text);
    if (m) return { at: i, key: appendixKey(m[1]) };
  }
  return null;
}

/** The minute whose text cites the appendix ("as attached in Appendix 1 below"), or -1. */
export function citingMinute(items: MinuteItem[], key: string): number {
  return items.findIndex((it) => [...it.text.matchAll(APPENDIX_CITED)].some((m) => appendixKey(m[1]) === key));
}
