/**
 * The worker thread a PDF is read in (see readPdf in ./pdf.ts): reads the file it is given
 * and posts back progress, warnings, and the raw document or the error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { readPdfHere, type PdfWorkerInput, type PdfWorkerMessage } from './pdf.js';

const input = workerData as PdfWorkerInput;
const post = (m: PdfWorkerMessage) => parentPort?.postMessage(m);

try {
  const raw = await readPdfHere(input.data, {
    fonts: input.fonts,
    maxPages: input.maxPages,
    deadline: input.deadline,
    onPage: (page, of) => post({ type: 'page', page, of }),
    onWarning: input.collectWarnings ? (warning) => post({ type: 'warning', warning }) : undefined,
  });
  post({ type: 'done', raw });
} catch (err) {
  if (err instanceof InputError) post({ type: 'input-error', code: err.code, message: err.message });
  else post({ type: 'error', message: err instanceof Error ? err.message : String(err), stack: err instanceof Error ? (err.stack ?? '') : '' });
}
