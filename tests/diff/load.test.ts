import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDiff } from '../../src/diff/command.js';
import { ExitError } from '../../src/errors.js';
import { packOf, tempDir, writeData } from './packs.js';
import { orderOfAgenda, TRACKER } from './rows.js';

/** The ExitError a call rejects with (failing the test if it resolves or throws anything else). */
async function trouble(work: Promise<unknown>): Promise<ExitError> {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ExitError);
  return err as ExitError;
}

describe('reading the two sides of a diff', () => {
  const dir = tempDir();
  const yaml = writeData(dir, 'tracker.yaml', packOf(TRACKER));
  const json = writeData(dir, 'tracker.json', packOf(TRACKER));

  it('reads a Pack written as YAML on one side and as JSON on the other, and finds no difference', async () => {
    const outcome = await runDiff(yaml, json, { format: 'text' });
    expect(outcome.exitCode).toBe(0);
    expect(outcome.report.summary).toEqual({ added: 0, removed: 0, retired: 0, changed: 0, unchanged: 7 });
  });

  it('reads the bare action list that `extract --select actions` writes', async () => {
    const list = writeData(dir, 'actions.json', TRACKER.filter((r) => r !== orderOfAgenda));
    const outcome = await runDiff(yaml, list, { format: 'json' });
    expect(outcome.report.removed.map((r) => r.id)).toEqual([orderOfAgenda.id]);
  });

  it('refuses to read both sides from standard input', async () => {
    await expect(runDiff('-', '-', { format: 'text' })).rejects.toThrow('only one side can be read from standard input ("-")');
  });

  it('exits 2 naming the OLD side when it does not exist', async () => {
    const err = await trouble(runDiff(`${dir}/missing.yaml`, yaml, { format: 'text' }));
    expect(err.exitCode).toBe(2);
    expect(err.message).toBe(`OLD side ${dir}/missing.yaml: cannot be read (ENOENT); check the path`);
  });

  it('exits 2 naming the NEW side when the pack to extract does not exist', async () => {
    const err = await trouble(runDiff(yaml, `${dir}/missing.pdf`, { format: 'text' }));
    expect(err.exitCode).toBe(2);
    expect(err.message).toBe(`NEW side ${dir}/missing.pdf: no such file; check the path`);
  });

  it('exits 2 when a YAML file is not a packtool Pack, saying where it breaks the contract', async () => {
    const notPack = writeData(dir, 'other.yaml', { title: 'Minutes' });
    const err = await trouble(runDiff(notPack, yaml, { format: 'text' }));
    expect(err.exitCode).toBe(2);
    expect(err.message).toMatch(/^OLD side .*other\.yaml: is not a packtool Pack \(packtool: .*\); re-run `packtool extract`/);
  });

  it('exits 2 when a file is not YAML at all', async () => {
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{"packtool": 1, "actions": [');
    const err = await trouble(runDiff(yaml, broken, { format: 'text' }));
    expect(err.message).toMatch(/^NEW side .*broken\.json: is not valid YAML or JSON/);
  });

  it('exits 2 when a side has no action-tracker rows, saying which side and what to give instead', async () => {
    const empty = writeData(dir, 'no-tracker.yaml', packOf([]));
    const err = await trouble(runDiff(yaml, empty, { format: 'text' }));
    expect(err.exitCode).toBe(2);
    expect(err.message).toBe(
      `NEW side ${empty}: no action-tracker rows found; give a pack that contains an action tracker, or the YAML/JSON that \`packtool extract\` wrote for one`,
    );
  });
});
