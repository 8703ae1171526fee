/**
 * The resource limits as a user meets them: every source (PDF, text, HTML, a stream) and every
 * command (extract, layout, batch) ends a read that is too large, too hungry or too slow with
 * the one-line error for its code and exit 1 — never a kill with nothing said, a V8 dump or a
 * hang. Sizes are modest (CI has 2 cores): the limits are set low by flag to reach each path.
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, ROOT, writeSlowHtml } from '../helpers.js';
import { packtool, type CliResult } from '../cli/run.js';
// @ts-expect-error: the fixture generator is plain JavaScript, without type declarations.
import { textBombPdf } from '../../fixtures/bad/make-bomb.mjs';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'packtool-limits-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A 2.5 KB PDF whose content stream inflates to 1 GiB of zeros (fixtures/bad/make-bomb.mjs). */
const BOMB = fixture('bad', 'deflate-bomb.pdf');
/** A real parish council's minutes as text (Haresfield PC, 26 January 2020). */
const MINUTES = fixture('minutes', 'haresfield_pc_full_council_2020-01-26_minutes.txt');

/** The only line on stderr, checked to be the one-line error `packtool: FILE: … [code]`; returns its code. */
function oneLineError(r: CliResult, file: string): string {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  const m = /^packtool: (.*): .+ \[([a-z-]+)\]$/.exec(lines[0]);
  expect(m?.[1]).toBe(file);
  return m?.[2] ?? '';
}

/** A text file of `bytes` bytes or more: the Haresfield minutes over and over. */
function bigText(name: string, bytes: number): string {
  const minutes = readFileSync(MINUTES, 'utf8');
  const file = path.join(tmp, name);
  writeFileSync(file, minutes.repeat(Math.ceil(bytes / minutes.length)));
  return file;
}

describe('a decompression bomb (a 2.5 KB PDF inflating to 1 GiB)', () => {
  it('is stopped by extract at --max-memory with the memory-limit line', () => {
    const r = packtool(['extract', BOMB, '--max-memory', '256M']);
    expect(oneLineError(r, BOMB)).toBe('memory-limit');
    expect(r.stderr).toContain('needed more than --max-memory 256 MB and was stopped');
  });

  it('is stopped by layout and review the same way', () => {
    expect(oneLineError(packtool(['layout', BOMB, '--max-memory', '256M']), BOMB)).toBe('memory-limit');
    expect(oneLineError(packtool(['review', BOMB, '-o', path.join(tmp, 'bomb.html'), '--max-memory', '256M']), BOMB)).toBe('memory-limit');
  });

  it('is a failed entry in batch while the run goes on to read the other pack', () => {
    const inputs = path.join(tmp, 'bomb-batch');
    mkdirSync(inputs);
    copyFileSync(BOMB, path.join(inputs, 'bomb.pdf'));
    copyFileSync(MINUTES, path.join(inputs, 'haresfield.txt'));
    const out = path.join(tmp, 'bomb-out');
    const r = packtool(['batch', inputs, '-o', out, '-q', '--jobs', '1', '--max-memory', '256M']);
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(path.join(out, 'packtool-batch.json'), 'utf8')) as {
      inputs: Array<{ input: string; status: string; error: { code: string } | null }>;
    };
    const byInput = Object.fromEntries(report.inputs.map((e) => [e.input, e]));
    expect(byInput['bomb.pdf']).toMatchObject({ status: 'failed', error: { code: 'memory-limit' } });
    expect(byInput['haresfield.txt']).toMatchObject({ status: 'ok', error: null });
    expect(readFileSync(path.join(out, 'haresfield.txt.yaml'), 'utf8')).toContain('Haresfield');
  });
});

describe('pages whose shared content stream inflates to text operators', () => {
  it('make extract refuse the file as too-large in one line, and batch record it and go on', () => {
    const file = path.join(tmp, 'text-bomb.pdf');
    writeFileSync(file, textBombPdf(3) as Buffer);
    expect(oneLineError(packtool(['extract', file]), file)).toBe('too-large');
    const inputs = path.join(tmp, 'text-bomb-batch');
    mkdirSync(inputs);
    copyFileSync(file, path.join(inputs, 'text-bomb.pdf'));
    copyFileSync(MINUTES, path.join(inputs, 'haresfield.txt'));
    const out = path.join(tmp, 'text-bomb-out');
    expect(packtool(['batch', inputs, '-o', out, '-q', '--jobs', '1']).code).toBe(1);
    const report = JSON.parse(readFileSync(path.join(out, 'packtool-batch.json'), 'utf8')) as { inputs: Array<{ input: string; status: string; error: { code: string } | null }> };
    expect(report.inputs.map((e) => [e.input, e.status, e.error?.code ?? null]).sort()).toEqual([
      ['haresfield.txt', 'ok', null],
      ['text-bomb.pdf', 'failed', 'too-large'],
    ]);
  });
});

describe('large text and HTML', () => {
  it('a 3 MB text file over --max-size 1M is too-large, before it is read', () => {
    const file = bigText('three-mb.txt', 3 * 1024 ** 2);
    const r = packtool(['extract', file, '--max-size', '1M']);
    expect(oneLineError(r, file)).toBe('too-large');
    expect(r.stderr).toContain('larger than --max-size 1 MB; raise --max-size');
  });

  it('the same text on standard input is too-large once 1 MB has come in', () => {
    const r = packtool(['extract', '-', '--max-size', '1M'], readFileSync(bigText('stdin.txt', 3 * 1024 ** 2), 'utf8'));
    expect(oneLineError(r, '-')).toBe('too-large');
  });

  it('20 MB of minutes as text under --max-memory 256M ends in memory-limit', () => {
    const file = bigText('twenty-mb.txt', 20 * 1024 ** 2);
    expect(oneLineError(packtool(['extract', file, '--max-memory', '256M']), file)).toBe('memory-limit');
  });

  it('8 MB of <br> siblings under --max-memory 256M ends in memory-limit (not a V8 out-of-memory dump)', () => {
    const file = path.join(tmp, 'br.html');
    writeFileSync(file, `<html><body>${'<br>'.repeat(2_000_000)}`);
    expect(oneLineError(packtool(['extract', file, '--max-memory', '256M']), file)).toBe('memory-limit');
  });

  // Batch's --timeout is the pool's, whatever the format: tests/batch/batch-timeout.test.ts.
  it('5.7 MB of unclosed nested <div>s honours --timeout in extract', () => {
    const file = writeSlowHtml(path.join(tmp, 'divs.html'));
    expect(oneLineError(packtool(['extract', file, '--timeout', '1']), file)).toBe('timeout');
  });
});

describe('endless and blocking sources', () => {
  it('/dev/zero stops at the default --max-size (200 MB) as too-large', () => {
    const r = packtool(['extract', '/dev/zero', '--timeout', '60']);
    expect(oneLineError(r, '/dev/zero')).toBe('too-large');
    expect(r.stderr).toContain('--max-size 200 MB');
  });

  it('/dev/zero read as text with --max-size raised past it exits at the time or memory limit', () => {
    const file = path.join(tmp, 'zero.txt');
    symlinkSync('/dev/zero', file);
    const code = oneLineError(packtool(['extract', file, '--max-size', '100G', '--max-memory', '256M', '--timeout', '3']), file);
    expect(['timeout', 'memory-limit']).toContain(code);
  });

  it('a FIFO nobody writes to exits at --timeout', () => {
    const file = path.join(tmp, 'pack.txt');
    execFileSync('mkfifo', [file]);
    expect(oneLineError(packtool(['extract', file, '--timeout', '1']), file)).toBe('timeout');
    expect(oneLineError(packtool(['layout', file, '--timeout', '1']), file)).toBe('timeout');
  });
});

describe('a reading process killed from outside (the system out of memory)', () => {
  it('ends in the memory-limit line saying the system stopped it, not in a bug report', async () => {
    const file = path.join(tmp, 'killed.txt');
    execFileSync('mkfifo', [file]);
    const command = spawn(process.execPath, [path.join(ROOT, 'bin', 'packtool.js'), 'extract', file, '--timeout', '60'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    command.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => command.on('close', resolve));
    // The reading child, blocked opening the FIFO: killed as the kernel's out-of-memory killer would.
    let child = '';
    for (let i = 0; i < 200 && !child; i++) {
      await new Promise((r) => setTimeout(r, 50));
      child = readFileSync(`/proc/${command.pid}/task/${command.pid}/children`, 'utf8').trim();
    }
    process.kill(Number(child), 'SIGKILL');
    expect(await exited).toBe(1);
    expect(stderr).toBe(`packtool: ${file}: the process reading the file was killed by the system (SIGKILL), most likely for lack of memory; set --max-memory below the memory this machine has free [memory-limit]\n`);
  });
});

describe('the limit flags', () => {
  it('refuse a --max-memory below what Node and pdf.js take to start (exit 2)', () => {
    const r = packtool(['extract', MINUTES, '--max-memory', '64M']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-memory must be at least 128 MB');
  });

  it('refuse a size that is not one', () => {
    const r = packtool(['extract', MINUTES, '--max-size', 'lots']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--max-size takes a size such as 512M or 2G (a bare number is in MB), not "lots"');
  });
});
