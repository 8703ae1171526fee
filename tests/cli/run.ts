import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';

export const BIN = path.join(ROOT, 'bin', 'packtool.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The environment the CLI runs in: the test runner's, without the variables that decide colour
 * (a runner or CI may set FORCE_COLOR; chalk turns colour off on any terminal when CI is set),
 * and NO_COLOR unless a test asks for colour.
 */
export function cliEnv(extra: NodeJS.ProcessEnv = { NO_COLOR: '1' }): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'TF_BUILD', 'AGENT_NAME', 'CI', 'GITHUB_ACTIONS', 'GITLAB_CI', 'BUILDKITE', 'CIRCLECI', 'TEAMCITY_VERSION']) delete env[name];
  return { ...env, ...extra };
}

function checkBuilt(): void {
  if (!existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) {
    throw new Error('dist/ is missing: run `npm run build` (npm test does this) before the CLI tests');
  }
}

/** Run the built command line as a user would (`npm test` builds dist/ first). */
export function packtool(args: string[], input?: string, env?: NodeJS.ProcessEnv): CliResult {
  checkBuilt();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input, env: cliEnv(env) });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Single-quote a word for sh. */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * Run the command line on a pseudo-terminal (util-linux `script`), as a person at a terminal
 * would: `redirect` is appended to the command line (`> out.yaml`, `2> err.txt`) to send one
 * stream elsewhere. Returns what the terminal showed, or null where `script` is missing.
 */
export function packtoolOnTerminal(args: string[], redirect = '', env?: NodeJS.ProcessEnv): CliResult | null {
  checkBuilt();
  const command = [process.execPath, BIN, ...args].map(shellQuote).join(' ') + (redirect ? ` ${redirect}` : '');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: cliEnv({ TERM: 'xterm', ...env }) });
  if (r.error) return null;
  return { code: r.status ?? -1, stdout: r.stdout.replace(/\r\n/g, '\n'), stderr: r.stderr };
}
