import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeReports, readReport, writeReport, type ReportHeader } from '../../src/batch/report.js';
import type { ReportEntry } from '../../src/batch/types.js';
import { UsageError } from '../../src/errors.js';
import { scratch } from './cli.js';

const entry = (input: string, status: ReportEntry['status'], pages: number | null = 1): ReportEntry => ({
  input, output: status === 'failed' ? null : input.replace(/\.pdf$/, '.yaml'), status, error: status === 'failed' ? { code: 'timeout', message: 'gave up' } : null,
  pages: status === 'failed' ? null : pages, warnings: status === 'ok' ? 2 : null, warningCodes: status === 'ok' ? { 'unparsed-lines': 2 } : null, seconds: 1.5,
});

const header = (shard: string, inputs: ReportEntry[], format = 'yaml'): ReportHeader => ({
  packtool_batch: 1, shard, format, stopped: null,
  summary: { inputs: inputs.length, ok: 0, skipped: 0, failed: 0, warnings: 0, pages: 0, seconds: 10 },
});

async function write(dir: string, name: string, shard: string, inputs: ReportEntry[], format?: string): Promise<string> {
  const file = path.join(dir, name);
  await writeReport(file, header(shard, inputs, format), inputs);
  return file;
}

describe('batch reports', () => {
  it('are valid JSON with one entry per line, even when empty', async () => {
    const dir = scratch();
    const empty = await write(dir, 'empty.json', '1/2', []);
    expect((await readReport(empty)).inputs).toEqual([]);
    const two = await write(dir, 'two.json', '2/2', [entry('a.pdf', 'ok'), entry('b.pdf', 'failed')]);
    const report = await readReport(two);
    expect(report.inputs.map((e) => e.input)).toEqual(['a.pdf', 'b.pdf']);
    expect(report.shard).toBe('2/2');
  });

  it('merge into one sorted list whose summary is recounted, with the shards\' seconds added', async () => {
    const dir = scratch();
    const a = await write(dir, 'a.json', '1/2', [entry('z.pdf', 'ok', 4), entry('m.pdf', 'failed')]);
    const b = await write(dir, 'b.json', '2/2', [entry('c.pdf', 'skipped', 7)]);
    const merged = await mergeReports([a, b]);
    expect(merged.inputs.map((e) => e.input)).toEqual(['c.pdf', 'm.pdf', 'z.pdf']);
    expect(merged.summary).toEqual({ inputs: 3, ok: 1, skipped: 1, failed: 1, warnings: 2, pages: 11, seconds: 20 });
    expect(merged.shard).toBeNull();
  });

  it('keep a retried shard\'s success over its earlier failure, but never a failure over a success', async () => {
    const dir = scratch();
    const first = await write(dir, 'first.json', '1/1', [entry('a.pdf', 'failed'), entry('b.pdf', 'ok')]);
    const retry = await write(dir, 'retry.json', '1/1', [entry('a.pdf', 'ok'), entry('b.pdf', 'failed')]);
    const merged = await mergeReports([first, retry]);
    expect(merged.inputs.map((e) => [e.input, e.status])).toEqual([['a.pdf', 'ok'], ['b.pdf', 'ok']]);
  });

  it('refuse to merge YAML and JSON runs, and files that are not reports', async () => {
    const dir = scratch();
    const y = await write(dir, 'y.json', '1/2', [entry('a.pdf', 'ok')]);
    const j = await write(dir, 'j.json', '2/2', [entry('b.pdf', 'ok')], 'json');
    await expect(mergeReports([y, j])).rejects.toThrow(/outputs are json but earlier reports' are yaml/);
    await expect(mergeReports([path.join(dir, 'missing.json')])).rejects.toBeInstanceOf(UsageError);
  });
});
