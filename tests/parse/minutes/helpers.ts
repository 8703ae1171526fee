/** Shared by the minutes tests: parse a fixture's minutes and describe each minute in one compact row. */
import { Context } from '../../../src/context.js';
import { allLines } from '../../../src/layout/types.js';
import { parseMinutes } from '../../../src/parse/minutes/index.js';
import { prepareLines, type MLine } from '../../../src/parse/minutes/lines.js';
import { splitAtResolved } from '../../../src/parse/minutes/resolution.js';
import type { MinuteItem, Minutes, Vote } from '../../../src/schema/pack.js';
import { fixture, loadLayout } from '../../helpers.js';

export async function minutesOf(name: string): Promise<{ minutes: Minutes; ctx: Context; unclaimed: number[] }> {
  const layout = await loadLayout(fixture('minutes', name));
  const lines = allLines(layout);
  const ctx = new Context(name);
  const parsed = parseMinutes(lines, ctx);
  if (!parsed.value) throw new Error(`no minutes found in ${name}`);
  return { minutes: parsed.value, ctx, unclaimed: lines.filter((l) => !parsed.claimed.has(l.line)).map((l) => l.line) };
}

/** "57-0-2 carried": printed counts (or names counted where none is printed) and the result. */
export function voteRow(v: Vote): string {
  const side = (s: Vote['for']) => (s.count === null ? (s.names.length ? `~${s.names.length}` : '?') : String(s.count));
  return `${side(v.for)}-${side(v.against)}-${side(v.abstain)} ${v.result ?? 'no result'}`;
}

/** One row a minute: number (with * when inferred), agenda item, title, parts per resolution, votes. */
export function row(it: MinuteItem): [string | null, string | null, string, number[], string[]] {
  return [it.number === null ? null : it.number + (it.numberInferred ? '*' : ''), it.item, it.title, it.resolutions.map((r) => r.parts.length), it.votes.map(voteRow)];
}

/**
 * The lines of a real passage of a fixture, as a minute's body: from the first line that
 * contains `first` to the first line after it that is or contains `last`. For testing readers on
 * the page's own lines where the minute headings around them are not yet read right.
 */
export async function passage(name: string, first: string, last: string): Promise<MLine[]> {
  const { view } = prepareLines(allLines(await loadLayout(fixture('minutes', name))));
  const from = view.findIndex((l) => l.text.includes(first));
  if (from < 0) throw new Error(`"${first}" is not in ${name}`);
  // A line that is exactly `last` first ("the report"), else the first line that contains it.
  const exact = view.findIndex((l, i) => i >= from && l.text === last);
  const to = exact >= 0 ? exact : view.findIndex((l, i) => i >= from && l.text.includes(last));
  if (to < 0) throw new Error(`"${last}" is not after "${first}" in ${name}`);
  // As the parser reads a minute's body: a decision opening part-way through a line starts its own.
  return view.slice(from, to + 1).flatMap(splitAtResolved);
}
