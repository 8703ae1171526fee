import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildOnce, listFiles, readReport, runCli, scratch, ARCHIVE } from './cli.js';

describe('packtool batch output paths', () => {
  beforeAll(() => buildOnce());

  it('maps absolute and ../ inputs inside OUTDIR, one folder per root, and writes nothing anywhere else', async () => {
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
    // Paths are relative to each argument's root (a folder is its own root, a file's root its
    // folder), under a folder named for the root since there are two.
    expect(listFiles(path.join(work, 'out'))).toEqual([
      '2019/milburn_parish_council_2019-09-03_agenda.pdf.yaml',
      '2025/kent_cabinet_2025-03-13_agenda_frontsheet.pdf.yaml',
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
      '2019/milburn_parish_council_2019-09-03_agenda.pdf.yaml',
      '2025/kent_cabinet_2025-03-13_agenda_frontsheet.pdf.yaml',
      'packtool-batch.json',
    ]);
  });

  it('keeps both extensions when a folder has a.pdf and a.txt, so neither output overwrites the other', async () => {
    const dir = path.join(scratch(), 'in');
    mkdirSync(dir);
    cpSync(path.join(ARCHIVE, '2019', 'milburn_parish_council_2019-09-03_agenda.pdf'), path.join(dir, 'pack.pdf'));
    cpSync(path.join(ARCHIVE, 'birmingham', 'birmingham_ecyp_osc_2024-12-04_front_excerpt.txt'), path.join(dir, 'pack.txt'));
    const out = path.join(scratch(), 'out');
    // An output named as older releases named them: left alone, neither read nor replaced.
    mkdirSync(out);
    writeFileSync(path.join(out, 'pack.yaml'), 'an output of an older release\n');
    await runCli(['batch', dir, '-o', out, '-q']);
    expect(readdirSync(out).sort()).toEqual(['pack.pdf.yaml', 'pack.txt.yaml', 'pack.yaml', 'packtool-batch.json']);
    expect(readReport(path.join(out, 'packtool-batch.json')).summary.ok).toBe(2);
    expect(outputSha(path.join(out, 'pack.pdf.yaml'))).toBe(sha256(path.join(dir, 'pack.pdf')));
    expect(outputSha(path.join(out, 'pack.txt.yaml'))).toBe(sha256(path.join(dir, 'pack.txt')));
    expect(readFileSync(path.join(out, 'pack.yaml'), 'utf8')).toBe('an output of an older release\n');
  });

  it('gives the same relative name under two input folders two outputs, and a resume finds both', async () => {
    const base = scratch();
    cpSync(path.join(ARCHIVE, '2019', 'milburn_parish_council_2019-09-03_agenda.pdf'), path.join(base, 'east', 'minutes', 'pack.pdf'), { recursive: true });
    cpSync(path.join(ARCHIVE, '2025', 'kent_cabinet_2025-03-13_agenda_frontsheet.pdf'), path.join(base, 'west', 'minutes', 'pack.pdf'), { recursive: true });
    const out = path.join(base, 'out');
    const first = await runCli(['batch', path.join(base, 'east'), path.join(base, 'west'), '-o', out, '-q']);
    expect(first.code).toBe(0);
    expect(listFiles(out)).toEqual(['east/minutes/pack.pdf.yaml', 'packtool-batch.json', 'west/minutes/pack.pdf.yaml']);
    expect(outputSha(path.join(out, 'east/minutes/pack.pdf.yaml'))).toBe(sha256(path.join(base, 'east/minutes/pack.pdf')));
    expect(outputSha(path.join(out, 'west/minutes/pack.pdf.yaml'))).toBe(sha256(path.join(base, 'west/minutes/pack.pdf')));
    // The report names each input by its own path, so a merge of reports keeps both.
    expect(readReport(path.join(out, 'packtool-batch.json')).inputs.map((e) => e.input).sort()).toEqual(['east/minutes/pack.pdf', 'west/minutes/pack.pdf']);
    const again = await runCli(['batch', path.join(base, 'east'), path.join(base, 'west'), '-o', out, '-q']);
    expect(readReport(path.join(out, 'packtool-batch.json')).summary).toMatchObject({ inputs: 2, ok: 0, skipped: 2 });
    expect(again.code).toBe(0);
  });

  it('gives two file arguments with the same name two outputs, in folders named for their own folders', async () => {
    const base = scratch();
    const a = path.join(base, 'a', '2019', 'pack.pdf');
    const b = path.join(base, 'b', '2019', 'pack.pdf');
    cpSync(path.join(ARCHIVE, '2019', 'milburn_parish_council_2019-09-03_agenda.pdf'), a, { recursive: true });
    cpSync(path.join(ARCHIVE, '2025', 'kent_cabinet_2025-03-13_agenda_frontsheet.pdf'), b, { recursive: true });
    const out = path.join(base, 'out');
    await runCli(['batch', a, b, '-o', out, '-q']);
    // Both folders are called 2019: the second in argument order is numbered.
    expect(listFiles(out)).toEqual(['2019-2/pack.pdf.yaml', '2019/pack.pdf.yaml', 'packtool-batch.json']);
    expect(outputSha(path.join(out, '2019/pack.pdf.yaml'))).toBe(sha256(a));
    expect(outputSha(path.join(out, '2019-2/pack.pdf.yaml'))).toBe(sha256(b));
    await runCli(['batch', a, b, '-o', out, '-q']);
    expect(readReport(path.join(out, 'packtool-batch.json')).summary).toMatchObject({ inputs: 2, skipped: 2 });
  });

  it('writes outputs beside their inputs when OUTDIR is the input folder itself', async () => {
    const dir = path.join(scratch(), 'archive');
    cpSync(path.join(ARCHIVE, '2025'), path.join(dir, '2025'), { recursive: true });
    const result = await runCli(['batch', dir, '-o', dir, '-q']);
    expect(result.code).toBe(0);
    expect(listFiles(dir)).toEqual([
      '2025/kent_cabinet_2025-03-13_agenda_frontsheet.pdf',
      '2025/kent_cabinet_2025-03-13_agenda_frontsheet.pdf.yaml',
      'packtool-batch.json',
    ]);
  });

  it('refuses to start when a named input does not exist (exit code 2)', async () => {
    const result = await runCli(['batch', path.join(ARCHIVE, 'no-such-folder'), '-o', path.join(scratch(), 'out')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no-such-folder: no such file or folder');
  });
});

function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** The input digest an output records: which input it was really made from. */
function outputSha(file: string): string {
  return (parse(readFileSync(file, 'utf8')) as { source: { sha256: string } }).source.sha256;
}
