/**
 * Text an extraction broke at a fixed width: told from text whose lines end where rows end,
 * and joined back into the lines the page printed (the raw Birmingham pack, made by
 * fixtures/rawtext/make-rawtext.mjs at 90 characters, against its rows joined by spaces).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error the fixture script is plain JavaScript, without types
import { rawText } from '../../../fixtures/rawtext/make-rawtext.mjs';
import { allLines, type Line } from '../../../src/layout/types.js';
import { unwrap, wrapWidth } from '../../../src/parse/tables/wrapped.js';
import { fixture, loadLayout } from '../../helpers.js';

const flat = (lines: Line[]) => lines.filter((l) => !l.tableRow && l.cells.length <= 1);

describe('text broken at a width', () => {
  it('is told by its lines reaching nearly the same length, and its width is the longest of them', async () => {
    const raw = flat(allLines(await loadLayout(fixture('rawtext', 'birmingham_ecyp_osc_2024-12-04_pack_to_p28.raw.txt'))));
    expect(wrapWidth(raw)).toBe(90);
  });

  it('is not seen where lines end with the table\'s rows, however long', async () => {
    const spaces = flat(allLines(await loadLayout(fixture('flattened', 'birmingham_ecyp_osc_2024-12-04_action_tracker.spaces.txt'))));
    const cells = flat(allLines(await loadLayout(fixture('flattened', 'birmingham_ecyp_osc_2024-12-04_action_tracker.cells.txt'))));
    expect(wrapWidth(spaces)).toBeNull();
    expect(wrapWidth(cells)).toBeNull();
  });

  it('is joined back into printed rows: a line goes on where the next word would not have fitted, and a line opening a row starts one', async () => {
    const lines = flat(allLines(await loadLayout(fixture('rawtext', 'birmingham_ecyp_osc_2024-12-04_pack_to_p28.raw.txt'))));
    const from = lines.findIndex((l) => l.text.startsWith('18 Oct 2023 Scrutiny of Delivery'));
    const rows = unwrap(lines.slice(from, from + 6), 90, (t) => /^\d{1,2} \w+ \d{4}/.test(t));
    expect(rows.map((r) => r.map((l) => l.text.trim()).join(' '))).toEqual([
      '18 Oct 2023 Scrutiny of Delivery of 2023/24 Budget Savings and The Director, Children and Families, to bring work at early stages of planning for input by the Committee. Dr Sue Harrison - Strategic Director, Children and Families Ongoing.',
      "Update on the Council's Response to S114 Notice and Financial Recovery Plan Future agenda items to include a snapshot of their associated spend / budget and impact. Dr Sue Harrison - Strategic Director, Children and Families Ongoing.",
    ]);
  });

  it('runs a line broken after a label\'s colon on into its value, though the value is a date that would open a row', async () => {
    // The raw pack's work programme: "… Deadline for reports: " / "10 February 2025 Cllr Mick Brown …".
    const text = rawText(readFileSync(fixture('sample', 'birmingham_ecyp_osc_2024-12-04_pack.txt'), 'utf8')) as string;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'packtool-wrapped-')), 'pack.raw.txt');
    writeFileSync(file, text);
    const lines = flat(allLines(await loadLayout(file)));
    const from = lines.findIndex((l) => l.text.startsWith('26 Feb 2025 Developing the governance'));
    const rows = unwrap(lines.slice(from, from + 9), 90, (t) => /^\d{1,2} \w+ \d{4}/.test(t));
    expect(rows.map((r) => r[0].text.trim().slice(0, 40))).toEqual(['26 Feb 2025 Developing the governance ar', "26 Feb 2025 Birmingham Children's Trust "]);
    expect(rows[0].map((l) => l.text.trim())).toContain('10 February 2025 Cllr Mick Brown - Cabinet Member, Children, Young People and Families Dr');
  });
});
