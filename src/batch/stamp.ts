/**
 * Resume: is an existing output already the result of these input bytes and this format?
 *
 * Every Pack starts with `packtool: <format version>` and a `source` block holding the input's
 * sha256 and page count, and we write YAML and JSON ourselves, so the first few kilobytes of an
 * output say what it was made from: no sidecar file to keep in step, no need to parse a large
 * output. Outputs are renamed into place only once complete, so one that exists is whole.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * How much of an output to read for its stamp. The header holds `source.file`, a relative path;
 * paths are at most 4096 bytes on Linux, so 16 KiB always reaches past `sha256` and `pages`.
 */
const STAMP_BYTES = 16 * 1024;

export interface OutputStamp {
  formatVersion: number;
  sha256: string;
  pages: number | null;
}

/**
 * The header lines, exactly as our writers indent them (`packtool` at the top level, `sha256`
 * and `pages` one level down in `source`). Exact indentation matters: a YAML block scalar, e.g. a
 * file name with a line break in it, is indented deeper, so it can never pass for one of these.
 */
const HEADER = {
  yaml: { version: /^packtool: (\d+)$/m, sha256: /^ {2}sha256: ([0-9a-f]{64})$/m, pages: /^ {2}pages: (\d+|null)$/m },
  json: { version: /^ {2}"packtool": (\d+),$/m, sha256: /^ {4}"sha256": "([0-9a-f]{64})",?$/m, pages: /^ {4}"pages": (\d+|null),?$/m },
};

/** The stamp of an existing output, or null if there is none or it does not look like one of ours. */
export async function readStamp(outPath: string): Promise<OutputStamp | null> {
  let handle;
  try {
    handle = await open(outPath, 'r');
  } catch {
    return null;
  }
  try {
    const { size } = await handle.stat();
    if (size === 0) return null;
    // Both writers end with a newline: a file that does not was cut short by something other than us.
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    if (last[0] !== 0x0a) return null;
    const head = Buffer.alloc(Math.min(size, STAMP_BYTES));
    await handle.read(head, 0, head.length, 0);
    const text = head.toString('utf8');
    const lines = text.startsWith('{') ? HEADER.json : HEADER.yaml;
    const version = lines.version.exec(text);
    const sha = lines.sha256.exec(text);
    if (!version || !sha) return null;
    const pages = lines.pages.exec(text);
    return {
      formatVersion: Number(version[1]),
      sha256: sha[1],
      pages: pages && pages[1] !== 'null' ? Number(pages[1]) : null,
    };
  } finally {
    await handle.close();
  }
}

/** sha256 of a file, streamed so a large PDF is never held in memory for it. */
export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')));
  });
}
