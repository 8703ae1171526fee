/**
 * CSV output (RFC 4180) of real action rows: the Birmingham 2024 tracker's rows have commas
 * in leads and updates and apostrophes in actions; a sentence from the same pack's minutes
 * carries double quotes ("around the table"), and the front sheet's venue its line breaks.
 */
import { describe, expect, it } from 'vitest';
import { Context } from '../../src/context.js';
import { allLines } from '../../src/layout/types.js';
import { parseActionTracker } from '../../src/parse/tracker/index.js';
import { toCsv } from '../../src/write/csv.js';
import { fixture, loadLayout } from '../helpers.js';

/** A strict RFC 4180 reader, to prove the output reads back to the same fields. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (ch === '"') (quoted = false), i++;
      else (field += ch), i++;
    } else if (ch === '"' && field === '') (quoted = true), i++;
    else if (ch === ',') row.push(field), (field = ''), i++;
    else if (ch === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), (i += 2);
    else if (ch === '\n' || ch === '\r') throw new Error(`bare line break outside quotes at ${i}`);
    else (field += ch), i++;
  }
  if (field !== '' || row.length > 0) throw new Error('the last line does not end in CRLF');
  return rows;
}

async function trackerRows() {
  const file = fixture('tracker', 'birmingham_ecyp_osc_2024-12-04_action_tracker.txt');
  return parseActionTracker(allLines(await loadLayout(file)), new Context(file)).value;
}

describe('CSV output', () => {
  it('writes one header row and one line per action row, ending every line in CRLF', async () => {
    const rows = await trackerRows();
    const csv = toCsv(rows);
    expect(csv.endsWith('\r\n')).toBe(true);
    const table = readCsv(csv);
    expect(table[0]).toEqual(['id', 'tracker', 'date', 'minute', 'item', 'action', 'lead', 'update', 'status', 'due', 'source.page', 'source.line']);
    expect(table).toHaveLength(rows.length + 1);
  });

  it('quotes fields with commas and reads them back unchanged, nulls as empty fields', async () => {
    const rows = await trackerRows();
    const table = readCsv(toCsv(rows));
    const first = table[1];
    expect(first[6]).toBe('Dr Sue Harrison - Strategic Director, Children and Families');
    expect(toCsv(rows).split('\r\n')[1]).toContain('"Dr Sue Harrison - Strategic Director, Children and Families"');
    expect(first[9]).toBe('');
    expect(first.slice(10)).toEqual([String(rows[0].source.page), String(rows[0].source.line)]);
    rows.forEach((r, i) => {
      expect(table[i + 1][5]).toBe(r.action);
      expect(table[i + 1][7]).toBe(r.update ?? '');
    });
  });

  it('doubles the double quotes inside a field and keeps line breaks inside quotes', () => {
    const record = {
      text: 'The Director, Commissioning and Specialist Services, confirmed that they were "around the table" regarding the youth review',
      venue: 'Committee Rooms 3 & 4, Council House\nVictoria Square, Birmingham, B1 1BB',
    };
    const csv = toCsv([record]);
    expect(csv).toBe(
      'text,venue\r\n' +
        '"The Director, Commissioning and Specialist Services, confirmed that they were ""around the table"" regarding the youth review",' +
        '"Committee Rooms 3 & 4, Council House\nVictoria Square, Birmingham, B1 1BB"\r\n',
    );
    expect(readCsv(csv)[1]).toEqual([record.text, record.venue]);
  });

  it('joins list fields with semicolons and gives an empty list a header when columns are named', () => {
    const csv = toCsv([{ item: 'SEND Commissioner (12.00 – 1.00pm)', attending: ['Cllr Mick Brown - Cabinet Member, Children, Young People and Families', 'Mr John Coughlan CBE'] }]);
    expect(readCsv(csv)[1]).toEqual(['SEND Commissioner (12.00 – 1.00pm)', 'Cllr Mick Brown - Cabinet Member, Children, Young People and Families; Mr John Coughlan CBE']);
    expect(toCsv([], { columns: ['id', 'action'] })).toBe('id,action\r\n');
    expect(toCsv([])).toBe('');
  });

  it('can start with a byte order mark for Excel', () => {
    expect(toCsv([{ a: 'x' }], { bom: true })).toBe('\ufeffa\r\nx\r\n');
  });
});
