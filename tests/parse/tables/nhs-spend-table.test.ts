/**
 * The table reader on its own, on a 12-page table: NHS Barking and Dagenham CCG's spend over
 * £25k for 2014-15, ten columns, the header row repeated on every page under a monthly title
 * (and reworded part-way: "Department family", labels in separate cells), supplier and
 * expense cells wrapped onto a line above the row's other cells.
 */
import { describe, expect, it } from 'vitest';
import { Context } from '../../../src/context.js';
import { allLines } from '../../../src/layout/types.js';
import { groupByKeyColumn, readTables, type HeaderSpec } from '../../../src/parse/tables/index.js';
import { corpus, HAS_CORPUS, loadLayout, NO_CORPUS } from '../../helpers.js';

const FILE = corpus('pdf', 'nhs_barking_dagenham_ccg_2014-15_spend_over_25k.pdf');

const SPEND_HEADER: HeaderSpec = {
  columns: [
    { key: 'department', label: /^department family/i },
    { key: 'entity', label: /^entity/i },
    { key: 'date', label: /^date/i },
    { key: 'expenseType', label: /^expense type/i },
    { key: 'expenseArea', label: /^expense area/i },
    { key: 'supplier', label: /^supplier/i },
    { key: 'transaction', label: /^transaction number/i },
    { key: 'amount', label: /^AP Amount \(£\)/i },
    { key: 'vat', label: /^VAT registration number/i },
    { key: 'invoice', label: /^purchase invoice number/i },
  ],
  accepts: (keys) => keys.has('department') && keys.has('supplier'),
  keywords: [/\bdepartment/i, /\bsupplier/i],
};

let cached: ReturnType<typeof readOnce> | null = null;
/** The 12 pages take a few seconds to lay out: read them once for every case. */
function read() {
  cached ??= readOnce();
  return cached;
}

async function readOnce() {
  const ctx = new Context(FILE);
  const lines = allLines(await loadLayout(FILE));
  const tables = readTables(lines, SPEND_HEADER, ctx);
  return { tables, rows: tables.length > 0 ? groupByKeyColumn(tables[0].body, 'department') : [], ctx, lines };
}

describe.skipIf(!HAS_CORPUS)(`the NHS Barking and Dagenham spend table (${HAS_CORPUS ? 'corpus' : NO_CORPUS})`, () => {
  it('is one table across all 12 pages', async () => {
    const { tables } = await read();
    expect(tables).toHaveLength(1);
    expect(new Set(tables[0].body.map((f) => f.line.page))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
  });

  it('has 448 rows, one per invoice (pdftotext -layout prints "Department of Health" 448 times)', async () => {
    const { rows } = await read();
    expect(rows).toHaveLength(448);
    expect(rows.every((r) => r.cells.department === 'Department of Health')).toBe(true);
  });

  it('never reads a repeated header row or a page title as data, and claims both', async () => {
    const { rows, tables, lines } = await read();
    expect(rows.some((r) => Object.values(r.cells).some((v) => /Department family|Supplier|Invoices over/i.test(v)))).toBe(false);
    const headers = lines.filter((l) => /^Department family/i.test(l.text));
    expect(headers).toHaveLength(12);
    const claimed = new Set(tables[0].lines.map((l) => l.line));
    for (const h of headers) expect(claimed.has(h.line)).toBe(true);
  });

  it('joins a supplier wrapped onto the line above its row', async () => {
    const { rows } = await read();
    expect(rows[0].cells.supplier).toBe('BARKING HAVERING AND REDBRIDGE HOSPITALS NHS TRUST');
    expect(rows[4].cells).toMatchObject({
      date: '30/04/2014',
      expenseType: 'Hcare Srv Rec Fdtn Trust-Over/ Under Performance',
      supplier: 'GREAT ORMOND STREET HOSPITAL FOR CHILDREN NHS FOUNDATION TRUST',
      transaction: '3309178',
      amount: '33,740.45',
      invoice: 'X0107391',
    });
  });

  it('gives every row an amount and an invoice number', async () => {
    const { rows } = await read();
    expect(rows.filter((r) => !/^\d{1,3}(,\d{3})*\.\d\d$/.test(r.cells.amount ?? ''))).toEqual([]);
    expect(rows.filter((r) => !r.cells.invoice)).toEqual([]);
  });
});
