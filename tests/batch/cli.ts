/**
 * Helpers for the batch tests: run the built CLI as a real process (workers need compiled JS,
 * and resuming after SIGKILL can only be tested on a real process), and make scratch archives.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import type { Report } from '../../src/batch/report.js';
import { fixture, ROOT } from '../helpers.js';

export const ARCHIVE = fixture('batch', 'archive');

let cli: string | null = null;

/** Scratch folders made by these helpers, removed after the test file that made them. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function makeTemp(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/**
 * Compile src/ into a private copy of the tool for this test file, and run that copy. Other test
 * files (and other people working in this tree) rebuild dist/ at any moment; a run reading
 * dist/ while tsc rewrites it could load half a file. Fails clearly if the worker did not come out.
 */
export function buildOnce(): void {
  if (cli) return;
  const copy = makeTemp('packtool-build-');
  try {
    execFileSync('npx', ['tsc', '-p', '.', '--outDir', path.join(copy, 'dist')], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    // Type errors elsewhere in the tree still emit JavaScript; what matters is that ours exists.
  }
  for (const file of ['dist/cli/main.js', 'dist/batch/worker.js']) {
    if (!existsSync(path.join(copy, file))) throw new Error(`${file} did not come out of \`npx tsc -p .\`: the batch tests run the built CLI`);
  }
  cpSync(path.join(ROOT, 'bin'), path.join(copy, 'bin'), { recursive: true });
  cpSync(path.join(ROOT, 'package.json'), path.join(copy, 'package.json'));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
  cli = path.join(copy, 'bin', 'packtool.js');
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The built command line's entry (bin/packtool.js of this file's private build). */
export function cliPath(): string {
  if (!cli) throw new Error('call buildOnce() first (in beforeAll)');
  return cli;
}

export function startCli(args: string[], cwd = ROOT): ChildProcess {
  if (!cli) throw new Error('call buildOnce() first (in beforeAll)');
  return spawn(process.execPath, [cli, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
}

export function runCli(args: string[], cwd = ROOT): Promise<CliResult> {
  return finished(startCli(args, cwd));
}

export function finished(child: ChildProcess): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
}

export function scratch(): string {
  return makeTemp('packtool-batch-');
}

/** A scratch archive holding `copies` copies of the fixture archive, each in its own folder. */
export function makeArchive(copies: number): string {
  const dir = scratch();
  for (let i = 1; i <= copies; i++) cpSync(ARCHIVE, path.join(dir, 'archive', `box${i}`), { recursive: true });
  return path.join(dir, 'archive');
}

/** Every file under a folder as a sorted list of POSIX relative paths, hidden ones included. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel))) {
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(path.join(dir, r)).isDirectory()) walk(r);
      else out.push(r);
    }
  };
  walk('');
  return out.sort();
}

/** A report as written: the types the batch itself uses. */
export type ReportFile = Report;

export function readReport(file: string): ReportFile {
  return JSON.parse(readFileSync(file, 'utf8')) as ReportFile;
}
