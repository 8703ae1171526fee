import { rename, unlink, writeFile } from 'node:fs/promises';
import { writeFailure } from '../write-failure.js';

/**
 * Write beside the target and rename, so a reader never sees half a file. The file system's
 * refusals (a full disk, a folder that cannot be written) become one-line OutputErrors.
 */
export async function writeAtomically(file: string, text: string | Uint8Array): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, text);
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw writeFailure(err, file);
  }
}
