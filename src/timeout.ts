import { InputError } from './errors.js';

/**
 * Give up on `work` after `seconds` with InputError `timeout`. A PDF read is also given a
 * deadline (pdf.js parses synchronously between awaits, so only the reader itself can stop
 * between pages); this timer covers everything else.
 */
export async function withTimeout<T>(work: Promise<T>, seconds: number, file: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new InputError('timeout', `gave up after ${seconds} s; raise --timeout if the file is just very large`, file)),
      seconds * 1000,
    );
    timer.unref();
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}
