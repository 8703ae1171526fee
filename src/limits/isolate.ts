/**
 * Read one file in a child process held to the Limits: killed when its resident memory passes
 * --max-memory or when --timeout runs out, whatever it is doing (pdf.js inflating a stream,
 * cheerio building a deep tree, a read blocked on a FIFO that nobody writes to). The command
 * (extract, layout) gets the result back, or the one InputError for the limit that was hit.
 *
 * A thread could not do this: the memory pdf.js takes is outside V8's heap and shared with
 * the whole process, and a thread blocked in a file read cannot be stopped.
 */
import { fork } from 'node:child_process';
import { compiledModule } from '../compiled.js';
import { InputError } from '../errors.js';
import { killedBySystem, type Limits, memoryLimit, timedOut } from './limits.js';
import { diedOfHeap, heapLimitMb, watchMemory } from './memory.js';
import type { ReadAnswer, ReadJob, ReadValues } from './reader.js';

/** How much of the child's stderr is kept: enough to recognise V8's out-of-memory report. */
const STDERR_TAIL_CHARS = 4096;

/** `onPage` hears of each page as the child reads it (for page progress). */
export async function readInChild<K extends keyof ReadValues>(
  kind: K,
  file: string,
  limits: Limits,
  onPage?: (page: number, of: number) => void,
): Promise<ReadValues[K]> {
  const job: ReadJob = { kind, file, maxPages: limits.maxPages, maxSizeBytes: limits.maxSizeBytes, progress: Boolean(onPage) };
  const child = fork(compiledModule('./reader.js', import.meta.url), [], {
    execArgv: [`--max-old-space-size=${heapLimitMb(limits.maxMemoryBytes)}`],
    // Standard input is the child's to read when the input is "-"; its stdout is never used.
    stdio: [file === '-' ? 'inherit' : 'ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'advanced',
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_TAIL_CHARS);
  });

  return new Promise((resolve, reject) => {
    let stoppedFor: InputError | null = null;
    const stop = (why: InputError) => {
      stoppedFor ??= why;
      child.kill('SIGKILL');
    };
    const stopWatching = watchMemory(child.pid ?? -1, limits.maxMemoryBytes, () => stop(memoryLimit(file, limits.maxMemoryBytes)));
    const timer = setTimeout(() => stop(timedOut(file, limits.timeoutSeconds)), limits.timeoutSeconds * 1000);
    let answer: ReadAnswer | null = null;
    child.on('message', (m: ReadAnswer) => {
      if (m.type === 'page') onPage?.(m.page, m.of);
      else answer = m;
    });
    child.on('error', reject);
    // Settle once the child is gone and its channels are closed, not on the message: nothing it
    // holds lingers, and every message it sent has arrived. An answer that came before a limit
    // was passed (in the child's last moments) is still the answer.
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      stopWatching();
      const a = answer as ReadAnswer | null;
      if (a?.type === 'done') resolve(a.value as ReadValues[K]);
      else if (a?.type === 'input-error') reject(new InputError(a.code, a.message, file));
      else if (a?.type === 'error') reject(Object.assign(new Error(a.message), { stack: a.stack }));
      else if (stoppedFor) reject(stoppedFor);
      else if (diedOfHeap(stderr)) reject(memoryLimit(file, limits.maxMemoryBytes));
      else if (signal === 'SIGKILL') reject(killedBySystem(file));
      else reject(new Error(`the process reading the file ${signal ? `was killed by ${signal}` : `exited with code ${code}`}${stderr.trim() ? `: ${stderr.trim().split('\n').slice(-2).join(' | ')}` : ''}`));
    });
    // A child killed before it takes the job (out of memory at start-up) fails this send with
    // EPIPE; its exit, just after, says why. The callback keeps the send's error off 'error'.
    child.send(job, () => undefined);
  });
}
