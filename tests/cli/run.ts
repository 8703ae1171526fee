import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers.js';

const BIN = path.join(ROOT, 'bin', 'packtool.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the built command line as a user would (`npm test` builds dist/ first). */
export function packtool(args: string[], input?: string): CliResult {
  if (!existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) {
    throw new Error('dist/ is missing: run `npm run build` (npm test does this) before the CLI tests');
  }
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
