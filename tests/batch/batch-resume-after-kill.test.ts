import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, finished, listFiles, makeArchive, readReport, runCli, scratch, startCli } from './cli.js';

/** Copies of the fixture archive: enough files that a kill lands part-way through. */
const COPIES = 4;

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

function outputsIn(dir: string): string[] {
  return existsSync(dir) ? listFiles(dir).filter((f) => f.endsWith('.yaml')) : [];
}

describe('packtool batch killed with SIGKILL part-way and started again', () => {
  let archive: string;
  let reference: string;

  beforeAll(async () => {
    buildOnce();
    archive = makeArchive(COPIES);
    reference = path.join(scratch(), 'reference');
    await runCli(['batch', archive, '-o', reference, '-q', '--jobs', '2']);
  });

  it('ends with exactly the outputs of an uninterrupted run, none truncated, none missing', async () => {
    const out = path.join(scratch(), 'out');
    const expected = outputsIn(reference);
    expect(expected).toHaveLength(3 * COPIES);

    // Kill twice, at different points, then let the third run finish.
    for (const killAfter of [2, 7]) {
      const child = startCli(['batch', archive, '-o', out, '-q', '--jobs', '1']);
      const done = finished(child);
      await waitFor(() => outputsIn(out).length >= killAfter, 30_000);
      child.kill('SIGKILL');
      const result = await done;
      expect(result.signal).toBe('SIGKILL');
      const partial = outputsIn(out);
      expect(partial.length).toBeLessThan(expected.length);
      // Whatever is there after the kill is whole: outputs only appear by rename.
      for (const f of partial) expect(readFileSync(path.join(out, f))).toEqual(readFileSync(path.join(reference, f)));
    }
    const before = outputsIn(out).length;

    const resumed = await runCli(['batch', archive, '-o', out, '-q', '--jobs', '2']);
    expect(resumed.code).toBe(1); // the broken PDF in each copy
    const report = readReport(path.join(out, 'packtool-batch.json'));
    expect(report.summary.skipped).toBeGreaterThanOrEqual(before);
    expect(report.summary.skipped + report.summary.ok).toBe(3 * COPIES);
    expect(report.summary.failed).toBe(COPIES);

    // Same file list (no stray temporary files, no scratch folder), byte-identical outputs.
    expect(listFiles(out)).toEqual(listFiles(reference));
    for (const f of expected) expect(readFileSync(path.join(out, f))).toEqual(readFileSync(path.join(reference, f)));
  });
});

/** Run a batch over `copies` copies of the fixture archive and send `signal` once `outputs` outputs exist. */
async function stopPartWay(copies: number, outputs: number, signal: NodeJS.Signals) {
  const archive = makeArchive(copies);
  const out = path.join(scratch(), 'out');
  const child = startCli(['batch', archive, '-o', out, '-q', '--jobs', '1']);
  const done = finished(child);
  await waitFor(() => outputsIn(out).length >= outputs, 30_000);
  child.kill(signal);
  return { archive, out, result: await done };
}

describe('packtool batch stopped with Ctrl-C (SIGINT)', () => {
  beforeAll(() => buildOnce());

  it('writes the report of the inputs that finished, marked as stopped, and exits with 130', async () => {
    const { out, result } = await stopPartWay(3, 2, 'SIGINT');
    expect(result.code).toBe(130);
    const report = readReport(path.join(out, 'packtool-batch.json'));
    expect(report.stopped).toBe('SIGINT');
    expect(report.inputs.length).toBeGreaterThanOrEqual(2);
    expect(report.inputs.length).toBeLessThan(12);
    expect(report.summary.inputs).toBe(report.inputs.length);
    // Every output the report names exists.
    for (const e of report.inputs.filter((i) => i.status === 'ok')) expect(outputsIn(out)).toContain(e.output);
    expect(result.stderr).toContain(`report of the ${report.inputs.length} finished inputs in`);
  });
});

describe('packtool batch stopped with SIGTERM (a scheduler stopping a pod)', () => {
  beforeAll(() => buildOnce());

  it('stops its workers, says how to resume, and exits with 143', async () => {
    const { archive, out, result } = await stopPartWay(2, 1, 'SIGTERM');
    expect(result.code).toBe(143);
    expect(result.stderr).toMatch(/stopped by SIGTERM after \d+ inputs; run the same command again to resume/);
    const resumed = await runCli(['batch', archive, '-o', out, '-q']);
    expect(resumed.code).toBe(1);
    const { summary } = readReport(path.join(out, 'packtool-batch.json'));
    expect(summary.skipped).toBeGreaterThanOrEqual(1);
    expect(summary.ok + summary.skipped).toBe(6);
    expect(summary.failed).toBe(2);
  });
});
