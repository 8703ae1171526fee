/**
 * Mutations: the damage real archives do to files (bit rot, cut-off downloads, bad merges,
 * broken exports) applied to good inputs. Each mutator is a pure function of its input and a
 * seeded Random, and says in a few words what it did, for the failure report.
 */
import type { Random } from './random.js';

export interface Mutation {
  bytes: Buffer;
  /** What was done, e.g. "flipped 3 bits at 1022, 4410, 9000". */
  note: string;
}

export type Mutator = (input: Buffer, rnd: Random) => Mutation | null;

/** Mutated inputs are capped at this size, so that a case measures robustness, not raw throughput. */
export const MAX_MUTATED_BYTES = 16 * 1024 * 1024;

/** Flip a few random bits: bit rot, or a bad transfer. */
export const flipBits: Mutator = (input, rnd) => {
  if (input.length === 0) return null;
  const out = Buffer.from(input);
  const count = rnd.int(1, 24);
  const at: number[] = [];
  for (let i = 0; i < count; i++) {
    const pos = rnd.int(0, out.length - 1);
    out[pos] ^= 1 << rnd.int(0, 7);
    at.push(pos);
  }
  return { bytes: out, note: `flipped ${count} bit(s) at ${at.slice(0, 6).join(', ')}${at.length > 6 ? ', …' : ''}` };
};

/** Cut the file short anywhere: an interrupted download. */
export const truncate: Mutator = (input, rnd) => {
  if (input.length < 2) return null;
  const keep = rnd.int(0, input.length - 1);
  return { bytes: input.subarray(0, keep), note: `truncated to ${keep} of ${input.length} bytes` };
};

/** Remove a slice from the middle. */
export const deleteRange: Mutator = (input, rnd) => {
  if (input.length < 16) return null;
  const from = rnd.int(0, input.length - 2);
  const length = rnd.int(1, Math.max(1, Math.floor(input.length / 20)));
  return { bytes: Buffer.concat([input.subarray(0, from), input.subarray(from + length)]), note: `deleted ${length} bytes at ${from}` };
};

/** Insert random bytes: junk spliced in by a broken tool. */
export const insertJunk: Mutator = (input, rnd) => {
  const at = rnd.int(0, input.length);
  const junk = Buffer.alloc(rnd.int(1, 512));
  for (let i = 0; i < junk.length; i++) junk[i] = rnd.int(0, 255);
  return { bytes: Buffer.concat([input.subarray(0, at), junk, input.subarray(at)]), note: `inserted ${junk.length} random bytes at ${at}` };
};

/**
 * The most a repeated slice may add. Big enough to be far larger than any line or object a
 * reader expects (the seeds are under 512 KB), small enough that a case takes seconds.
 */
const MAX_REPEATED_BYTES = 2 * 1024 * 1024;

/** Repeat a slice many times: a merge tool stuck in a loop. */
export const repeatChunk: Mutator = (input, rnd) => {
  if (input.length < 2) return null;
  const from = rnd.int(0, input.length - 1);
  const length = rnd.int(1, Math.min(4096, input.length - from));
  const times = rnd.int(2, Math.max(2, Math.floor(MAX_REPEATED_BYTES / length)));
  const chunk = input.subarray(from, from + length);
  const repeated = Buffer.concat(Array.from({ length: times }, () => chunk));
  return { bytes: Buffer.concat([input.subarray(0, from), repeated, input.subarray(from)]), note: `repeated ${length} bytes at ${from} ${times} times` };
};

const OBJECT = /(\d+) (\d+) obj\b[\s\S]*?\bendobj\b/g;

/** The byte spans of the PDF objects written in the clear ("N G obj … endobj"). */
function objectSpans(input: Buffer): Array<{ start: number; end: number; number: string }> {
  const text = input.toString('latin1');
  const spans: Array<{ start: number; end: number; number: string }> = [];
  for (const m of text.matchAll(OBJECT)) {
    spans.push({ start: m.index, end: m.index + m[0].length, number: m[1] });
    if (spans.length >= 100_000) break;
  }
  return spans;
}

/** Copy an object elsewhere: two definitions of one object number, as bad incremental saves leave. */
export const duplicateObject: Mutator = (input, rnd) => {
  const spans = objectSpans(input);
  if (spans.length === 0) return null;
  const source = rnd.pick(spans);
  const target = rnd.pick(spans);
  const copy = input.subarray(source.start, source.end);
  const at = rnd.chance(0.5) ? target.start : target.end;
  return {
    bytes: Buffer.concat([input.subarray(0, at), copy, Buffer.from('\n'), input.subarray(at)]),
    note: `duplicated object ${source.number} at ${at}`,
  };
};

/** Swap two objects' bodies, keeping their numbers: references now point at the wrong kind of thing. */
export const swapObjects: Mutator = (input, rnd) => {
  const spans = objectSpans(input);
  if (spans.length < 2) return null;
  const i = rnd.int(0, spans.length - 1);
  let j = rnd.int(0, spans.length - 1);
  if (i === j) j = (j + 1) % spans.length;
  const [a, b] = i < j ? [spans[i], spans[j]] : [spans[j], spans[i]];
  return {
    bytes: Buffer.concat([
      input.subarray(0, a.start),
      input.subarray(b.start, b.end),
      input.subarray(a.end, b.start),
      input.subarray(a.start, a.end),
      input.subarray(b.end),
    ]),
    note: `swapped objects ${a.number} and ${b.number}`,
  };
};

/** Numbers that break assumptions: zero, negative, huge, fractional, beyond 32 bits. */
const EXTREME_NUMBERS = ['0', '-1', '1', '999999999', '2147483648', '4294967297', '1e308', '0.5', '-0', '65535', '100000'];
const PDF_NUMBER_KEYS = /\/(Length|Count|Size|W|N|First|Prev|Columns|Predictor|BitsPerComponent|Width|Height|Rotate|MediaBox|FirstChar|LastChar|Index|Kids|Parent|Contents|Root)\b\s*\[?\s*(-?\d+(?:\.\d+)?)/g;

/** Replace a number the reader trusts (a /Length, a /Count, an xref offset) with an extreme one. */
export const corruptNumber: Mutator = (input, rnd) => {
  const text = input.toString('latin1');
  const found: Array<{ at: number; length: number; key: string }> = [];
  for (const m of text.matchAll(PDF_NUMBER_KEYS)) {
    found.push({ at: m.index + m[0].length - m[2].length, length: m[2].length, key: m[1] });
    if (found.length >= 10_000) break;
  }
  const startxref = /startxref\s+(\d+)/g;
  for (const m of text.matchAll(startxref)) found.push({ at: m.index + m[0].length - m[1].length, length: m[1].length, key: 'startxref' });
  if (found.length === 0) return null;
  const target = rnd.pick(found);
  const value = rnd.pick(EXTREME_NUMBERS);
  return {
    bytes: Buffer.concat([input.subarray(0, target.at), Buffer.from(value, 'latin1'), input.subarray(target.at + target.length)]),
    note: `set a ${target.key} number at ${target.at} to ${value}`,
  };
};

/** Shuffle some lines: a text export with its order scrambled (and, in a PDF, its syntax). */
export const shuffleLines: Mutator = (input, rnd) => {
  const lines = input.toString('latin1').split('\n');
  if (lines.length < 3) return null;
  const swaps = rnd.int(1, Math.max(1, Math.floor(lines.length / 10)));
  for (let i = 0; i < swaps; i++) {
    const a = rnd.int(0, lines.length - 1);
    const b = rnd.int(0, lines.length - 1);
    [lines[a], lines[b]] = [lines[b], lines[a]];
  }
  return { bytes: Buffer.from(lines.join('\n'), 'latin1'), note: `swapped ${swaps} pair(s) of lines` };
};

/** Characters that break text handling: controls, private use, replacement, bidi overrides, form feeds, NUL. */
const HOSTILE_TEXT = ['\u0000', '\u0007', '\f', '\r', '\uFFFD', '\uE000', '\u202E', '\u200B', '\uFEFF', '\t\t\t', '\u00A0', '𝔄', '\u0301'];

/** Sprinkle hostile characters through a text file. */
export const hostileCharacters: Mutator = (input, rnd) => {
  const text = input.toString('utf8');
  const chars = [...text];
  if (chars.length === 0) return null;
  const count = rnd.int(1, Math.max(1, Math.floor(chars.length / 50)));
  for (let i = 0; i < count; i++) chars.splice(rnd.int(0, chars.length), 0, rnd.pick(HOSTILE_TEXT));
  return { bytes: Buffer.from(chars.join(''), 'utf8'), note: `inserted ${count} hostile character(s)` };
};

/** Join every line into one: an export that lost its line breaks. */
export const joinLines: Mutator = (input) => {
  if (!input.includes(0x0a)) return null;
  return { bytes: Buffer.from(input.toString('latin1').replace(/\r?\n/g, ' '), 'latin1'), note: 'joined all lines into one' };
};

/** Invalid UTF-8: lone continuation bytes, cut sequences, overlong forms, bytes never valid. */
const BROKEN_UTF8 = [[0x80], [0xc3], [0xe2, 0x80], [0xc0, 0xaf], [0xff], [0xfe, 0xff], [0xed, 0xa0, 0x80]];

export const breakUtf8: Mutator = (input, rnd) => {
  const parts: Buffer[] = [];
  let last = 0;
  const count = rnd.int(1, 20);
  const positions = Array.from({ length: count }, () => rnd.int(0, input.length)).sort((a, b) => a - b);
  for (const p of positions) {
    parts.push(input.subarray(last, p), Buffer.from(rnd.pick(BROKEN_UTF8)));
    last = p;
  }
  parts.push(input.subarray(last));
  return { bytes: Buffer.concat(parts), note: `inserted ${count} invalid UTF-8 sequence(s)` };
};

export const PDF_MUTATORS: ReadonlyArray<[string, Mutator]> = [
  ['flip-bits', flipBits],
  ['truncate', truncate],
  ['delete-range', deleteRange],
  ['insert-junk', insertJunk],
  ['repeat-chunk', repeatChunk],
  ['duplicate-object', duplicateObject],
  ['swap-objects', swapObjects],
  ['corrupt-number', corruptNumber],
  ['shuffle-lines', shuffleLines],
];

export const TEXT_MUTATORS: ReadonlyArray<[string, Mutator]> = [
  ['flip-bits', flipBits],
  ['truncate', truncate],
  ['delete-range', deleteRange],
  ['insert-junk', insertJunk],
  ['repeat-chunk', repeatChunk],
  ['shuffle-lines', shuffleLines],
  ['hostile-characters', hostileCharacters],
  ['join-lines', joinLines],
  ['break-utf8', breakUtf8],
];

/** Apply one to `most` mutations in a row; returns the result and what was done. */
export function mutate(input: Buffer, mutators: ReadonlyArray<[string, Mutator]>, rnd: Random, most = 3): Mutation {
  let bytes = input;
  const notes: string[] = [];
  const rounds = rnd.int(1, most);
  for (let i = 0; i < rounds; i++) {
    const [name, mutator] = rnd.pick(mutators);
    const result = mutator(bytes, rnd);
    if (!result || result.bytes.length > MAX_MUTATED_BYTES) continue;
    bytes = result.bytes;
    notes.push(`${name}: ${result.note}`);
  }
  return { bytes, note: notes.length > 0 ? notes.join('; ') : 'unchanged' };
}
