/**
 * What batch does when the file system is hostile: links that lead out of the input or output
 * folders, two runs into one folder, a full disk, names too long and folders it cannot write.
 */
import { execFileSync, spawn } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Journal } from '../../src/batch/report.js';
import { runTask } from '../../src/batch/worker.js';
import { buildOnce, cliPath, finished, listFiles, readReport, runCli, scratch, startCli, ARCHIVE } from './cli.js';

const AGENDA = path.join(ARCHIVE, '2019', 'milburn_parish_council_2019-09-03_agenda.pdf');
const TEXT = path.join(ARCHIVE, 'birmingham', 'birmingham_ecyp_osc_2024-12-04_front_excerpt.txt');

beforeAll(() => buildOnce());

describe('batch and symbolic links', () => {
  it('reads links in an input folder only when they lead inside the input folders, unless --follow-symlinks', async () => {
    const base = scratch();
    const inputs = path.join(base, 'in');
    mkdirSync(path.join(inputs, 'sub'), { recursive: true });
    cpSync(TEXT, path.join(inputs, 'sub', 'real.txt'));
    writeFileSync(path.join(base, 'private.txt'), 'Minutes\nNot a pack: a file outside the archive.\n');
    symlinkSync(path.join(base, 'private.txt'), path.join(inputs, 'outside.txt'));
    symlinkSync(path.join(inputs, 'sub', 'real.txt'), path.join(inputs, 'inside.txt'));

    const out = path.join(base, 'out');
    const result = await runCli(['batch', inputs, '-o', out, '-q']);
    expect(result.code).toBe(1);
    const report = readReport(path.join(out, 'packtool-batch.json'));
    expect(report.inputs.find((e) => e.input === 'outside.txt')).toMatchObject({
      status: 'failed',
      error: { code: 'link-outside-inputs', message: `a symbolic link to ${path.join(base, 'private.txt')}, outside the input folders: not read; pass --follow-symlinks to read it` },
    });
    expect(report.inputs.find((e) => e.input === 'inside.txt')?.status).toBe('ok');
    expect(listFiles(out)).toEqual(['inside.txt.yaml', 'packtool-batch.json', 'sub/real.txt.yaml']);

    const followed = path.join(base, 'followed');
    const withFlag = await runCli(['batch', inputs, '-o', followed, '-q', '--follow-symlinks']);
    expect(withFlag.code).toBe(0);
    expect(readFileSync(path.join(followed, 'outside.txt.yaml'), 'utf8')).toContain('file: outside.txt');
  });

  it('never writes through an output subfolder that is a link to a folder outside OUTDIR', async () => {
    const base = scratch();
    const out = path.join(base, 'out');
    const elsewhere = path.join(base, 'elsewhere');
    mkdirSync(out);
    mkdirSync(elsewhere);
    symlinkSync(elsewhere, path.join(out, '2019'));
    const result = await runCli(['batch', ARCHIVE, '-o', out, '-q']);
    expect(readdirSync(elsewhere)).toEqual([]);
    const report = readReport(path.join(out, 'packtool-batch.json'));
    const agenda = report.inputs.find((e) => e.input === '2019/milburn_parish_council_2019-09-03_agenda.pdf');
    expect(agenda).toMatchObject({ status: 'failed', error: { code: 'output-outside' } });
    expect(agenda?.error?.message).toContain(`leads to ${elsewhere}, outside the output folder`);
    // The other inputs are written as usual.
    expect(report.inputs.find((e) => e.input.startsWith('2025/'))?.status).toBe('ok');
    expect(result.stderr).not.toContain('internal error');
  });

  it('refuses a scratch folder that is a link out of OUTDIR, since it empties it', async () => {
    const base = scratch();
    const out = path.join(base, 'out');
    const elsewhere = path.join(base, 'elsewhere');
    mkdirSync(path.join(elsewhere, 'all'), { recursive: true });
    writeFileSync(path.join(elsewhere, 'all', 'keep.txt'), 'not ours\n');
    mkdirSync(out);
    symlinkSync(elsewhere, path.join(out, '.packtool-tmp'));
    const result = await runCli(['batch', TEXT, '-o', out, '-q']);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(`packtool: ${path.join(out, '.packtool-tmp')}: a symbolic link leads to ${elsewhere}, outside the output folder ${out}; nothing was written there [output-outside]\n`);
    expect(readFileSync(path.join(elsewhere, 'all', 'keep.txt'), 'utf8')).toBe('not ours\n');
  });
});

describe('two batch runs into one output folder', () => {
  it('stops the second with one line naming the first, which finishes with a whole report', async () => {
    const out = path.join(scratch(), 'out');
    const first = startCli(['batch', ARCHIVE, '-o', out, '-q', '--jobs', '1']);
    const firstDone = finished(first);
    const lock = path.join(out, '.packtool-tmp', 'all.lock');
    await waitFor(() => existsSync(lock) && readFileSync(lock, 'utf8').endsWith('\n'));
    // Held still while the second run starts, so the two are certainly at the same time.
    process.kill(first.pid!, 'SIGSTOP');
    let second;
    try {
      second = await runCli(['batch', ARCHIVE, '-o', out, '-q']);
    } finally {
      process.kill(first.pid!, 'SIGCONT');
    }
    expect(second.code).toBe(3);
    expect(second.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^packtool: .*out: another packtool batch run is writing here \\(pid ${first.pid}, started .*: packtool batch .* -o .*out -q --jobs 1\\); wait for it to end or use another output folder \\[output-in-use\\]$`)),
    ]);
    const done = await firstDone;
    expect(done.code).toBe(1); // the archive's truncated PDF
    expect(readReport(path.join(out, 'packtool-batch.json')).summary).toMatchObject({ inputs: 4, ok: 3, failed: 1 });
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over the lock of a run that is no longer running, and says so', async () => {
    const out = path.join(scratch(), 'out');
    mkdirSync(path.join(out, '.packtool-tmp'), { recursive: true });
    const gone = spawnAndWait();
    writeFileSync(path.join(out, '.packtool-tmp', 'all.lock'), JSON.stringify({ pid: gone, host: os.hostname(), started: '2026-01-01T00:00:00.000Z', command: 'batch x -o out' }) + '\n');
    const result = await runCli(['batch', TEXT, '-o', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`took over the lock of an earlier run that is no longer running (pid ${gone}, started 2026-01-01T00:00:00.000Z)`);
    expect(listFiles(out)).toEqual(['birmingham_ecyp_osc_2024-12-04_front_excerpt.txt.yaml', 'packtool-batch.json']);
  });
});

describe('batch on a full disk', () => {
  it('keeps a journal write error (ENOSPC from /dev/full) and reports it when closed, instead of crashing', async () => {
    const journal = new Journal(linkToDevFull());
    journal.add({ input: 'a.pdf', output: 'a.pdf.yaml', status: 'ok', error: null, pages: 1, warnings: 0, seconds: 0.1 });
    await expect(journal.close()).rejects.toMatchObject({ code: 'ENOSPC' });
    expect((journal.failure as NodeJS.ErrnoException).code).toBe('ENOSPC');
  });

  it('answers disk-full, not internal-error, when an output cannot be written (to /dev/full)', async () => {
    const out = scratch();
    const answer = await runTask({
      id: 1, file: TEXT, displayName: 'front.txt', format: 'yaml', maxPages: 10,
      outPath: path.join(out, 'front.txt.yaml'), tmpPath: linkToDevFull(), outdir: out,
    });
    expect(answer).toMatchObject({ ok: false, code: 'disk-full', internal: false, message: 'cannot write: no space left on the device (ENOSPC)' });
    expect(existsSync(path.join(out, 'front.txt.yaml'))).toBe(false);
  });

  const small = tinyDisk();
  it.skipIf(!small.mounted)(`stops with one line and exit code 3 when OUTDIR's disk fills up${small.mounted ? '' : ` (${small.why})`}`, async () => {
    const out = path.join(small.dir, 'out');
    const result = await runCli(['batch', ARCHIVE, '-o', out, '-q', '--jobs', '1']);
    expect(result.code).toBe(3);
    const lines = result.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^packtool batch: \d+ ok, 0 skipped, \d+ failed/);
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^packtool: .*: cannot write: no space left on the device \(ENOSPC\) \[disk-full\]; stopped after \d+ inputs \(.*\); outputs already written are complete: make room and run the same command again to resume$/),
    ]);
    expect(result.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
  });
});

describe('names and folders batch cannot write', () => {
  it('records an input whose output name would be too long (255 bytes) as name-too-long, and goes on', async () => {
    const dir = path.join(scratch(), 'in');
    mkdirSync(dir);
    const long = `${'m'.repeat(251)}.txt`; // 255 bytes: the longest name ext4 allows; its output adds ".yaml"
    cpSync(TEXT, path.join(dir, long));
    cpSync(TEXT, path.join(dir, 'short.txt'));
    const out = path.join(scratch(), 'out');
    const result = await runCli(['batch', dir, '-o', out, '-q']);
    expect(result.code).toBe(1);
    const report = readReport(path.join(out, 'packtool-batch.json'));
    expect(report.inputs.find((e) => e.input === long)?.error).toEqual({
      code: 'name-too-long',
      message: 'cannot write: a name is longer than the file system allows (usually 255 bytes) (ENAMETOOLONG)',
    });
    expect(report.inputs.find((e) => e.input === 'short.txt')?.status).toBe('ok');
  });

  it('says in one line that OUTDIR cannot be made, not "internal error"', async () => {
    // Tests run as root, who may write to a read-only folder; a folder below a regular file
    // cannot be made by anyone (ENOTDIR), which is the same refusal for the user.
    const file = path.join(scratch(), 'a-file');
    writeFileSync(file, 'x');
    const result = await runCli(['batch', TEXT, '-o', path.join(file, 'out')]);
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(`packtool: ${path.join(file, 'out')}: cannot write: a part of the path is a file, not a folder (ENOTDIR) [cannot-write]\n`);
  });

  it('says in one line that extract cannot write to a full standard output (> /dev/full)', async () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const result = await finished(spawn(process.execPath, [cliPath(), 'extract', TEXT, '-q'], { stdio: ['ignore', fd, 'pipe'] }));
      expect(result.code).toBe(1);
      expect(result.stderr).toBe('packtool: standard output: cannot write: no space left on the device (ENOSPC) [disk-full]\n');
    } finally {
      closeSync(fd);
    }
  });
});

/**
 * A link to /dev/full, where every write fails with ENOSPC. A link, not the device itself: the
 * code under test removes its temporary files, and must remove the link, never the device.
 */
function linkToDevFull(): string {
  const link = path.join(scratch(), 'full');
  symlinkSync('/dev/full', link);
  return link;
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !condition(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!condition()) throw new Error('timed out waiting');
}

/** The pid of a process that has ended. */
function spawnAndWait(): number {
  const out = execFileSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(out);
}

/**
 * A file system almost full, to fill up for real: a 1 MiB tmpfs, with all but 16 KiB taken by a
 * filler file (the lock and journal fit, the first outputs do not). Mounting needs root and a
 * system that allows it (not every container does); without, the test is skipped and says why.
 */
function tinyDisk(): { mounted: boolean; dir: string; why: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'packtool-full-'));
  afterAll(() => {
    try {
      execFileSync('umount', [dir], { stdio: 'ignore' });
    } catch {
      // not mounted: nothing to undo
    }
    rmSync(dir, { recursive: true, force: true });
  });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'pipe' });
  } catch (err) {
    return { mounted: false, dir, why: `cannot mount a small tmpfs here: ${(err as Error).message.split('\n')[0]}` };
  }
  writeFileSync(path.join(dir, 'filler'), Buffer.alloc(1024 * 1024 - 16 * 1024));
  return { mounted: true, dir, why: '' };
}
