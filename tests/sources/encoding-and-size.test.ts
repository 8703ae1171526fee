import { describe, expect, it } from 'vitest';
import { Context } from '../../src/context.js';
import { layoutOf } from '../../src/layout-of.js';
import { buildLayout } from '../../src/layout/build.js';
import { allLines } from '../../src/layout/types.js';
import { decodeText } from '../../src/sources/index.js';
import { readText } from '../../src/sources/text.js';

/** Windows-1252 bytes of a string (only the characters used below are mapped). */
function windows1252(s: string): Uint8Array {
  const special: Record<string, number> = { '’': 0x92, '–': 0x96, '£': 0xa3, 'é': 0xe9, '“': 0x93, '”': 0x94 };
  return Uint8Array.from([...s].map((c) => special[c] ?? c.charCodeAt(0)));
}

describe('decoding text files', () => {
  // Text from the Milburn agenda and the Kent minutes, as an older council export would save it.
  const line = 'Public Participation (at the Chairman’s Discretion) – EDC costs £105.00, café “surgeries”';

  it('reads a Windows-1252 file (not valid UTF-8) with its quotes, dashes and pound signs', () => {
    const bytes = windows1252(line);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const ctx = new Context('agenda.txt');
    expect(decodeText(bytes, ctx)).toBe(line);
    expect(ctx.messages).toEqual([]);
  });

  it('reads a file with one invalid UTF-8 byte as Windows-1252 rather than failing', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('Item 9 Finance '), 0xa3, ...new TextEncoder().encode('48.00')]);
    expect(decodeText(bytes, new Context('finance.txt'))).toBe('Item 9 Finance £48.00');
  });

  it('reads UTF-8 and drops its byte order mark', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(line)]);
    expect(decodeText(bytes, new Context('agenda.txt'))).toBe(line);
  });

  it('reads UTF-16 with a byte order mark (Word "Unicode text")', () => {
    const units = [...line].map((c) => c.charCodeAt(0));
    const bytes = Uint8Array.from([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    expect(decodeText(bytes, new Context('agenda.txt'))).toBe(line);
  });

  it('gives the first line of a BOM-prefixed file without the BOM', async () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('MILBURN PARISH COUNCIL\r\nAGENDA\r\n')]);
    const layout = await layoutOf(bytes, new Context('agenda.txt'));
    expect(allLines(layout).map((l) => l.text)).toEqual(['MILBURN PARISH COUNCIL', 'AGENDA']);
  });
});

describe('enormous input', () => {
  const words = 'Mr Baker, Mr Baldock, Mr Brady, Mr Bartlett, Mr Beaney, Mrs Bell, Mrs Binks, ';

  // A regular expression that backtracks on these would not end before the test's time limit.
  it('reads a 4 MB line without newlines as one line', () => {
    const text = words.repeat(Math.ceil((4 * 1024 * 1024) / words.length));
    const lines = allLines(buildLayout(readText(text, 'text')));
    expect(lines.length).toBe(1);
    expect(lines[0].text.length).toBe(text.trim().length);
  });

  it('reads a 2 MB markdown line full of emphasis, tags and stray stars without backtracking', () => {
    const text = '**Mr Baker**, *Mr Baldock*, <u>Mr Brady</u>, Mr * Bartlett, _Mr Beaney_ '.repeat(30000);
    const [line] = allLines(buildLayout(readText(text, 'markdown')));
    expect(line.text.startsWith('Mr Baker, Mr Baldock, Mr Brady, Mr * Bartlett, Mr Beaney Mr Baker,')).toBe(true);
  });

  it('never gives an empty line: blank, whitespace-only, tab-only and stamp-only lines disappear', () => {
    const layout = buildLayout(readText(' \n\t\t\t\n\u00a0\n-\t\t\t\nPage 3 of 9\nRESOLVED:\n', 'text'));
    expect(allLines(layout).map((l) => l.text)).toEqual(['RESOLVED:']);
  });
});
