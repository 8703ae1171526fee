/**
 * How far a Pack agrees with a paper's expected records: true positives, false positives and
 * false negatives per record type, and the misses that explain them. Pure: no I/O.
 *
 * Records are paired, not compared by position, so that one missed heading does not make every
 * later one wrong: an expected record takes the first unpaired record of the same number whose
 * title is alike (or, where the expected number is null, the first whose title is alike).
 */
import type { Pack, Meeting, MinuteItem, Minutes } from '../schema/pack.js';
import type { Expected, ExpectedVoteT } from './expected.js';

export const RECORD_TYPES = ['meeting', 'agenda', 'minutes', 'resolutions', 'votes', 'attendance', 'actions'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  tallies: Record<RecordType, Tally>;
  /** One line per disagreement, for `npm run accuracy -- --misses`. */
  misses: string[];
}

export function emptyTallies(): Record<RecordType, Tally> {
  return Object.fromEntries(RECORD_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<RecordType, Tally>;
}

export function addTally(into: Tally, t: Tally): void {
  into.tp += t.tp;
  into.fp += t.fp;
  into.fn += t.fn;
}

export function f1(t: Tally): number | null {
  if (t.tp + t.fp + t.fn === 0) return null;
  return (2 * t.tp) / (2 * t.tp + t.fp + t.fn);
}

/** Lower case, letters and digits only, one space between words. */
export function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Item numbers as printed, without brackets, spaces or a trailing dot: "(4)" = "4.", "6 a" = "6a". */
function numberKey(n: string | null | undefined): string | null {
  if (n === null || n === undefined) return null;
  return n.toLowerCase().replace(/[()\s]/g, '').replace(/\.+$/, '');
}

/** Titles are alike when one holds the other or most of their words are shared (wrapping and debris are forgiven). */
export function alike(a: string, b: string): boolean {
  const x = normalise(a);
  const y = normalise(b);
  if (x === y) return true;
  if (!x || !y) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length >= 8 && long.includes(short) && short.length >= long.length / 3) return true;
  const xs = new Set(x.split(' '));
  const ys = new Set(y.split(' '));
  let shared = 0;
  for (const w of xs) if (ys.has(w)) shared++;
  return shared / Math.max(xs.size, ys.size) >= 0.6;
}

/** Pairs expected with found records; returns the found index for each expected one (or -1). */
function pair<E, G>(expected: E[], found: G[], same: (e: E, g: G) => boolean): number[] {
  const used = new Set<number>();
  return expected.map((e) => {
    const k = found.findIndex((g, i) => !used.has(i) && same(e, g));
    if (k >= 0) used.add(k);
    return k;
  });
}

function tallyPairs(pairs: number[], found: number): Tally {
  const tp = pairs.filter((k) => k >= 0).length;
  return { tp, fn: pairs.length - tp, fp: found - tp };
}

const MEETING_FIELDS = ['body', 'committee', 'date', 'time', 'venue'] as const;

function scoreMeeting(expected: Expected['meeting'], got: Meeting | null, where: string, tally: Tally, misses: string[]): void {
  if (!expected) return;
  for (const field of MEETING_FIELDS) {
    if (!(field in expected)) continue;
    const want = expected[field] ?? null;
    const have = got?.[field] ?? null;
    const loose = field === 'date' || field === 'time' ? want === have : want !== null && have !== null && alike(want, have);
    if (want === null && have === null) continue;
    if (want !== null && have !== null && loose) {
      tally.tp++;
      continue;
    }
    if (have !== null) tally.fp++;
    if (want !== null) tally.fn++;
    misses.push(`${where}.${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(have)}`);
  }
}

function sameItem(e: { number?: string | null; title: string }, g: { number: string | null; title: string }): boolean {
  if (e.number !== undefined && numberKey(e.number) !== numberKey(g.number)) return false;
  return alike(e.title, g.title);
}

function voteKey(v: ExpectedVoteT): string {
  return `${v.for ?? '-'}/${v.against ?? '-'}/${v.abstain ?? '-'}`;
}

function foundVoteKey(v: MinuteItem['votes'][number]): string {
  return `${v.for.count ?? '-'}/${v.against.count ?? '-'}/${v.abstain.count ?? '-'}`;
}

/** A surname is enough to recognise a name in a list ("Cllr A Smith" = "Councillor Alan Smith"). */
function surname(name: string): string {
  const words = normalise(name.replace(/\([^)]*\)/g, ' ')).split(' ').filter(Boolean);
  return words[words.length - 1] ?? '';
}

function scoreNames(want: string[] | undefined, have: string[], where: string, tally: Tally, misses: string[]): void {
  if (!want) return;
  const pairs = pair(want, have, (w, h) => surname(w) === surname(h));
  addTally(tally, tallyPairs(pairs, have.length));
  const missing = want.filter((_, i) => pairs[i] < 0);
  if (missing.length) misses.push(`${where}: not found: ${missing.join('; ')}`);
  const extra = have.filter((_, i) => !pairs.includes(i));
  if (extra.length) misses.push(`${where}: not printed: ${extra.join('; ')}`);
}

function scoreMinutes(expected: NonNullable<Expected['minutes']>, got: Minutes[], tallies: Score['tallies'], misses: string[]): void {
  // Minute items are paired across all sets: a set split in two is still read item by item.
  const wantItems = expected.flatMap((m) => m.items ?? []);
  const haveItems = got.flatMap((m) => m.items);
  const scored = expected.some((m) => m.items !== undefined);
  if (scored) {
    const pairs = pair(wantItems, haveItems, sameItem);
    addTally(tallies.minutes, tallyPairs(pairs, haveItems.length));
    wantItems.forEach((w, i) => {
      const h = pairs[i] >= 0 ? haveItems[pairs[i]] : null;
      if (!h) misses.push(`minute ${w.number ?? '(unnumbered)'} "${w.title}": not found`);
      if (w.resolutions !== undefined) {
        const have = h?.resolutions.length ?? 0;
        tallies.resolutions.tp += Math.min(w.resolutions, have);
        tallies.resolutions.fn += Math.max(0, w.resolutions - have);
        tallies.resolutions.fp += Math.max(0, have - w.resolutions);
        if (h && have !== w.resolutions) misses.push(`minute ${w.number ?? '(unnumbered)'}: ${w.resolutions} resolution(s) expected, ${have} found`);
      }
      if (w.votes !== undefined) {
        const have = h?.votes ?? [];
        const votePairs = pair(w.votes, have, (e, g) => voteKey(e) === foundVoteKey(g));
        addTally(tallies.votes, tallyPairs(votePairs, have.length));
        if (h && votePairs.some((k) => k < 0)) {
          misses.push(`minute ${w.number ?? '(unnumbered)'}: votes expected ${w.votes.map(voteKey).join(', ') || 'none'}, found ${have.map(foundVoteKey).join(', ') || 'none'}`);
        }
      }
    });
    haveItems.forEach((h, k) => {
      if (pairs.includes(k)) return;
      misses.push(`minute ${h.number ?? '(unnumbered)'} "${h.title.slice(0, 60)}": not printed as a minute`);
      tallies.resolutions.fp += h.resolutions.length;
      tallies.votes.fp += h.votes.length;
    });
  }
  expected.forEach((m, i) => {
    const h = got[i];
    scoreMeeting(m.meeting, h?.meeting ?? null, `minutes[${i}].meeting`, tallies.meeting, misses);
    scoreNames(m.present, h?.present ?? [], `minutes[${i}].present`, tallies.attendance, misses);
    scoreNames(m.apologies, h?.apologies ?? [], `minutes[${i}].apologies`, tallies.attendance, misses);
  });
  if (got.length > expected.length) misses.push(`${got.length} sets of minutes found, ${expected.length} printed`);
}

export function score(expected: Expected, pack: Pack): Score {
  const tallies = emptyTallies();
  const misses: string[] = [];
  scoreMeeting(expected.meeting, pack.meeting, 'meeting', tallies.meeting, misses);

  if (expected.agenda) {
    const pairs = pair(expected.agenda, pack.agenda, sameItem);
    addTally(tallies.agenda, tallyPairs(pairs, pack.agenda.length));
    expected.agenda.forEach((e, i) => pairs[i] < 0 && misses.push(`agenda ${e.number ?? ''} "${e.title}": not found`));
    pack.agenda.forEach((g, k) => !pairs.includes(k) && misses.push(`agenda ${g.number ?? ''} "${g.title.slice(0, 60)}": not printed as an item`));
  }

  if (expected.minutes) scoreMinutes(expected.minutes, pack.minutes, tallies, misses);

  if (expected.actions) {
    const sameAction = (e: NonNullable<Expected['actions']>[number], g: Pack['actions'][number]): boolean => {
      const want = normalise(e.action);
      const have = normalise(g.action);
      const textAlike = have.startsWith(want.slice(0, 40)) || alike(e.action, g.action);
      return textAlike && (e.status === undefined || e.status === null || e.status === g.status);
    };
    const pairs = pair(expected.actions, pack.actions, sameAction);
    addTally(tallies.actions, tallyPairs(pairs, pack.actions.length));
    expected.actions.forEach((e, i) => pairs[i] < 0 && misses.push(`action "${e.action.slice(0, 60)}"${e.status ? ` (${e.status})` : ''}: not found`));
    pack.actions.forEach((g, k) => !pairs.includes(k) && misses.push(`action "${g.action.slice(0, 60)}" (${g.status}): not printed as an action`));
  }
  return { tallies, misses };
}
