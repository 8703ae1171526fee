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
import { open, type FileHandle } from 'node:fs/promises';

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
export function readStamp(outPath: string): Promise<OutputStamp | null> {
  return readOutput(outPath, async (handle, size) => {
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
  });
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

/** What an output says about its warnings: how many, and how many of each code. */
export interface OutputWarnings {
  count: number;
  codes: Record<string, number>;
}

/** How far back from the end of an output to look for its warnings block, in steps of this size. */
const TAIL_STEP = 64 * 1024;

/**
 * The start of the warnings block, exactly as our writers put it: `warnings` is the Pack's last
 * key, at the top level (YAML: no indentation; JSON: two spaces). Text inside a record can never
 * start a line at that indentation (YAML indents block scalars deeper; JSON escapes line breaks).
 */
const WARNINGS_START = { yaml: '\nwarnings:', json: '\n  "warnings": [' };

/**
 * The warnings of an existing output, read from its end (where they are) without reading the
 * records before them: a resumed input keeps the warning counts of the run that made it.
 * Null when the block cannot be found or read.
 */
export function readOutputWarnings(outPath: string): Promise<OutputWarnings | null> {
  return readOutput(outPath, async (handle, size) => {
    const first = Buffer.alloc(1);
    await handle.read(first, 0, 1, 0);
    const json = first[0] === 0x7b; // '{'
    const marker = json ? WARNINGS_START.json : WARNINGS_START.yaml;
    for (let length = Math.min(size, TAIL_STEP); ; length = Math.min(size, length * 2)) {
      const tail = Buffer.alloc(length);
      await handle.read(tail, 0, length, size - length);
      const text = tail.toString('utf8');
      const at = text.lastIndexOf(marker);
      if (at >= 0) return summariseWarnings(json ? JSON.parse(`{${text.slice(at + 1)}`).warnings : (await yamlParser())(text.slice(at + 1)).warnings);
      if (length === size) return null;
    }
  });
}

/**
 * The YAML parser, loaded when an output is first resumed: a run that redoes every input
 * (`--force`, a first run) never needs it, and loading it is 40 ms of the run's start.
 */
async function yamlParser(): Promise<(text: string) => { warnings: Array<{ code: string }> }> {
  return (await import('yaml')).parse;
}

/** Open an output and read from it; null when it cannot be opened or read (no output, or not one of ours). */
async function readOutput<T>(outPath: string, read: (handle: FileHandle, size: number) => Promise<T | null>): Promise<T | null> {
  let handle: FileHandle;
  try {
    handle = await open(outPath, 'r');
  } catch {
    return null;
  }
  try {
    return await read(handle, (await handle.stat()).size);
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/** Count warnings by code, codes in alphabetical order so that reports compare equal. */
export function summariseWarnings(warnings: ReadonlyArray<{ code: string }>): OutputWarnings {
  const counts = new Map<string, number>();
  for (const w of warnings) counts.set(w.code, (counts.get(w.code) ?? 0) + 1);
  const codes = Object.fromEntries([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
  return { count: warnings.length, codes };
}
