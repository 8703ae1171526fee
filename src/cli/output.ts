import { rename, writeFile } from 'node:fs/promises';

/** Write beside the target and rename, so a reader never sees half a file. */
export async function writeAtomically(file: string, text: string | Uint8Array): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, file);
}
