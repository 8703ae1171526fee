/**
 * Tables whose columns ran together, made by fixtures/flattened/make.mjs from tables whose
 * columns we know: each flattened form is read and compared row by row with the structured
 * original's records (the truth). Rows read from a flattened table say their cells were inferred.
 */
import { describe, expect, it } from 'vitest';
import { Context } from '../../../src/context.js';
import { allLines } from '../../../src/layout/types.js';
import { parseForwardPlan } from '../../../src/parse/forward-plan/index.js';
import { parseActionTracker } from '../../../src/parse/tracker/index.js';
import { fixture, loadLayout } from '../../helpers.js';

type Parser = typeof parseActionTracker | typeof parseForwardPlan;

async function read(parser: Parser, ...parts: string[]) {
  const file = fixture(...parts);
  const ctx = new Context(file);
  return { ...parser(allLines(await loadLayout(file)), ctx), ctx };
}

/** For each row of the truth, whether the flattened form has a row with the same fields (found by its first field). */
function rowByRow<T extends Record<string, unknown>>(truth: T[], got: T[], fields: Array<keyof T>): boolean[] {
  return truth.map((t) => {
    const twin = got.find((g) => g[fields[0]] === t[fields[0]]);
    return twin !== undefined && fields.every((f) => twin[f] === t[f]);
  });
}

const ACTION_FIELDS = ['action', 'update', 'date', 'item', 'status'] as const;
const DECISION_FIELDS = ['id', 'title', 'portfolio', 'proposed', 'decided'] as const;

describe('the Kent action point in plain pdftotext text', () => {
  it('is the same row as from the PDF, its cells said to be inferred', async () => {
    const truth = await read(parseActionTracker, 'tracker', 'kent_county_council_2024-11-14_treasury_group_note_action_points.pdf');
    for (const name of ['flattened/kent_county_council_2024-11-14_treasury_group_note_action_points.pdftotext.txt', 'tracker/kent_county_council_2024-11-14_treasury_group_note_action_points.raw.txt']) {
      const flat = await read(parseActionTracker, ...name.split('/'));
      expect(rowByRow(truth.value, flat.value, [...ACTION_FIELDS])).toEqual([true]);
      expect(flat.value[0].cellsInferred).toBe(true);
      expect(flat.value[0].id).toBe(truth.value[0].id);
    }
  });
});

describe('the Birmingham forward plan with its columns run together', () => {
  it('gives the structured original\'s decisions row by row, one cell to a line', async () => {
    const truth = await read(parseForwardPlan, 'tables', 'birmingham_csc_osc_2019-03-13_forward_plan.md');
    const flat = await read(parseForwardPlan, 'flattened', 'birmingham_csc_osc_2019-03-13_forward_plan.cells.txt');
    expect(truth.value).toHaveLength(10);
    expect(rowByRow(truth.value, flat.value, [...DECISION_FIELDS])).toEqual(Array(10).fill(true));
    // The joint decisions' portfolio column is headed "Cabinet Member & Lead Officer".
    expect(truth.value[8].portfolio).toBe("Cllr Kate Booth, Cabinet Member for Children's Wellbeing Jointly with Sharon Scott, Interim Assistant Director - SEND");
    expect(flat.value.every((d) => d.cellsInferred === true)).toBe(true);
  });

  it('gives the same decisions with cells joined by spaces, and with the header wrapped over five lines', async () => {
    const truth = await read(parseForwardPlan, 'tables', 'birmingham_csc_osc_2019-03-13_forward_plan.md');
    for (const form of ['spaces', 'wrapped']) {
      const flat = await read(parseForwardPlan, 'flattened', `birmingham_csc_osc_2019-03-13_forward_plan.${form}.txt`);
      // Row 5's portfolio ("Education, Skills & Culture") is printed once, but its title is row 7's.
      expect(rowByRow(truth.value, flat.value, [...DECISION_FIELDS])).toEqual(Array(10).fill(true));
    }
  });
});

describe('the Birmingham action tracker with its columns run together', () => {
  it('reads rows anchored by their dates, one cell to a line and joined by spaces', async () => {
    const truth = await read(parseActionTracker, 'tracker', 'birmingham_ecyp_osc_2024-12-04_action_tracker.txt');
    expect(truth.value).toHaveLength(33);
    const results: Record<string, number> = {};
    for (const form of ['cells', 'spaces']) {
      const flat = await read(parseActionTracker, 'flattened', `birmingham_ecyp_osc_2024-12-04_action_tracker.${form}.txt`);
      results[form] = rowByRow(truth.value, flat.value, [...ACTION_FIELDS]).filter(Boolean).length;
      expect(flat.value.every((r) => r.cellsInferred === true)).toBe(true);
    }
    // One cell to a line, the 17 Jan 2024 row is cut by a page break in its item ("Improving
    // Services for Children and" / "Families Plan Update") and its lead ("Fayth Skeete - Head of
    // Strategic," / "Governance and Planning"): each rest goes back to its own cell, not to the item.
    expect(results).toEqual({ cells: 33, spaces: 33 });
  });
});

describe('a flattened tracker whose item titles the pack prints elsewhere', () => {
  it('takes a known title whole or in its wrapped parts as the item cell, and tells more rows apart', async () => {
    const file = fixture('flattened', 'birmingham_ecyp_osc_2024-12-04_action_tracker.spaces.txt');
    const truth = await read(parseActionTracker, 'tracker', 'birmingham_ecyp_osc_2024-12-04_action_tracker.txt');
    // Titles of the meetings the tracker's rows arose at, as their minutes print them.
    const knownItems = [
      'Improving Services for Children and Families Plan Update',
      'School Improvement – The New Relationship with Schools',
      'T&F Meeting – Implications of Savings',
      'SAVINGS 2024/25 - PROGRESS REPORT',
    ];
    const flat = parseActionTracker(allLines(await loadLayout(file)), new Context(file), { knownItems });
    expect(rowByRow(truth.value, flat.value, [...ACTION_FIELDS]).filter(Boolean)).toHaveLength(33);
  });
});

describe('a flattened tracker row that runs over a page break', () => {
  it('is one row: the header printed again between its two parts is left out of it', async () => {
    const truth = await read(parseActionTracker, 'tracker', 'birmingham_ecyp_osc_2024-12-04_action_tracker.txt');
    const split = truth.value.filter((r) => r.action.startsWith('iv) That the committee continue to be updated'));
    expect(split).toHaveLength(1);
    expect(split[0].action).toContain('participation in engagement activities');
    for (const form of ['cells', 'spaces']) {
      const flat = await read(parseActionTracker, 'flattened', `birmingham_ecyp_osc_2024-12-04_action_tracker.${form}.txt`);
      const rows = flat.value.filter((r) => r.action.includes('participation in') || r.action.startsWith('engagement activities'));
      expect(rows.map((r) => [r.action, r.update, r.date, r.item, r.status])).toEqual([[split[0].action, split[0].update, split[0].date, split[0].item, split[0].status]]);
    }
  });

  it('claims the repeated headers and the page stamp, and leaves the next report alone', async () => {
    const flat = await read(parseActionTracker, 'flattened', 'birmingham_ecyp_osc_2024-12-04_action_tracker.spaces.txt');
    const lines = allLines(await loadLayout(fixture('flattened', 'birmingham_ecyp_osc_2024-12-04_action_tracker.spaces.txt')));
    const headers = lines.filter((l) => l.text.startsWith('Minute No. / Date Agenda Item'));
    expect(headers.length).toBeGreaterThan(5);
    for (const h of headers) expect(flat.claimed.has(h.line)).toBe(true);
    const report = lines.find((l) => l.text === 'Birmingham City Council')!;
    expect(flat.claimed.has(report.line)).toBe(false);
    expect(flat.value.some((r) => (r.update ?? '').includes('Birmingham City Council'))).toBe(false);
  });
});

describe('the generated two-page tracker in plain pdftotext text', () => {
  it('is not read as valid-looking rows: pdftotext printed the header\'s labels among the cells, column by column, and each such page\'s lines are reported', async () => {
    const truth = await read(parseActionTracker, 'tracker', 'multipage-tracker.pdf');
    const flat = await read(parseActionTracker, 'flattened', 'multipage-tracker.pdftotext.txt');
    expect(truth.value).toHaveLength(4);
    // Page 1 prints "Update" after two dated rows' cells, an action and its update on one line
    // ("… the revised savings Completed. Circulated on 2"); page 2 prints "Date" / "9 Dec 2020" /
    // "Agenda Item" / "Home to School Transport" / "Action" / "Update" and then page 1's last
    // row's rest. Before, five rows were given, four of them wrong (an action ending "…
    // Members. slippage to be arranged."); now none, and every line is named.
    expect(flat.value).toEqual([]);
    const warnings = flat.ctx.warnings.filter((w) => w.code === 'table-cells-interleaved');
    expect(warnings.map((w) => [w.source.page, w.lines])).toEqual([
      [1, [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20]],
      [2, [22, 24, 27, 28, 29, 30]],
    ]);
    // Left unclaimed, the lines are reported as not understood too; the labels are the table's.
    expect(flat.claimed.has(8)).toBe(false);
    expect(flat.claimed.has(16)).toBe(true);
  });

  it('still reads the Kent action point, whose last label follows its one undated row\'s cells', async () => {
    const flat = await read(parseActionTracker, 'flattened', 'kent_county_council_2024-11-14_treasury_group_note_action_points.pdftotext.txt');
    expect(flat.value).toHaveLength(1);
    expect(flat.ctx.warnings.filter((w) => w.code === 'table-cells-interleaved')).toEqual([]);
  });
});
