/**
 * Runs fuzz cases in a worker thread, so that a case which never returns can be stopped
 * (Worker.terminate interrupts even a synchronous loop) and a case's heap can be capped.
 * Needs the compiled worker (dist/fuzz/worker.js): the command line uses it, the test suite
 * runs cases in process.
 */
import { Worker } from 'node:worker_threads';
import type { CaseResult, FuzzCase } from './case.js';
import type { Executor } from './engine.js';

/**
 * The heap one case may use. Reading a 16 MB mutated text needs a few hundred MB; a case that
 * needs more than 2 GB has memory growing without bound, and is stopped and reported.
 */
export const CASE_HEAP_LIMIT_MB = 2048;

/** `script` is the compiled worker script; by default the one beside this module (in dist/fuzz). */
export function workerExecutor(script: URL = new URL('./worker.js', import.meta.url)): Executor {
  let worker: Worker | null = null;
  const start = (): Worker => {
    worker = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: CASE_HEAP_LIMIT_MB } });
    worker.unref();
    return worker;
  };
  const stop = async (): Promise<void> => {
    const w = worker;
    worker = null;
    if (w) await w.terminate();
  };
  return {
    run(c: FuzzCase, deadline: number, hangAt: number): Promise<CaseResult> {
      const w = worker ?? start();
      return new Promise<CaseResult>((resolve) => {
        const finish = (result: CaseResult, restart: boolean) => {
          clearTimeout(timer);
          w.off('message', onMessage);
          w.off('error', onError);
          w.off('exit', onExit);
          if (restart) void stop().then(() => resolve(result));
          else resolve(result);
        };
        const onMessage = (result: CaseResult) => finish(result, false);
        const onError = (err: Error & { code?: string }) =>
          finish(
            err.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? { failure: 'memory', detail: `the case needed more than ${CASE_HEAP_LIMIT_MB} MB of heap` }
              : { failure: 'crash', detail: err.stack ?? err.message },
            true,
          );
        const onExit = (code: number) => finish({ failure: 'crash', detail: `the worker exited with code ${code}` }, true);
        const timer = setTimeout(
          () => finish({ failure: 'hang', detail: `no answer ${Math.round((hangAt - deadline) / 1000)} s after the time limit; the case was stopped` }, true),
          Math.max(0, hangAt - Date.now()),
        );
        w.on('message', onMessage);
        w.on('error', onError);
        w.on('exit', onExit);
        w.postMessage({ c, deadline });
      });
    },
    close: stop,
  };
}
