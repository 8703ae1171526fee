import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { InputError } from '../../src/errors.js';
import { extractFile } from '../../src/extract.js';
import { buildOnce, listFiles, readReport, runCli, scratch, ARCHIVE } from './cli.js';

const GOOD = [
  '2019/milburn_parish_council_2019-09-03_agenda.pdf',
  '2025/kent_cabinet_2025-03-13_agenda_frontsheet.pdf',
  'birmingham/birmingham_ecyp_osc_2024-12-04_front_excerpt.txt',
];
const BROKEN = '2019/milburn_parish_council_2019-11-12_minutes_truncated.pdf';

describe('packtool batch over a folder of mixed PDF and text packs', () => {
  let out: string;
  let first: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    buildOnce();
    out = path.join(scratch(), 'out');
    first = await runCli(['batch', ARCHIVE, '-o', out, '--jobs', '2']);
  });

  it('writes one YAML output per good input, mirroring its relative path', () => {
    expect(listFiles(out)).toEqual([...GOOD.map((g) => `${g}.yaml`), 'packtool-batch.json'].sort());
  });

  it('records the input\'s relative path and sha256 in each output', () => {
    const pack = parse(readFileSync(path.join(out, '2019/milburn_parish_council_2019-09-03_agenda.pdf.yaml'), 'utf8'));
    expect(pack.packtool).toBe(1);
    expect(pack.source.file).toBe('2019/milburn_parish_council_2019-09-03_agenda.pdf');
    expect(pack.source.format).toBe('pdf');
    expect(pack.source.pages).toBe(1);
  });

  it('records the broken PDF as failed with the reason extract gives, and exits with code 1', async () => {
    expect(first.code).toBe(1);
    const report = readReport(path.join(out, 'packtool-batch.json'));
    const broken = report.inputs.find((e) => e.input === BROKEN);
    expect(broken?.status).toBe('failed');
    // No output was written for it, so the report names none.
    expect(broken?.output).toBeNull();
    const reason = await extractFile(path.join(ARCHIVE, BROKEN)).then(() => null, (err: unknown) => err);
    expect(reason).toBeInstanceOf(InputError);
    expect(broken?.error).toEqual({ code: (reason as InputError).code, message: (reason as InputError).message });
    expect(first.stderr).toContain(`failed: ${BROKEN}`);
  });

  it('lists every input in the report with its status and the summary adds up', () => {
    const report = readReport(path.join(out, 'packtool-batch.json'));
    expect(report.inputs.map((e) => e.input).sort()).toEqual(
      ['2019/milburn_parish_council_2019-09-03_agenda.pdf', BROKEN, '2025/kent_cabinet_2025-03-13_agenda_frontsheet.pdf', 'birmingham/birmingham_ecyp_osc_2024-12-04_front_excerpt.txt'].sort(),
    );
    expect(report.summary).toMatchObject({ inputs: 4, ok: 3, skipped: 0, failed: 1 });
    const kent = report.inputs.find((e) => e.input.startsWith('2025/'));
    expect(kent).toMatchObject({ status: 'ok', output: '2025/kent_cabinet_2025-03-13_agenda_frontsheet.pdf.yaml', pages: 1, error: null });
    expect(first.stderr).toMatch(/packtool batch: 3 ok, 0 skipped, 1 failed, \d+ warnings, \d+ pages in [\d.]+ s/);
  });

  it('lists each output\'s warnings by code, as the output holds them', () => {
    const report = readReport(path.join(out, 'packtool-batch.json'));
    for (const entry of report.inputs.filter((e) => e.status === 'ok')) {
      const pack = parse(readFileSync(path.join(out, entry.output!), 'utf8')) as { warnings: Array<{ code: string }> };
      const codes: Record<string, number> = {};
      for (const w of pack.warnings) codes[w.code] = (codes[w.code] ?? 0) + 1;
      expect(entry.warningCodes).toEqual(codes);
      expect(entry.warnings).toBe(pack.warnings.length);
    }
    expect(report.inputs.some((e) => (e.warnings ?? 0) > 0)).toBe(true);
  });

  it('skips up-to-date outputs when run again, and retries only the failure', async () => {
    const before = readReport(path.join(out, 'packtool-batch.json'));
    const again = await runCli(['batch', ARCHIVE, '-o', out, '--quiet']);
    expect(again.code).toBe(1);
    expect(readReport(path.join(out, 'packtool-batch.json')).summary).toMatchObject({ ok: 0, skipped: 3, failed: 1 });
    // Skipped entries keep the page count read from the output's header.
    const kent = readReport(path.join(out, 'packtool-batch.json')).inputs.find((e) => e.input.startsWith('2025/'));
    expect(kent).toMatchObject({ status: 'skipped', pages: 1 });
    // ... and the warnings the run that made the output counted, read back from its end.
    const after = readReport(path.join(out, 'packtool-batch.json'));
    for (const entry of after.inputs.filter((e) => e.status === 'skipped')) {
      const made = before.inputs.find((e) => e.input === entry.input)!;
      expect([entry.output, entry.pages, entry.warnings, entry.warningCodes]).toEqual([made.output, made.pages, made.warnings, made.warningCodes]);
    }
  });

  it('redoes everything with --force', async () => {
    const forced = await runCli(['batch', ARCHIVE, '-o', out, '--quiet', '--force']);
    expect(forced.code).toBe(1);
    expect(readReport(path.join(out, 'packtool-batch.json')).summary).toMatchObject({ ok: 3, skipped: 0, failed: 1 });
  });

  it('writes JSON outputs with --format json, and resumes from them too', async () => {
    const jsonOut = path.join(scratch(), 'json');
    await runCli(['batch', ARCHIVE, '-o', jsonOut, '--format', 'json', '--quiet']);
    expect(listFiles(jsonOut)).toEqual([...GOOD.map((g) => `${g}.json`), 'packtool-batch.json'].sort());
    const pack = JSON.parse(readFileSync(path.join(jsonOut, '2025/kent_cabinet_2025-03-13_agenda_frontsheet.pdf.json'), 'utf8'));
    expect(pack.source.file).toBe('2025/kent_cabinet_2025-03-13_agenda_frontsheet.pdf');
    await runCli(['batch', ARCHIVE, '-o', jsonOut, '--format', 'json', '--quiet']);
    expect(readReport(path.join(jsonOut, 'packtool-batch.json')).summary).toMatchObject({ skipped: 3, failed: 1 });
  });

  it('writes the same bytes with worker threads as with worker processes', async () => {
    const threads = path.join(scratch(), 'threads');
    await runCli(['batch', ARCHIVE, '-o', threads, '--workers', 'thread', '--quiet']);
    for (const g of GOOD) {
      expect(readFileSync(path.join(threads, `${g}.yaml`), 'utf8')).toBe(readFileSync(path.join(out, `${g}.yaml`), 'utf8'));
    }
  });

  it('exits with code 0 when every input is good', async () => {
    const good = await runCli(['batch', path.join(ARCHIVE, '2025'), path.join(ARCHIVE, 'birmingham'), '-o', path.join(scratch(), 'good'), '-q']);
    expect(good.code).toBe(0);
    expect(good.stderr).toMatch(/^packtool batch: 2 ok, 0 skipped, 0 failed/m);
  });
});
