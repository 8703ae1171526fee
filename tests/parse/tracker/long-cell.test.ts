/**
 * A cell that wraps over thousands of lines (what a damaged file found by the fuzzer did to
 * the Birmingham tracker) is read as one cell of one row, and the rest of the table as before.
 * Cell text is collected piece by piece (CellText): before, each line re-read the whole cell,
 * and the fuzzer's 2 MB case took 97 s.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Context } from '../../../src/context.js';
import { layoutOf } from '../../../src/layout-of.js';
import { allLines } from '../../../src/layout/types.js';
import { CellText } from '../../../src/parse/tables/index.js';
import { joinLines } from '../../../src/parse/common/join.js';
import { parseActionTracker } from '../../../src/parse/tracker/index.js';
import { fixture } from '../../helpers.js';

const FILE = fixture('tracker', 'birmingham_ecyp_osc_2024-12-04_action_tracker.txt');
/** Lines added under the tracker's first row, each with text in the Comments column only. */
const REPEATS = 20_000;

async function parseText(text: string) {
  const ctx = new Context(FILE);
  const layout = await layoutOf(new TextEncoder().encode(text), new Context(FILE));
  return parseActionTracker(allLines(layout), ctx).value;
}

describe('a tracker cell wrapped over thousands of lines', () => {
  it('stays one row, with every piece of its update, and leaves the other rows as they were', async () => {
    const original = readFileSync(FILE, 'utf8');
    const lines = original.split('\n');
    const firstRow = lines.findIndex((l) => l.startsWith('18 Oct 2023\t'));
    const continuation = '\t\t\t\tOngoing.';
    const long = [...lines.slice(0, firstRow + 1), ...Array(REPEATS).fill(continuation), ...lines.slice(firstRow + 1)].join('\n');

    const before = await parseText(original);
    const after = await parseText(long);
    expect(after).toHaveLength(before.length);
    expect(after[0].action).toBe('The Director, Children and Families, to bring work at early stages of planning for input by the Committee.');
    expect(after[0].update?.split('Ongoing.').length).toBe(REPEATS + 2);
    expect(after.slice(1).map((r) => r.action)).toEqual(before.slice(1).map((r) => r.action));
  });
});

describe('a merged item cell that runs on for thousands of characters', () => {
  it('is ended with a warning, so that the rows below do not all repeat it', async () => {
    const lines = readFileSync(FILE, 'utf8').split('\n');
    const firstRow = lines.findIndex((l) => l.startsWith('18 Oct 2023\t'));
    // 100 more lines of the first row's agenda item, and nothing else: the item grows past 4,000 characters.
    const itemOnly = '\tScrutiny of Delivery of 2023/24 Budget Savings and';
    const long = [...lines.slice(0, firstRow + 1), ...Array(100).fill(itemOnly), ...lines.slice(firstRow + 1)].join('\n');
    const ctx = new Context(FILE);
    const layout = await layoutOf(new TextEncoder().encode(long), new Context(FILE));
    const rows = parseActionTracker(allLines(layout), ctx).value;

    expect(rows[0].item?.split('Scrutiny of Delivery').length).toBe(102);
    // The second action of the same date printed its own item beside it; that is all it keeps.
    expect(rows[1].action).toBe('Future agenda items to include a snapshot of their associated spend / budget and impact.');
    expect(rows[1].item).toBe("Update on the Council's Response to S114 Notice and Financial Recovery Plan");
    const cut = ctx.warnings.filter((w) => w.code === 'merged-cell-too-long');
    expect(cut).toHaveLength(1);
    expect(cut[0].source.line).toBe(rows[1].source.line);
  });
});

describe('CellText', () => {
  it('joins wrapped pieces as joinLines does, hyphenation included, and ends with the last piece', () => {
    // Kent County Council minutes, 13 March 2025: names broken at a hyphen across lines.
    const pieces = ['reported apologies from Mr Paul Barrington-', 'King, Mr Derek Crow-', 'Brown'];
    const cell = new CellText();
    expect(cell.isEmpty).toBe(true);
    for (const p of pieces) cell.add(p);
    expect(String(cell)).toBe(joinLines(pieces));
    expect(String(cell)).toBe('reported apologies from Mr Paul Barrington-King, Mr Derek Crow-Brown');
    expect(cell.last).toBe('Brown');
  });
});
