import { rename, unlink, writeFile } from 'node:fs/promises';
import { writeFailure } from '../write-failure.js';

/**
 * Write beside the target and rename, so a reader never sees half a file. A write the file
 * system refuses (a missing or read-only folder, a full disk) leaves no temporary file behind
 * and becomes an OutputError naming the target: the user's to fix, never "internal error".
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
