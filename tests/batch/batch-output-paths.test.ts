import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, listFiles, readReport, runCli, scratch, ARCHIVE } from './cli.js';

describe('packtool batch output paths', () => {
  beforeAll(() => buildOnce());

  it('maps absolute and ../ inputs inside OUTDIR and writes nothing anywhere else', async () => {
    const base = scratch();
    const work = path.join(base, 'work', 'here');
    mkdirSync(work, { recursive: true });
    cpSync(ARCHIVE, path.join(base, 'elsewhere'), { recursive: true });
    const before = listFiles(base);

    const result = await runCli(
      ['batch', '../../elsewhere/2019', path.join(base, 'elsewhere', '2025', 'kent_cabinet_2025-03-13_agenda_frontsheet.pdf'), '-o', 'out', '-q'],
      work,
    );
    expect(result.code).toBe(1);
    // Paths are relative to each argument's root: a folder is its own root, a file's root its folder.
    expect(listFiles(path.join(work, 'out'))).toEqual([
      'kent_cabinet_2025-03-13_agenda_frontsheet.yaml',
      'milburn_parish_council_2019-09-03_agenda.yaml',
      'packtool-batch.json',
    ]);
    const after = listFiles(base).filter((f) => !f.startsWith('work/here/out/'));
    expect(after).toEqual(before);
  });

  it('mirrors paths below a quoted glob\'s folder and reads only what the glob matches', async () => {
    const out = path.join(scratch(), 'out');
    const result = await runCli(['batch', `${ARCHIVE}/**/*agenda*.pdf`, '-o', out, '-q']);
    expect(result.code).toBe(0);
    expect(listFiles(out)).toEqual([
      '2019/milburn_parish_council_2019-09-03_agenda.yaml',
      '2025/kent_cabinet_2025-03-13_agenda_frontsheet.yaml',
      'packtool-batch.json',
    ]);
  });

  it('keeps both extensions when a folder has a.pdf and a.txt, so neither output overwrites the other', async () => {
    const dir = path.join(scratch(), 'in');
    mkdirSync(dir);
    cpSync(path.join(ARCHIVE, '2019', 'milburn_parish_council_2019-09-03_agenda.pdf'), path.join(dir, 'pack.pdf'));
    cpSync(path.join(ARCHIVE, 'birmingham', 'birmingham_ecyp_osc_2024-12-04_front_excerpt.txt'), path.join(dir, 'pack.txt'));
    const out = path.join(scratch(), 'out');
    await runCli(['batch', dir, '-o', out, '-q']);
    expect(readdirSync(out).sort()).toEqual(['pack.pdf.yaml', 'pack.txt.yaml', 'packtool-batch.json']);
    expect(readReport(path.join(out, 'packtool-batch.json')).summary.ok).toBe(2);
  });

  it('writes outputs beside their inputs when OUTDIR is the input folder itself', async () => {
    const dir = path.join(scratch(), 'archive');
    cpSync(path.join(ARCHIVE, '2025'), path.join(dir, '2025'), { recursive: true });
    const result = await runCli(['batch', dir, '-o', dir, '-q']);
    expect(result.code).toBe(0);
    expect(listFiles(dir)).toEqual([
      '2025/kent_cabinet_2025-03-13_agenda_frontsheet.pdf',
      '2025/kent_cabinet_2025-03-13_agenda_frontsheet.yaml',
      'packtool-batch.json',
    ]);
  });

  it('refuses to start when a named input does not exist (exit code 2)', async () => {
    const result = await runCli(['batch', path.join(ARCHIVE, 'no-such-folder'), '-o', path.join(scratch(), 'out')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no-such-folder: no such file or folder');
  });
});
