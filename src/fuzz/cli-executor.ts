/**
 * Runs a fuzz case as a user does: the input written to a file, `packtool extract FILE` in a child
 * process, judged by its exit code, its one stderr line and its output. The child's memory (with
 * anything it starts) is sampled while it runs, and a child past the memory ceiling or the hang
 * limit is killed with its process group, so no case can take the machine down.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { judgeInputError, judgePack, type CaseResult, type FuzzCase } from './case.js';
import type { Executor } from './engine.js';
import { CAN_MEASURE, treeMemory } from './process-memory.js';

/**
 * The most one case may use, the child and what it starts together. Above the memory packtool
 * itself allows a file (docs/batch.md): a case that gets here has escaped its limit.
 */
export const CASE_MEMORY_CEILING_MB = 3072;

/** How often a running case's memory is read. */
const SAMPLE_MS = 100;

/** The one line packtool prints for an input it cannot read: `packtool: FILE: message [code]`. */
const ERROR_LINE = /^packtool: (.*) \[([a-z0-9-]+)\]$/;

/**
 * Characters a terminal acts on (C0 but tab and line feed, DEL, C1): in a message they must be
 * escaped, or a pack can set the terminal's title, clear the screen or fake a line.
 */
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]/;

/** Output past this is not kept for validation (a 64 MB text makes a large Pack); the run is still judged. */
const MAX_STDOUT_BYTES = 512 * 1024 * 1024;

export interface CliExecutorOptions {
  /** The command line's entry; bin/packtool.js of this checkout by default. */
  bin?: string;
  memoryCeilingMb?: number;
}

export function cliExecutor(options: CliExecutorOptions = {}): Executor {
  const bin = options.bin ?? fileURLToPath(new URL('../../bin/packtool.js', import.meta.url));
  const ceiling = (options.memoryCeilingMb ?? CASE_MEMORY_CEILING_MB) * 1024 * 1024;
  const dir = path.join(os.tmpdir(), `packtool-fuzz-cli-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  return {
    async run(c: FuzzCase, deadline: number, hangAt: number): Promise<CaseResult> {
      const file = path.join(dir, c.name);
      writeFileSync(file, c.bytes);
      try {
        return await runChild(bin, file, deadline, hangAt, ceiling);
      } finally {
        rmSync(file, { force: true });
      }
    },
    async close() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function runChild(bin: string, file: string, deadline: number, hangAt: number, ceiling: number): Promise<CaseResult> {
  const timeout = Math.max(1, Math.ceil((deadline - Date.now()) / 1000));
  // Its own process group, so that a kill reaches whatever it starts (a reader process, workers).
  // Not --quiet: warnings on stderr are checked too (they quote input text).
  const child = spawn(process.execPath, [bin, 'extract', file, '--format', 'json', '--timeout', String(timeout)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const out: Buffer[] = [];
  let outBytes = 0;
  let err = '';
  child.stdout.on('data', (d: Buffer) => {
    outBytes += d.length;
    if (outBytes <= MAX_STDOUT_BYTES) out.push(d);
  });
  let rawControl: string | null = null;
  child.stderr.on('data', (d: Buffer) => {
    const text = d.toString();
    const raw = RAW_CONTROL.exec(text);
    if (raw && rawControl === null) {
      const line = text.slice(text.lastIndexOf('\n', raw.index) + 1).split('\n')[0];
      rawControl = `U+${raw[0].codePointAt(0)!.toString(16).padStart(4, '0')} reached stderr unescaped: ${JSON.stringify(line.slice(0, 300))}`;
    }
    err = (err + text).slice(-8192);
  });
  let peak = 0;
  let killedFor: CaseResult | null = null;
  const kill = (why: CaseResult) => {
    killedFor ??= why;
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  const sampler = setInterval(() => {
    if (!CAN_MEASURE || !child.pid) return;
    const m = treeMemory(child.pid);
    peak = Math.max(peak, m.rss, m.peakOfOne);
    if (peak > ceiling) kill({ failure: 'memory', detail: `the command line used ${mb(peak)} MB (ceiling ${mb(ceiling)} MB) and was stopped` });
  }, SAMPLE_MS);
  const hang = setTimeout(
    () => kill({ failure: 'hang', detail: `no exit ${Math.round((hangAt - deadline) / 1000)} s after its --timeout ${timeout}; the process was killed` }),
    Math.max(0, hangAt - Date.now()),
  );
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearInterval(sampler);
      clearTimeout(hang);
      const result = killedFor ?? (rawControl ? { failure: 'raw-control-characters' as const, detail: rawControl } : judge(code, signal, Buffer.concat(out), outBytes, err, file));
      resolve({ ...result, peakRssBytes: CAN_MEASURE ? peak : undefined });
    });
  });
}

/** What packtool promises: exit 0 and a valid Pack (warnings on stderr), or exit 1 and one line with a code; nothing else. */
function judge(code: number | null, signal: NodeJS.Signals | null, stdout: Buffer, stdoutBytes: number, stderr: string, file: string): CaseResult {
  const lines = stderr.split('\n').filter((l) => l.trim() !== '');
  if (code === 0) {
    if (stdoutBytes > MAX_STDOUT_BYTES) return { outcome: 'ok', warnings: [] };
    try {
      return judgePack(JSON.parse(stdout.toString('utf8')));
    } catch (e) {
      return { failure: 'invalid-pack', detail: `standard output is not one JSON Pack: ${(e as Error).message}` };
    }
  }
  if (code === 1 && lines.length === 1) {
    const m = ERROR_LINE.exec(lines[0]);
    if (lines[0].includes('internal error')) return { failure: 'crash', detail: lines[0] };
    if (m) return judgeInputError(m[2], m[1].startsWith(`${file}: `) ? m[1].slice(file.length + 2) : m[1]);
  }
  if (code === 1 && lines.length > 1 && lines[0].includes('internal error')) return { failure: 'crash', detail: lines.slice(0, 6).join('\n') };
  const how = signal ? `killed by ${signal}` : `exit code ${code}`;
  return {
    failure: lines.length > 1 && code === 1 ? 'bad-error-message' : 'crash',
    detail: `${how}; stderr: ${JSON.stringify(stderr.slice(0, 600))}`,
  };
}

function mb(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}
