/**
 * The command-line side of `packtool batch`: run, print the summary, choose the exit code;
 * and `--merge-reports`, which joins the reports of shards run on separate machines.
 */
import { ExitError, OutputError, UsageError } from '../errors.js';
import { formatDuration, summaryLine, type ProgressMode } from './progress.js';
import { mergeReports, writeReport } from './report.js';
import { runBatch, type BatchOptions } from './run.js';

/**
 * Exit code of a run that stopped before doing every input (its output folder is full, cannot be
 * written, or is in use by another run). Not 1: a scheduler running shards counts 1 as "done, with
 * failures in the report", and this run is not done; another code makes it retry, which resumes.
 */
export const EXIT_STOPPED = 3;

export async function batchCommand(inputs: string[], options: BatchOptions, quiet: boolean): Promise<void> {
  let result;
  try {
    result = await runBatch(inputs, options);
  } catch (err) {
    if (err instanceof OutputError) throw stoppedBy(err);
    throw err;
  }
  const { summary, reportPath, stopped } = result;
  process.stderr.write(`${summaryLine(summary)}\n`);
  if (stopped) {
    const report = reportPath ? `see ${reportPath}` : 'no report could be written';
    throw new ExitError(EXIT_STOPPED, `${stopped.path}: ${stopped.message} [${stopped.code}]; stopped after ${summary.inputs} inputs (${report}); outputs already written are complete: make room and run the same command again to resume`);
  }
  if (!quiet && summary.inputs === 0) {
    const where = options.shard ? ` in shard ${options.shard.index}/${options.shard.count}` : '';
    process.stderr.write(`packtool batch: no PDF, text, markdown or HTML inputs were found${where}\n`);
  }
  if (summary.failed > 0) throw new ExitError(1, `${summary.failed} input(s) failed; see ${reportPath}`);
}

function stoppedBy(err: OutputError): ExitError {
  return new ExitError(EXIT_STOPPED, `${err.path}: ${err.message} [${err.code}]`);
}

export async function mergeReportsCommand(reports: string[], output: string | undefined): Promise<void> {
  if (!output) throw new UsageError('--merge-reports needs -o FILE for the merged report');
  const merged = await mergeReports(reports);
  await writeReport(output, { packtool_batch: merged.packtool_batch, shard: null, format: merged.format, stopped: null, summary: merged.summary }, merged.inputs);
  const s = merged.summary;
  process.stderr.write(`packtool batch: merged ${reports.length} reports: ${s.inputs} inputs, ${s.ok} ok, ${s.skipped} skipped, ${s.failed} failed (${formatDuration(s.seconds)} of work)\n`);
  if (s.failed > 0) throw new ExitError(1, `${s.failed} input(s) failed; see ${output}`);
}

/** Bar on a terminal, log lines in a pipe or CI, nothing when quiet. */
export function progressMode(quiet: boolean, stream: NodeJS.WriteStream = process.stderr): ProgressMode {
  if (quiet) return 'none';
  return stream.isTTY ? 'bar' : 'log';
}
