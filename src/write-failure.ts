/**
 * The file system's refusals to write, said in the user's words. Writing an output fails for
 * reasons the user can fix (space, permissions, a file where a folder should be, a name too long);
 * each becomes an OutputError with one line saying so, never "internal error".
 */
import { OutputError } from './errors.js';

/** Error numbers that mean the disk is full: the rest of a run would fail the same way. */
const FULL = new Set(['ENOSPC', 'EDQUOT']);

/** What each refusal means, for the message. */
const REASONS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'a file is in the way of a folder',
  EISDIR: 'a folder is in the way',
  ENOENT: 'a folder in the path does not exist',
  ENAMETOOLONG: 'a name is longer than the file system allows (usually 255 bytes)',
  EFBIG: 'the file is larger than the file system allows',
  EIO: 'an input/output error on the device',
  EMFILE: 'too many open files',
};

/** The OutputError for a failed write to `target`, or the error itself when it is not a refusal we know (a bug). */
export function writeFailure(err: unknown, target: string): unknown {
  if (err instanceof OutputError) return err;
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (!code || !(code in REASONS)) return err;
  const kind = FULL.has(code) ? 'disk-full' : code === 'ENAMETOOLONG' ? 'name-too-long' : 'cannot-write';
  return new OutputError(kind, `cannot write: ${REASONS[code]} (${code})`, target);
}

/** True for a failure that every later write to the same disk will share. */
export function isDiskFull(code: string | undefined): boolean {
  return code === 'disk-full';
}
