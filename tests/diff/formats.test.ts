import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { diffActions } from '../../src/diff/engine.js';
import { formatReport } from '../../src/diff/format/index.js';
import { DiffReportSchema } from '../../src/schema/diff-report.js';
import { auditTimescales, cabinetMemberView, chairSummaryToCabinet, orderOfAgenda, row, timeline, TRACKER } from './rows.js';

const ANSI = /\u001b\[/;
const plain = new Chalk({ level: 0 });

const added = row({
  date: '2024-12-04',
  item: 'Progress Report on Implementation of Child Criminal Exploitation (CCE) Inquiry Recommendations',
  action: 'Provides feedback and agrees a schedule for future updates.',
  lead: "Clair Graham, Head of Service Contextual Safeguarding, Birmingham Children's Trust",
});
const newTracker = [
  added,
  ...TRACKER.filter((r) => r !== cabinetMemberView && r !== chairSummaryToCabinet).map((r) => {
    if (r === orderOfAgenda) return { ...r, update: 'Discharged.', status: 'discharged' as const };
    if (r === timeline) return { ...r, update: `${r.update} A copy was e-mailed to Members | see the Work Programme.` };
    if (r === auditTimescales) return row({ ...r, id: undefined, action: 'Timescales from Birmingham Audit for completing its review of Elective Home Education (EHE).' });
    return r;
  }),
];
const report = diffActions({ file: 'old.yaml', rows: TRACKER }, { file: 'new.pdf', rows: newTracker });

describe('the human report', () => {
  const text = formatReport(report, 'text', plain);

  it('opens with both files and the counts, removals first', () => {
    expect(text.split('\n').slice(0, 2)).toEqual(['OLD old.yaml (7 rows) → NEW new.pdf (6 rows)', '1 removed · 1 retired · 1 added · 3 changed · 2 unchanged']);
  });

  it('groups rows by kind in the order removed, retired, added, changed', () => {
    const headings = text.split('\n').filter((l) => /^[A-Z]/.test(l)).slice(1);
    expect(headings).toEqual(['Removed without being marked done (1)', 'Retired: closed, then removed (1)', 'Added (1)', 'Changed (3)']);
  });

  it('shows the removed row with where it came from and its last status', () => {
    expect(text).toContain(
      [
        '  - 2024-10-23 · minute 38 · Update on Birmingham Strategic Youth Justice Plan 2023- 2028',
        '    iv) The Cabinet Member to take a view as to whether the update report went to Full Council.',
        '    status: open · lead: Cllr Mick Brown, Cabinet Member for Children, Young People and Families',
      ].join('\n'),
    );
  });

  it('shows a status transition as "ongoing → discharged", before the update that came with it', () => {
    expect(text).toContain('    status: ongoing → discharged\n    update: "Ongoing." → "Discharged."');
  });

  it('shows only the added words of an extended update', () => {
    expect(text).toContain('    update extended: + "A copy was e-mailed to Members | see the Work Programme."');
  });

  it('marks a reworded action and shows both wordings', () => {
    expect(text).toContain('(action reworded)');
    expect(text).toContain(
      'action: "Timescales from Birmingham Audit on its review of Elective Home Education (EHE)." → "Timescales from Birmingham Audit for completing its review of Elective Home Education (EHE)."',
    );
  });

  it('has no colour codes when colour is off, and has them when it is on', () => {
    expect(text).not.toMatch(ANSI);
    expect(formatReport(report, 'text', new Chalk({ level: 1 }))).toMatch(ANSI);
  });

  it('says plainly when there is no difference', () => {
    const same = diffActions({ file: 'a.txt', rows: TRACKER }, { file: 'a.yaml', rows: TRACKER });
    expect(formatReport(same, 'text', plain)).toBe('OLD a.txt (7 rows) → NEW a.yaml (7 rows)\nNo differences: all 7 rows unchanged.\n');
  });
});

describe('the markdown report', () => {
  const md = formatReport(report, 'markdown', plain);
  const tableRows = md.split('\n').filter((l) => l.startsWith('| '));

  it('is one table row per difference under a header row', () => {
    expect(tableRows[0]).toBe('| Change | Date | Item | Action | Details |');
    expect(tableRows.slice(1).map((l) => l.split(' | ')[0])).toEqual(['| **removed**', '| retired', '| added', '| changed', '| changed', '| **changed**']);
  });

  it('keeps a pipe in the text from breaking the table', () => {
    const extended = tableRows.find((l) => l.includes('update extended'));
    expect(extended).toContain('Members \\| see the Work Programme');
    expect(extended?.split(/(?<!\\)\|/).length).toBe(7);
  });

  it('calls a change of wording found by similar text a rewording', () => {
    expect(md).toContain(
      '| action reworded: "Timescales from Birmingham Audit on its review of Elective Home Education (EHE)." → "Timescales from Birmingham Audit for completing its review of Elective Home Education (EHE)." |',
    );
  });

  it('puts several changes of one row on separate lines of its cell', () => {
    expect(md).toContain('| status: ongoing → discharged<br>update: "Ongoing." → "Discharged." |');
  });

  it('escapes HTML so a pack cannot inject markup into a pull-request comment', () => {
    const html = diffActions({ file: 'a', rows: [] }, { file: 'b', rows: [row({ action: 'Report <script>alert(1)</script> & more' })] });
    expect(formatReport(html, 'markdown', plain)).toContain('Report &lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
  });
});

describe('the JSON report', () => {
  const json = JSON.parse(formatReport(report, 'json', plain));

  it('matches DiffReportSchema', () => {
    expect(DiffReportSchema.safeParse(json).success).toBe(true);
  });

  it('has the counts and the rows of each kind', () => {
    expect(json.summary).toEqual({ added: 1, removed: 1, retired: 1, changed: 3, unchanged: 2 });
    expect(json.added[0].action).toBe('Provides feedback and agrees a schedule for future updates.');
    expect(json.removed[0].id).toBe(cabinetMemberView.id);
    expect(json.retired[0].id).toBe(chairSummaryToCabinet.id);
  });

  it('lists each changed row with its id, the fields that changed, and both versions', () => {
    expect(json.changed.map((c: { id: string; fields: string[]; matchedBy: string }) => [c.fields, c.matchedBy])).toEqual([
      [['update'], 'id'],
      [['action'], 'text'],
      [['update', 'status'], 'id'],
    ]);
    const status = json.changed[2];
    expect(status.id).toBe(orderOfAgenda.id);
    expect([status.before.status, status.after.status]).toEqual(['ongoing', 'discharged']);
  });
});

describe('DiffReportSchema', () => {
  it('converts to a JSON Schema that requires the summary counts and the row lists', async () => {
    const { z } = await import('zod');
    const schema = z.toJSONSchema(DiffReportSchema, { target: 'draft-2020-12' }) as { required: string[]; properties: { summary: { required: string[] } } };
    expect(schema.required).toEqual(['packtool', 'old', 'new', 'summary', 'added', 'removed', 'retired', 'changed']);
    expect(schema.properties.summary.required).toEqual(['added', 'removed', 'retired', 'changed', 'unchanged']);
  });
});

describe('counting rows in words', () => {
  it('says "1 row" and "the one row", not "1 rows"', () => {
    const one = diffActions({ file: 'a.pdf', rows: [timeline] }, { file: 'a.yaml', rows: [timeline] });
    expect(formatReport(one, 'text', plain)).toBe('OLD a.pdf (1 row) → NEW a.yaml (1 row)\nNo differences: the one row is unchanged.\n');
  });
});
