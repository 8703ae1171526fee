/**
 * Minutes and action notes: the heading of the meeting they record, attendance, each
 * minute with its resolutions and recorded votes, and when the meeting ended.
 *
 * The parser reads one segment (one set of minutes) and claims only the lines it placed;
 * the rule families live beside this file: heading.ts, attendance.ts, minute-heading.ts,
 * resolution.ts, vote.ts, ended.ts, signature.ts.
 */
import type { Context } from '../../context.js';
import type { Line } from '../../layout/types.js';
import type { MinuteItem, Minutes, Resolution } from '../../schema/pack.js';
import { claim, type Parsed } from '../types.js';
import { joinLines } from '../../text/join.js';
import { labelOf, MINUTES_CUE } from '../../recognise/minutes-start.js';
import { apologiesFromText, parseAttendance } from './attendance.js';
import { findEnded, isEndedLine } from './ended.js';
import { parseHeading } from './heading.js';
import { prepareLines, ref, type MLine } from './lines.js';
import { findMinuteHeads, splitRunTogetherMinutes, type MinuteHead } from './minute-heading.js';
import { decisionCue, findResolutions, inlineDecisions, splitAtResolved } from './resolution.js';
import { findVotes } from './vote.js';
import { isSignatureLine } from './signature.js';
import { citingMinute, findAppendix } from './appendix.js';

/** A title that is a sentence in the passive or "it was …" form, not a heading ("Minutes of the last meeting"). */
const SENTENCE_TITLE = /\b(?:was|were)\s+\w+/i;
/** How many lines a minutes heading (council, committee, date, venue) may take. */
const MAX_HEADING_LINES = 12;
/** How far into a segment the attendance list may start: a heading, then a wrapped banner or notice. */
const MAX_ATTENDANCE_START = 22;
export function parseMinutes(lines: Line[], ctx: Context): Parsed<Minutes | null> {
  const claimed = new Set<number>();
  const prepared = prepareLines(lines);
  const view = splitRunTogetherMinutes(prepared.view);
  const debris = prepared.debris;
  claim(claimed, debris);
  if (!view.length) return { value: null, claimed };

  const labelAt = view.findIndex((l, i) => i < MAX_ATTENDANCE_START && labelOf(l.text) !== null && labelOf(l.text)!.section !== 'apologies');
  const headsFrom = labelAt >= 0 ? labelAt + 1 : firstAfterHeading(view);
  const heads = findMinuteHeads(view, headsFrom);
  const firstHead = heads[0]?.at ?? view.length;
  // Without an attendance list or a minutes heading this is not minutes (a report's numbered
  // paragraphs look like minute headings): say nothing rather than something wrong.
  const hasCue = view.slice(0, MAX_HEADING_LINES).some((l) => MINUTES_CUE.test(l.text));
  if (labelAt < 0 && (!hasCue || !heads.length)) return { value: null, claimed };

  const headingEnd = labelAt >= 0 ? labelAt : Math.min(firstHead, headsFrom);
  const heading = parseHeading(view.slice(0, headingEnd));
  claimLines(claimed, view, 0, headingEnd);

  const attendance = labelAt >= 0 ? parseAttendance(view, labelAt, firstHead) : null;
  for (const i of attendance?.used ?? []) claimed.add(view[i].src.line);

  const ended = findEnded(view);
  if (ended) claimed.add(view[ended.index].src.line);

  const items: MinuteItem[] = [];
  const bodies: MLine[][] = [];
  const end = lastBodyLine(view, ended?.index ?? null);
  const appendix = heads.length ? findAppendix(view, heads[heads.length - 1].at + 1) : null;
  heads.forEach((head, k) => {
    const stop = k + 1 < heads.length ? heads[k + 1].at : Math.min(end, appendix?.at ?? end);
    claimLines(claimed, view, head.at, Math.min(head.bodyAt, stop));
    const body = bodyOf(view, head, stop);
    claim(claimed, body.map((l) => l.src));
    bodies.push(body);
    items.push(parseItem(head, ref(view[head.at]), body, ctx));
    if (head.numberInferred) {
      ctx.warn('number-inferred', `Minute "${head.title}" has no number in the text; ${head.number} is inferred from the numbers around it.`, ref(view[head.at]));
    }
  });
  // A minute with no printed decision (parish style) may state one in a sentence: read those there.
  items.forEach((it, k) => {
    if (!it.resolutions.length) it.resolutions = inlineDecisions(bodies[k], new Set<number>()).map((r) => r.resolution);
    // A numbered paragraph whose first sentence, read as its title, is the decision ("3. The minutes
    // from last AGM were unanimously approved.", "It was agree that Working Groups (WGs) should be set up …").
    if (!it.resolutions.length && SENTENCE_TITLE.test(it.title)) {
      it.resolutions = inlineDecisions([{ ...view[heads[k].at], text: it.title }], new Set<number>()).map((r) => r.resolution);
    }
    // A decision is recorded here in words no reader knows: say where, rather than print none.
    const cue = it.resolutions.length || it.votes.length ? null : decisionCue(it.text);
    if (cue) {
      ctx.warn('decision-unread', `Minute ${it.number ?? `"${it.title}"`} records a decision ("${cue}") that was not read as a resolution; check the page.`, it.source);
    }
  });
  if (appendix) placeAppendix(view, appendix, Math.max(end, appendix.at + 1), heads, items, claimed, ctx);
  // Signature lines after the last minute are understood too.
  for (const l of view) if (isSignatureLine(l.text)) claimed.add(l.src.line);

  const apologies = attendance?.apologies.length ? attendance.apologies : apologiesFromItems(items);
  return {
    value: {
      kind: heading.kind,
      meeting: heading.meeting,
      present: attendance?.present ?? [],
      alsoPresent: attendance?.alsoPresent ?? [],
      apologies,
      items,
      ended: ended?.time ?? null,
      source: ref(view[0]),
    },
    claimed,
  };
}

/**
 * An appendix after the last minute belongs to the minute that cites it: its decisions and votes
 * join that minute's, its other text follows the minute's text under the appendix's heading. An
 * appendix no minute cites is left unclaimed, so it is reported as not understood.
 */
function placeAppendix(view: MLine[], appendix: { at: number; key: string }, end: number, heads: MinuteHead[], items: MinuteItem[], claimed: Set<number>, ctx: Context): void {
  const k = citingMinute(items, appendix.key);
  if (k < 0) return;
  const lines = view.slice(appendix.at + 1, end).filter((l) => !isSignatureLine(l.text) && !isEndedLine(l.text));
  const read = parseItem(heads[k], items[k].source, lines.flatMap(splitAtResolved), ctx);
  items[k].resolutions.push(...read.resolutions);
  items[k].votes.push(...read.votes);
  items[k].text = joinLines([items[k].text, `${view[appendix.at].text}:`, read.text].filter(Boolean));
  claimLines(claimed, view, appendix.at, end);
}

/** Without an attendance list, minutes start after the lines that name the meeting. */
function firstAfterHeading(view: MLine[]): number {
  for (let i = 0; i < Math.min(view.length, MAX_HEADING_LINES); i++) {
    if (/\b(?:minutes|held|hours|venue)\b/i.test(view[i].text)) return i + 1;
  }
  return 0;
}

/** The last minute runs to the "meeting ended" line, or to the end of the segment. */
function lastBodyLine(view: MLine[], endedAt: number | null): number {
  if (endedAt !== null && isEndedLine(view[endedAt].text)) return endedAt;
  return view.length;
}

function claimLines(claimed: Set<number>, view: MLine[], from: number, to: number): void {
  for (let i = from; i < to; i++) claimed.add(view[i].src.line);
}

/** The minute's body lines: text after the title on the heading line, then the lines below (CMIS: without the minute number). */
function bodyOf(view: MLine[], head: MinuteHead, stop: number): MLine[] {
  const body: MLine[] = [];
  if (head.inlineText) body.push({ ...view[head.at], text: head.inlineText });
  for (let i = head.bodyAt; i < stop; i++) {
    if (isSignatureLine(view[i].text) || isEndedLine(view[i].text)) continue;
    body.push(...splitAtResolved(i === head.bodyAt && head.firstBodyText !== null ? { ...view[i], text: head.firstBodyText } : view[i]));
  }
  return body;
}

function parseItem(head: MinuteHead, headRef: MinuteItem['source'], body: MLine[], ctx: Context): MinuteItem {
  const { votes, used: voteLines } = findVotes(body, ctx);
  const blocks = findResolutions(body, voteLines);
  const used = new Set([...voteLines, ...blocks.used]);
  const resolutions: Resolution[] = blocks.resolutions.map((r) => r.resolution);
  const text = joinLines(body.filter((_, i) => !used.has(i)).map((l) => l.text));
  return {
    number: head.number,
    numberInferred: head.numberInferred,
    item: head.item,
    title: cleanTitle(head.title),
    text,
    resolutions,
    votes,
    source: headRef,
  };
}

function cleanTitle(title: string): string {
  return joinLines([title]).replace(/[.:]\s*$/, '').trim();
}

/** The apologies minute: "Apologies", "Apologies for absence: …", the Welsh "Ymddiheuriadau" ("CROESO AC YMDDIHEURIADAU", welcome and apologies). */
function apologiesFromItems(items: MinuteItem[]): string[] {
  const item = items.find((it) => /\bapolog|\bymddiheur/i.test(it.title));
  if (!item) return [];
  const inTitle = /(?:apologies(?:\s+for\s+absence)?|ymddiheuriadau)\s*:\s*(.+)$/i.exec(item.title);
  return apologiesFromText(inTitle ? inTitle[1] : item.text);
}
