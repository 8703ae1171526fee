import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { cliExecutor } from '../../src/fuzz/cli-executor.js';
import { GENERATORS, hostileContent, inflateBomb, outline, pageTree, textControlCharacters, type GeneratorLimits } from '../../src/fuzz/generators.js';
import { PdfWriter, repeatedDeflate } from '../../src/fuzz/pdf-writer.js';
import { CAN_MEASURE } from '../../src/fuzz/process-memory.js';
import { Random } from '../../src/fuzz/random.js';
import { ROOT } from '../helpers.js';

const SMALL: GeneratorLimits = { maxInflateMb: 16, maxTextMb: 1 };

/** The stored bytes of every stream in a PDF, in file order. */
function streams(pdf: Buffer): Buffer[] {
  const out: Buffer[] = [];
  const text = pdf.toString('latin1');
  const re = /\/Length (\d+) >>\nstream\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(pdf.subarray(m.index + m[0].length, m.index + m[0].length + Number(m[1])));
  return out;
}

/** The first case of a generator whose note matches, trying seeds in turn. */
function find(generate: (typeof GENERATORS)[number][1], wanted: RegExp) {
  for (let seed = 1; seed < 500; seed++) {
    const g = generate(new Random(seed), SMALL);
    if (wanted.test(g.note)) return g;
  }
  throw new Error(`no seed below 500 gives ${wanted}`);
}

describe('fuzz input generators', () => {
  it('repeat a deflated chunk into a valid zlib stream that inflates to every repeat (Adler-32 checked)', () => {
    const chunk = Buffer.from('BT /F1 11 Tf (Minutes) Tj ET\n'.repeat(500), 'latin1');
    const z = repeatedDeflate(chunk, 37);
    expect(inflateSync(z).equals(Buffer.concat(Array.from({ length: 37 }, () => chunk)))).toBe(true);
    const zeros = repeatedDeflate(Buffer.alloc(1 << 20), 64);
    expect(zeros.length).toBeLessThan(100 * 1024);
    expect(inflateSync(zeros).length).toBe(64 << 20);
  });

  it('write a cross-reference table whose every offset points at its object', () => {
    const w = new PdfWriter();
    const a = w.add('<< /Type /Catalog /Pages 2 0 R >>');
    w.add('<< /Type /Pages /Kids [] /Count 0 >>');
    const pdf = w.build(`/Root ${a} 0 R`).toString('latin1');
    const start = Number(/startxref\n(\d+)/.exec(pdf)![1]);
    expect(pdf.slice(start, start + 4)).toBe('xref');
    const offsets = [...pdf.slice(start).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets.map((o, i) => pdf.slice(o, o + `${i + 1} 0 obj`.length))).toEqual(['1 0 obj', '2 0 obj']);
  });

  it('build the same input from the same seed', () => {
    for (const [, generate] of GENERATORS) {
      expect(generate(new Random(42), SMALL).bytes.equals(generate(new Random(42), SMALL).bytes)).toBe(true);
    }
  });

  it('make a content stream that inflates to the size its note gives', () => {
    const g = find(inflateBomb, /inflating to 16 MB of zeros, on 1 page/);
    const inflated = streams(g.bytes).map((s) => (s[0] === 0x78 ? inflateSync(s).length : 0));
    expect(Math.max(...inflated)).toBe(16 * 1024 * 1024);
    expect(g.bytes.length).toBeLessThan(64 * 1024);
  });

  it('make the page trees and outlines their notes describe', () => {
    const wide = find(pageTree, /kids, all the same page/);
    const kids = Number(/of (\d+) kids/.exec(wide.note)![1]);
    const kidsArray = /\/Kids \[([^\]]*)\] \/Count (\d+)/.exec(wide.bytes.toString('latin1'))!;
    expect(kidsArray[1].split(' 0 R').filter((s) => s.trim()).length).toBe(kids);
    const deep = find(pageTree, /levels deep/);
    const levels = Number(/(\d+) levels/.exec(deep.note)![1]);
    expect(deep.bytes.toString('latin1').match(/\/Type \/Pages/g)).toHaveLength(levels);
    const long = find(outline, /entries, long/);
    expect(long.bytes.toString('latin1').match(/\/Title /g)).toHaveLength(Number(/of (\d+) entries/.exec(long.note)![1]));
  });

  it('put terminal escapes and NUL bytes into text packs', () => {
    const g = textControlCharacters(new Random(3), SMALL);
    expect(g.bytes.toString('utf8')).toMatch(/[\x00-\x08\x1b\x9b\u202e\u2066]/);
  });
});

const BIN = path.join(ROOT, 'bin', 'packtool.js');
const BUILT = existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'));

describe.skipIf(!BUILT)('the command-line executor', () => {
  const run = async (g: { name: string; bytes: Buffer }) => {
    const cli = cliExecutor({ bin: BIN });
    try {
      const now = Date.now();
      const c = { n: 0, name: g.name, bytes: new Uint8Array(g.bytes), seedFile: 'generated', note: '', viaCli: true, heavy: false };
      return await cli.run(c, now + 120_000, now + 150_000);
    } finally {
      await cli.close();
    }
  };

  it('reads the one error line of an encrypted PDF as its code, and measures the child\'s memory', async () => {
    const g = find(hostileContent, /Encrypt dictionary \(standard\)/);
    const result = await run(g);
    expect(result).toMatchObject({ outcome: 'error:encrypted' });
    // A node process with pdf.js loaded: tens of megabytes at least, far below a gigabyte.
    expect(result.peakRssBytes).toBeGreaterThan(30 * 1024 * 1024);
    expect(result.peakRssBytes).toBeLessThan(1024 * 1024 * 1024);
  }, 180_000);

  it('checks the Pack of a PDF with a cyclic outline against the contract', async () => {
    const result = await run(find(outline, /entries, cycle/));
    expect('outcome' in result && result.outcome.startsWith('ok')).toBe(true);
  }, 180_000);
});

/**
 * The executor's judgement on stand-ins for the command line: small scripts that do one wrong
 * thing each, so that each rule is seen to catch it whatever packtool itself does today.
 */
describe('the command-line executor judges', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'packtool-fuzz-bins-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const judge = async (script: string, memoryCeilingMb?: number, limitMs = 60_000) => {
    const bin = path.join(dir, `bin-${Math.random().toString(36).slice(2)}.mjs`);
    writeFileSync(bin, script);
    const cli = cliExecutor({ bin, memoryCeilingMb });
    try {
      const now = Date.now();
      return await cli.run({ n: 0, name: 'x.txt', bytes: new Uint8Array([0x41]), seedFile: '', note: '', viaCli: true, heavy: false }, now + limitMs, now + limitMs + 2000);
    } finally {
      await cli.close();
    }
  };

  it('a control character reaching stderr raw, even in a warning of a good run', async () => {
    const result = await judge(`process.stderr.write('warning: "\\x1b]0;pwned\\x07" unparsed\\n'); process.stdout.write('{}');`);
    expect(result).toMatchObject({ failure: 'raw-control-characters' });
    expect('detail' in result && result.detail).toMatch(/^U\+001b reached stderr unescaped/);
  });

  it('an error of more than one line, and a stack trace', async () => {
    const result = await judge(`process.stderr.write('packtool: x: bad [not-a-pdf]\\n    at read (x.js:1:1)\\n'); process.exitCode = 1;`);
    expect(result).toMatchObject({ failure: 'bad-error-message' });
  });

  it('a timeout line as a failure, and another code as that outcome', async () => {
    expect(await judge(`process.stderr.write('packtool: ' + process.argv[3] + ': gave up after 5 s [timeout]\\n'); process.exitCode = 1;`)).toMatchObject({ failure: 'timeout' });
    expect(await judge(`process.stderr.write('packtool: ' + process.argv[3] + ': not a PDF [not-a-pdf]\\n'); process.exitCode = 1;`)).toMatchObject({ outcome: 'error:not-a-pdf' });
  });

  it.skipIf(!CAN_MEASURE)('a process past the memory ceiling, killed with what it started', async () => {
    const result = await judge(`const keep = []; for (;;) { keep.push(Buffer.alloc(16 << 20, 1)); await new Promise((r) => setTimeout(r, 20)); }`, 200);
    expect(result).toMatchObject({ failure: 'memory' });
    expect(result.peakRssBytes).toBeGreaterThan(200 * 1024 * 1024);
  }, 60_000);

  it('a process that outlives its time limit', async () => {
    const result = await judge(`setInterval(() => {}, 1000);`, undefined, 1000);
    expect(result).toMatchObject({ failure: 'hang' });
  }, 30_000);
});
