import { readFileSync } from 'node:fs';
import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Context } from '../../src/context.js';
import { extractBytes } from '../../src/extract.js';
import { assessTextLayer } from '../../src/layout/quality.js';
import { PackSchema } from '../../src/schema/pack.js';
import { bad, layoutText } from './helpers.js';

const read = (name: string) => extractBytes(new Uint8Array(readFileSync(bad(name))), name);

describe('a text file in Windows-1252 (the opening of the Birmingham ECYP report of 17 January 2024)', () => {
  it('is read with its en dash intact: "Workstream Headline Progress – Since July 2023"', async () => {
    const result = await read('windows-1252.txt');
    expect(PackSchema.safeParse(result.pack).success).toBe(true);
    expect(layoutText(result)).toContain('Workstream Headline Progress – Since July 2023');
    expect(layoutText(result)).toContain('Date: 17 January 2024');
  });
});

describe('a text file with invalid UTF-8 sequences among valid UTF-8', () => {
  it('keeps the valid text as UTF-8, not Windows-1252 mojibake, and flags nothing as garbled', async () => {
    const result = await read('invalid-utf8.txt');
    expect(PackSchema.safeParse(result.pack).success).toBe(true);
    const text = layoutText(result);
    expect(text).toContain('Workstream Headline Progress – Since July 2023');
    expect(text.join('\n')).not.toMatch(/â€|Ã/);
    const ctx = new Context('invalid-utf8.txt');
    expect(assessTextLayer(result.layout, ctx).garbledPages.size).toBe(0);
    expect(result.pack.warnings.filter((w) => w.code === 'invalid-utf8')).toEqual([
      { code: 'invalid-utf8', message: expect.stringMatching(/^\d+ byte sequences? (is|are) not valid UTF-8/), source: { page: null, line: null } },
    ]);
  });
});

describe('an HTML page with scripts, an iframe, external images, a stylesheet and a meta refresh', () => {
  afterEach(() => vi.restoreAllMocks());

  it('is read without fetching or running anything, keeping the Milburn minute text and none of the script output', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const connectSpy = vi.spyOn(net.Socket.prototype, 'connect');
    const result = await read('hostile-page.html');
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(connectSpy).not.toHaveBeenCalled();
    const g = globalThis as Record<string, unknown>;
    expect([g.PACKTOOL_HOSTILE_SCRIPT_RAN, g.PACKTOOL_HOSTILE_ONLOAD_RAN, g.PACKTOOL_HOSTILE_ONERROR_RAN, g.PACKTOOL_HOSTILE_LINK_RAN]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(PackSchema.safeParse(result.pack).success).toBe(true);
    const text = layoutText(result);
    expect(text).toContain('19.11.01 Apologies');
    expect(text).toContain('Milburn Parish Council - 12th November 2019');
    expect(text.join('\n')).not.toMatch(/HOSTILE|PACKTOOL|127\.0\.0\.1|globalThis/);
  });
});
