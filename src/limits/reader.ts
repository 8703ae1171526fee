/**
 * The child process readInChild starts: it reads one file (extract's Pack, or the layout the
 * `layout` command prints), sends the result back and exits. It does no I/O of its own besides
 * reading the input: the command writes outputs and messages.
 */
import { InputError } from '../errors.js';
import { extractFile } from '../extract.js';
import { Context, type Warning } from '../context.js';
import { layoutOf } from '../layout-of.js';
import type { Layout } from '../layout/types.js';
import { readInput } from '../read-input.js';
import { reviewFile } from '../review/review-file.js';
import type { Pack } from '../schema/pack.js';
import { STOPPED_FROM_OUTSIDE } from './limits.js';

/** What each kind of read sends back. */
export interface ReadValues {
  extract: Pack;
  /** The layout and the warnings its read raised (garbled pages, a truncated PDF…), which the command prints. */
  layout: { layout: Layout; warnings: Warning[] };
  /** The review page and the Pack's warnings. */
  review: { html: Uint8Array; warnings: Warning[] };
}

export interface ReadJob {
  kind: keyof ReadValues;
  file: string;
  maxPages: number;
  maxSizeBytes: number;
  /** Send a `page` message as each page is read (extract's page progress on a terminal). */
  progress?: boolean;
}

export type ReadAnswer =
  | { type: 'done'; kind: 'extract'; value: Pack }
  | { type: 'done'; kind: 'layout'; value: ReadValues['layout'] }
  | { type: 'done'; kind: 'review'; value: ReadValues['review'] }
  | { type: 'page'; page: number; of: number }
  | { type: 'input-error'; code: string; message: string }
  | { type: 'error'; message: string; stack: string };

async function read(job: ReadJob): Promise<ReadAnswer> {
  const onPage = job.progress ? (page: number, of: number) => void process.send?.({ type: 'page', page, of } satisfies ReadAnswer) : undefined;
  const options = { maxPages: job.maxPages, maxSizeBytes: job.maxSizeBytes, ...STOPPED_FROM_OUTSIDE, onPage };
  if (job.kind === 'extract') return { type: 'done', kind: 'extract', value: (await extractFile(job.file, options)).pack };
  if (job.kind === 'review') {
    const { result, html } = await reviewFile(job.file, options);
    return { type: 'done', kind: 'review', value: { html, warnings: result.pack.warnings } };
  }
  const bytes = await readInput(job.file, job.maxSizeBytes);
  const ctx = new Context(job.file);
  const layout = await layoutOf(bytes, ctx, options);
  return { type: 'done', kind: 'layout', value: { layout, warnings: ctx.warnings } };
}

async function answer(job: ReadJob): Promise<ReadAnswer> {
  try {
    return await read(job);
  } catch (err) {
    if (err instanceof InputError) return { type: 'input-error', code: err.code, message: err.message };
    return { type: 'error', message: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? (err.stack ?? '') : '' };
  }
}

if (process.send) {
  process.once('message', (job: ReadJob) => {
    void answer(job).then((a) => process.send?.(a, () => process.exit(0)));
  });
  // The command was stopped (even by SIGKILL): nobody wants this read any more.
  process.on('disconnect', () => process.exit(0));
}
