/**
 * Helpers for the batch tests: run the built CLI as a real process (workers need compiled JS,
 * and resuming after SIGKILL can only be tested on a real process), and make scratch archives.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fixture, ROOT } from '../helpers.js';

export const ARCHIVE = fixture('batch', 'archive');
const CLI = path.join(ROOT, 'bin', 'packtool.js');

/** The newest modification time of any file under a folder. */
function newest(dir: string): number {
  let max = 0;
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    const s = statSync(p);
    max = Math.max(max, s.isDirectory() ? newest(p) : s.mtimeMs);
  }
  return max;
}

/**
 * Compile src/ to dist/ when dist/ is older than the source (`npm test` has just built it, so
 * then nothing happens: rebuilding while another test file's CLI is reading dist/ would race).
 * Fails with a clear message if the worker did not come out.
 */
export function buildOnce(): void {
  const worker = path.join(ROOT, 'dist', 'batch', 'worker.js');
  if (!existsSync(worker) || statSync(worker).mtimeMs < newest(path.join(ROOT, 'src'))) {
    try {
      execFileSync('npx', ['tsc', '-p', '.'], { cwd: ROOT, stdio: 'pipe' });
    } catch {
      // Type errors elsewhere in the tree still emit JavaScript; what matters is that ours exists.
    }
  }
  for (const file of ['dist/cli/main.js', 'dist/batch/worker.js']) {
    if (!existsSync(path.join(ROOT, file))) throw new Error(`${file} is missing after \`npx tsc -p .\`: the batch tests run the built CLI`);
  }
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function startCli(args: string[], cwd = ROOT): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
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
  return mkdtempSync(path.join(os.tmpdir(), 'packtool-batch-'));
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

export interface ReportFile {
  shard: string | null;
  format: string;
  summary: { inputs: number; ok: number; skipped: number; failed: number; warnings: number; pages: number; seconds: number };
  inputs: Array<{ input: string; output: string; status: string; error: { code: string; message: string } | null; pages: number | null; warnings: number | null; seconds: number }>;
}

export function readReport(file: string): ReportFile {
  return JSON.parse(readFileSync(file, 'utf8')) as ReportFile;
}
