import path from 'node:path';
import { cpSync, mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../helpers.js';
import { buildOnce, listFiles, readReport, runCli, scratch, ARCHIVE } from './cli.js';

// The slow file is 10,000 blank PDF pages (read with --max-pages raised past them): about 90 s
// of CPU on a 2-core machine, so any machine overruns a 3 s limit, with little memory, so the
// files after it are not slowed. The one-page packs take a fifth of a second.
const SLOW = 'blank-10000-pages.pdf';

describe('packtool batch --timeout', () => {
  beforeAll(() => buildOnce());

  it('stops a file that overruns, records it, and goes on with a fresh worker', async () => {
    const dir = path.join(scratch(), 'in');
    mkdirSync(dir);
    // Sorted order puts the slow file first, so the files after it need the replaced worker.
    cpSync(fixture('bad', SLOW), path.join(dir, `a_${SLOW}`));
    cpSync(path.join(ARCHIVE, '2019', 'milburn_parish_council_2019-09-03_agenda.pdf'), path.join(dir, 'b_milburn.pdf'));
    cpSync(path.join(ARCHIVE, '2025', 'kent_cabinet_2025-03-13_agenda_frontsheet.pdf'), path.join(dir, 'c_kent.pdf'));
    const out = path.join(scratch(), 'out');
    const started = Date.now();
    const result = await runCli(['batch', dir, '-o', out, '-q', '--jobs', '1', '--timeout', '3', '--max-pages', '20000']);
    // Far less than reading the slow file to its end would take.
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(result.code).toBe(1);
    const report = readReport(path.join(out, 'packtool-batch.json'));
    expect(report.inputs.find((e) => e.input === `a_${SLOW}`)?.error?.code).toBe('timeout');
    expect(report.summary).toMatchObject({ ok: 2, failed: 1 });
    expect(listFiles(out)).toEqual(['b_milburn.pdf.yaml', 'c_kent.pdf.yaml', 'packtool-batch.json']);
  });
});
