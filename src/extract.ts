/**
 * The extract pipeline, one direction: source → layout → segment → parse → validate.
 * `extract` is a plain async function: the CLI, `batch` and `diff` all call it.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Context } from './context.js';
import { InputError } from './errors.js';
import { buildLayout } from './layout/build.js';
import type { Layout } from './layout/types.js';
import { parseFrontSheet } from './parse/frontsheet/index.js';
import { segmentPack } from './segment/index.js';
import type { Segment } from './segment/types.js';
import { FORMAT_VERSION, PackSchema, type Meeting, type Pack } from './schema/pack.js';
import { detectFormat, readSource, type SourceOptions } from './sources/index.js';

export interface ExtractOptions extends SourceOptions {
  /** Name to record as `source.file` (defaults to the path). */
  displayName?: string;
}

export interface ExtractResult {
  pack: Pack;
  layout: Layout;
  segments: Segment[];
}

const EMPTY_MEETING: Meeting = { body: null, committee: null, date: null, time: null, venue: null, source: { page: null, line: null } };

/** Read a file (or "-" for standard input) and extract its Pack. */
export async function extractFile(file: string, options: ExtractOptions = {}): Promise<ExtractResult> {
  const bytes = await readInput(file);
  return extractBytes(bytes, options.displayName ?? file, options);
}

export async function readInput(file: string): Promise<Uint8Array> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return new Uint8Array(Buffer.concat(chunks));
  }
  try {
    return new Uint8Array(await readFile(file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError('file-not-found', 'no such file; check the path');
    if (code === 'EISDIR') throw new InputError('is-a-directory', 'this is a directory; give a file, or use `packtool batch` for a folder');
    if (code === 'EACCES') throw new InputError('permission-denied', 'the file cannot be read (permission denied)');
    throw new InputError('unreadable', `the file cannot be read (${code ?? String(err)})`);
  }
}

export async function extractBytes(bytes: Uint8Array, name: string, options: SourceOptions = {}): Promise<ExtractResult> {
  const format = detectFormat(name, bytes);
  const ctx = new Context(name, format);
  // Hash first: pdf.js takes ownership of (detaches) the buffer it is given.
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const layout = buildLayout(await readSource(bytes, format, options));
  const segments = segmentPack(layout, ctx);

  const agendaSegment = segments.find((s) => s.kind === 'agenda');
  const front = agendaSegment ? parseFrontSheet(agendaSegment.lines, ctx).value : { meeting: null, agenda: [] };

  const pack: Pack = {
    packtool: FORMAT_VERSION,
    source: {
      file: name,
      sha256,
      format,
      pages: layout.pageCount,
    },
    meeting: front.meeting ?? EMPTY_MEETING,
    agenda: front.agenda,
    documents: [],
    minutes: [],
    actions: [],
    programme: [],
    decisions: [],
    warnings: ctx.warnings,
  };
  return { pack: validatePack(pack), layout, segments };
}

/** A Pack that does not match the contract is a bug in packtool, never the user's fault. */
export function validatePack(pack: Pack): Pack {
  const result = PackSchema.safeParse(pack);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  throw new Error(`internal error: the extracted data breaks the output contract at ${first.path.join('.')}: ${first.message}`);
}
