/**
 * The fuzz worker thread: runs the cases the parent posts, one at a time. Living in a worker
 * lets the parent end a case that never returns (pdf.js parses synchronously, so nothing in
 * the same thread could interrupt it) and cap the heap a case may use.
 */
import { parentPort } from 'node:worker_threads';
import { runCaseInProcess, type FuzzCase } from './case.js';

interface Request {
  c: FuzzCase;
  deadline: number;
}

parentPort?.on('message', async ({ c, deadline }: Request) => {
  const result = await runCaseInProcess(c, deadline);
  parentPort?.postMessage(result);
});
