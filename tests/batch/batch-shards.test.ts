import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, listFiles, makeArchive, readReport, runCli, scratch } from './cli.js';

describe('packtool batch --shard k/3', () => {
  let archive: string;
  let out: string;
  const reportFiles: string[] = [];

  beforeAll(async () => {
    buildOnce();
    archive = makeArchive(3);
    out = path.join(scratch(), 'out');
    // All three shards into one OUTDIR, as machines sharing a network volume would.
    for (const k of [1, 2, 3]) {
      await runCli(['batch', archive, '-o', out, '-q', '--jobs', '1', '--shard', `${k}/3`]);
      reportFiles.push(path.join(out, `packtool-batch-shard-${k}-of-3.json`));
    }
  });

  it('covers every input exactly once across the three shards', () => {
    const seen = reportFiles.flatMap((f) => readReport(f).inputs.map((e) => e.input));
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
    expect(seen.filter((s) => s.endsWith('_truncated.pdf'))).toHaveLength(3);
  });

  it('gives each shard a share of the work and names the shard in its report', () => {
    for (const [i, f] of reportFiles.entries()) {
      const report = readReport(f);
      expect(report.shard).toBe(`${i + 1}/3`);
      expect(report.inputs.length).toBeGreaterThan(0);
    }
  });

  it('writes every good output once, alongside the three shard reports', () => {
    const files = listFiles(out);
    expect(files.filter((f) => f.endsWith('.yaml'))).toHaveLength(9);
    expect(files.filter((f) => f.startsWith('packtool-batch'))).toEqual([1, 2, 3].map((k) => `packtool-batch-shard-${k}-of-3.json`));
  });

  it('merges the shard reports into one with --merge-reports', async () => {
    const merged = path.join(scratch(), 'merged.json');
    const result = await runCli(['batch', '--merge-reports', ...reportFiles, '-o', merged]);
    expect(result.code).toBe(1); // three broken PDFs
    const report = readReport(merged);
    expect(report.shard).toBeNull();
    expect(report.summary).toMatchObject({ inputs: 12, ok: 9, failed: 3 });
    expect(report.inputs.map((e) => e.input)).toEqual([...report.inputs.map((e) => e.input)].sort());
  });
});
