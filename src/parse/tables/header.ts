/**
 * Header rows: recognise a table by the labels of its header row and read its columns from
 * where those labels sit. A header cell may hold several labels (the layout joined them when
 * the gutter was narrow: "Ref Action", "Transaction number AP Amount (£) VAT registration
 * number"), and a header's labels may wrap onto a second line ("Action" / "Who/When").
 */
import { hasGeometry, type Line } from '../../layout/types.js';
import { cleanMarkup } from '../../text/join.js';
import type { Column, ColumnSpec, Header, HeaderSpec } from './types.js';
import { lineWords, type Word } from './words.js';

/** The most words one label is made of ("Minute No. / Date of Meeting"). */
const MAX_LABEL_WORDS = 8;
/** A second header line must sit within this many font sizes below the first to be its wrap. */
const HEADER_WRAP_GAP_RATIO = 1.8;
/** A wrapped label fragment must start within this many font sizes of a label's edges. */
const LABEL_ALIGN_RATIO = 1.0;

interface LabelGroup {
  words: Word[];
  x: number;
  x2: number;
}

/** Whether the column's label, matched from the start of the text, takes all of it. */
export function fullMatch(spec: ColumnSpec, text: string): boolean {
  const m = spec.label.exec(text);
  return m !== null && m.index === 0 && m[0].length === text.length;
}

function specFor(specs: ColumnSpec[], text: string, full: boolean): ColumnSpec | null {
  for (const s of specs) {
    if (full ? fullMatch(s, text) : s.label.exec(text)?.index === 0) return s;
  }
  return null;
}

/**
 * Whole-label matches already tried, by spec list and words: the division below tries every run
 * of up to MAX_LABEL_WORDS words of every line against every label, and the same runs recur
 * (in the same line asked about again, and in the same phrases on many pages).
 */
const labelMatches = new WeakMap<ColumnSpec[], Map<string, ColumnSpec | null>>();
/** Runs remembered per spec list before the memory is started afresh (keeps it bounded on long packs). */
const MAX_REMEMBERED_RUNS = 50_000;

function labelSpec(specs: ColumnSpec[], raw: string): ColumnSpec | null {
  let known = labelMatches.get(specs);
  if (!known) labelMatches.set(specs, (known = new Map()));
  const hit = known.get(raw);
  if (hit !== undefined) return hit;
  const spec = specFor(specs, cleanMarkup(raw), true);
  if (known.size >= MAX_REMEMBERED_RUNS) known.clear();
  known.set(raw, spec);
  return spec;
}

/**
 * Divide one header cell's words into labels the spec knows, using as few labels as
 * possible; null when no division covers every word.
 */
function joinWords(words: readonly Word[], from: number, to: number): string {
  let text = words[from].text;
  for (let k = from + 1; k < to; k++) text += ' ' + words[k].text;
  return text;
}

function segment(words: Word[], specs: ColumnSpec[]): Array<{ spec: ColumnSpec; words: Word[] }> | null {
  const n = words.length;
  const best: Array<Array<{ spec: ColumnSpec; words: Word[] }> | null> = new Array(n + 1).fill(null);
  best[n] = [];
  for (let i = n - 1; i >= 0; i--) {
    for (let len = 1; len <= Math.min(MAX_LABEL_WORDS, n - i); len++) {
      const rest = best[i + len];
      if (!rest) continue;
      const spec = labelSpec(specs, joinWords(words, i, i + len));
      if (!spec) continue;
      const candidate = [{ spec, words: words.slice(i, i + len) }, ...rest];
      if (!best[i] || candidate.length < best[i]!.length) best[i] = candidate;
    }
  }
  return best[0];
}

function groupsOf(line: Line): LabelGroup[] {
  // One pass over the words (not one per cell): a line of thousands of cells stays linear.
  const byCell: Word[][] = line.cells.map(() => []);
  for (const w of lineWords(line)) byCell[w.cell]?.push(w);
  return line.cells.map((c, i) => ({ words: byCell[i], x: c.x, x2: c.x2 }));
}

/** Fold a wrapped second header line into the first line's label groups, or null if it is not one. */
function withWrap(first: Line, groups: LabelGroup[], second: Line | undefined): LabelGroup[] | null {
  if (!second || !hasGeometry(first) || second.page !== first.page) return null;
  const size = first.size ?? 0;
  if (second.bold !== first.bold || second.y - first.y > HEADER_WRAP_GAP_RATIO * size) return null;
  const tolerance = LABEL_ALIGN_RATIO * size;
  const merged = groups.map((g) => ({ ...g, words: [...g.words] }));
  for (const [i, cell] of second.cells.entries()) {
    const target = merged.find((g) => cell.x >= g.x - tolerance && cell.x <= g.x2 + tolerance);
    if (!target) return null;
    target.words.push(...lineWords(second).filter((w) => w.cell === i));
    target.x2 = Math.max(target.x2, cell.x2);
  }
  return merged;
}

function columnsOf(groups: LabelGroup[], specs: ColumnSpec[]): Column[] {
  const columns: Column[] = [];
  let unknown = 0;
  for (const g of groups) {
    const parts = segment(g.words, specs);
    if (parts && parts.length > 0) {
      parts.forEach((p, i) => {
        const next = parts[i + 1];
        columns.push({
          key: p.spec.key,
          label: p.words.map((w) => w.text).join(' '),
          x: i === 0 ? g.x : p.words[0].x,
          labelEnd: next ? next.words[0].x : g.x2,
        });
      });
      continue;
    }
    const label = cleanMarkup(g.words.map((w) => w.text).join(' '));
    const spec = specFor(specs, label, false);
    columns.push({ key: spec ? spec.key : `column${++unknown}`, label, x: g.x, labelEnd: g.x2 });
  }
  // A key names one column: a second column with the same key keeps its label but not the key.
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c.key)) c.key = `column${++unknown}`;
    seen.add(c.key);
  }
  return columns;
}

function accepted(columns: Column[], spec: HeaderSpec): boolean {
  return spec.accepts(new Set(columns.map((c) => c.key)));
}

/**
 * Answers already given, by spec and first line (with the line after it, which a wrapped
 * header takes): the table reader asks about the same line several times (is it a header, a
 * repeat after a page break, the end of a body). Headers are only read, never changed, by
 * their users, so the same answer can be handed out again.
 */
const answers = new WeakMap<HeaderSpec, WeakMap<Line, { next: Line | undefined; header: Header | null }>>();

/** The header starting at lines[index], or null when that line is not a header the spec accepts. */
export function matchHeader(lines: Line[], index: number, spec: HeaderSpec): Header | null {
  const first = lines[index];
  if (!first) return null;
  // Most lines lack the keywords: saying so again costs less than remembering it (an entry per
  // line in the memory below, which the garbage collector must also trace).
  if (!hasKeywords(spec, first.text, lines[index + 1]?.text ?? '')) return null;
  let bySpec = answers.get(spec);
  if (!bySpec) answers.set(spec, (bySpec = new WeakMap()));
  const known = bySpec.get(first);
  if (known && known.next === lines[index + 1]) return known.header;
  const header = readHeader(lines, index, spec);
  bySpec.set(first, { next: lines[index + 1], header });
  return header;
}

/** The header at lines[index], whose lines have the spec's keywords (see matchHeader). */
function readHeader(lines: Line[], index: number, spec: HeaderSpec): Header | null {
  const first = lines[index];
  const groups = groupsOf(first);
  const wrapped = withWrap(first, groups, lines[index + 1]);
  if (wrapped) {
    const columns = columnsOf(wrapped, spec.columns);
    if (accepted(columns, spec)) return { columns, lines: [first, lines[index + 1]] };
  }
  // In text, labels that share one cell were run together by the extraction: the columns
  // beneath cannot be told apart (see flattened.ts), so it is not read as a header.
  if (!hasGeometry(first) && first.cells.length < 2) return null;
  // A header row has at least two labels (a lone word that happens to match is prose).
  const columns = columnsOf(groups, spec.columns);
  if (columns.length < 2 || !accepted(columns, spec)) return null;
  return { columns, lines: [first] };
}

/** Whether every keyword of the spec is on one of a header's (possible) two lines. */
export function hasKeywords(spec: HeaderSpec, first: string, second = ''): boolean {
  return spec.keywords.every((k) => k.test(first) || k.test(second));
}

/** Every header the spec accepts in the lines, with its index. */
export function findHeaders(lines: Line[], spec: HeaderSpec, from = 0): Array<{ index: number; header: Header }> {
  const found: Array<{ index: number; header: Header }> = [];
  for (let i = from; i < lines.length; i++) {
    const header = matchHeader(lines, i, spec);
    if (header) {
      found.push({ index: i, header });
      i += header.lines.length - 1;
    }
  }
  return found;
}
