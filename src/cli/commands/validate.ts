import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { escapeControls } from '../../control-chars.js';
import { ExitError, InputError } from '../../errors.js';
import { PackSchema } from '../../schema/pack.js';

/** Check a written Pack against the contract; print each problem with its path. */
export async function validateCommand(file: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new InputError('file-not-found', 'cannot read the file; check the path', file);
  }
  let data: unknown;
  try {
    data = parse(text); // YAML is a superset of JSON: one parser reads both.
  } catch (err) {
    throw new InputError('not-yaml', `not YAML or JSON (${(err as Error).message.split('\n')[0]})`, file);
  }
  const result = PackSchema.safeParse(data);
  if (result.success) {
    process.stdout.write(`${file}: valid packtool ${result.data.packtool} output\n`);
    return;
  }
  for (const issue of result.error.issues.slice(0, 20)) {
    // Paths are the file's own keys: they may hold control characters.
    process.stderr.write(`${escapeControls(`${file}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`)}\n`);
  }
  throw new ExitError(1, `${file}: does not match the packtool output contract (${result.error.issues.length} problem(s))`);
}
