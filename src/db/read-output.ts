/** Reading back an output that `packtool extract` or `batch` wrote, as a validated Pack. */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { InputError } from '../errors.js';
import { PackSchema, type Pack } from '../schema/pack.js';

export async function readPackFile(file: string): Promise<Pack> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new InputError('file-not-found', `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`, file);
  }
  let data: unknown;
  try {
    // JSON.parse is several times faster than the YAML parser on the JSON outputs it can read.
    data = file.endsWith('.json') ? JSON.parse(text) : parse(text);
  } catch (err) {
    throw new InputError('not-a-pack', `is not valid YAML or JSON (${(err as Error).message.split('\n')[0]})`, file);
  }
  const pack = PackSchema.safeParse(data);
  if (!pack.success) {
    const issue = pack.error.issues[0];
    throw new InputError('not-a-pack', `is not a packtool Pack (${issue.path.join('.') || 'top level'}: ${issue.message}); re-run packtool on its input`, file);
  }
  return pack.data;
}
