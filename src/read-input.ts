/**
 * Reading an input's bytes, within --max-size: a regular file larger than the limit is refused
 * before it is read, and a stream (standard input, a FIFO, /dev/zero) is refused as soon as
 * it passes the limit, so no source can fill memory just by being long.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { InputError } from './errors.js';
import { DEFAULT_MAX_SIZE_BYTES, tooLarge } from './limits/limits.js';

/**
 * A file is read in chunks of this size (a stream's default is 64 KiB): a 3 MB pack is then
 * three reads rather than fifty, each an await of the loop below.
 */
const READ_CHUNK_BYTES = 1024 * 1024;

/** Read a file (or "-" for standard input), refusing more than maxSizeBytes with `too-large`. */
export async function readInput(file: string, maxSizeBytes = DEFAULT_MAX_SIZE_BYTES): Promise<Uint8Array> {
  if (file === '-') return collect(file, process.stdin, maxSizeBytes);
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    throw readError(file, err);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw readError(file, Object.assign(new Error('directory'), { code: 'EISDIR' }));
    if (stat.isFile() && stat.size > maxSizeBytes) throw tooLarge(file, maxSizeBytes);
    return await collect(file, handle.createReadStream({ autoClose: false, highWaterMark: READ_CHUNK_BYTES }), maxSizeBytes);
  } catch (err) {
    throw err instanceof InputError ? err : readError(file, err);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

async function collect(file: string, stream: AsyncIterable<Buffer | string>, maxSizeBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > maxSizeBytes) throw tooLarge(file, maxSizeBytes);
    chunks.push(bytes);
  }
  // One copy into a plain Uint8Array (pdf.js refuses a Buffer), not a Buffer.concat copied again.
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

function readError(file: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError('file-not-found', 'no such file; check the path', file);
  if (code === 'EISDIR') return new InputError('is-a-directory', 'this is a directory; give a file, or use `packtool batch` for a folder', file);
  if (code === 'EACCES') return new InputError('permission-denied', 'the file cannot be read (permission denied)', file);
  return new InputError('unreadable', `the file cannot be read (${code ?? String(err)})`, file);
}
