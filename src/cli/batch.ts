import { availableParallelism } from 'node:os';
import { Command, Option } from 'commander';
import { UsageError } from '../errors.js';
import { addLimitOptions, limitsOf, positiveInt, type LimitFlags } from './options.js';

/** Per-file limit: long enough for a 250-page assembled pack on a slow machine, short enough to notice a hang. */
const DEFAULT_TIMEOUT_SECONDS = 120;
/** Replace each worker after this many files, so caches that grow per document stay bounded. */
const DEFAULT_RECYCLE_AFTER = 200;

interface BatchFlags extends LimitFlags {
  output?: string;
  format: 'yaml' | 'json';
  jobs: number;
  force?: boolean;
  shard?: string;
  quiet?: boolean;
  mergeReports?: boolean;
  recycleAfter: number;
  workers: 'process' | 'thread';
  review?: boolean;
}

/** Declares `packtool batch` (flags only; the work is in src/batch, loaded when called). */
export function registerBatch(program: Command): void {
  const batch = program
    .command('batch')
    .description('convert many packs (files, folders, globs) into OUTDIR in parallel; resumable, shardable')
    .argument('<inputs...>', 'PDF, text, markdown or HTML files, folders (searched recursively) or quoted globs')
    .option('-o, --output <dir>', 'folder for the outputs (mirrors the inputs\' relative paths); with --merge-reports, the merged report file')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['yaml', 'json']).default('yaml'))
    .addOption(new Option('-j, --jobs <n>', 'files converted at once').argParser(positiveInt('--jobs')).default(availableParallelism(), 'the available cores'))
    .option('--force', 'redo every input, even those whose output is up to date')
    .option('--shard <k/n>', 'take only shard K of N (1-based) of the inputs, by a stable hash of each relative path')
    .option('-q, --quiet', 'no progress output (the summary line is still printed)')
    .option('--review', 'also write each input\'s review page (see `packtool review`) beside its output, as NAME.review.html')
    .option('--merge-reports', 'treat the inputs as shard reports (packtool-batch*.json) and merge them into -o FILE')
    .option('--recycle-after <n>', 'replace each worker after this many files', positiveInt('--recycle-after'), DEFAULT_RECYCLE_AFTER)
    .addOption(new Option('--workers <kind>', 'run workers as child processes or threads').choices(['process', 'thread']).default('process'));
  addLimitOptions(batch, DEFAULT_TIMEOUT_SECONDS, 'its worker is stopped')
    .addHelpText(
      'after',
      '\nExamples:\n  packtool batch archive/ -o out/\n  packtool batch \'archive/**/*.pdf\' -o out/ --format json --jobs 4\n  packtool batch archive/ -o out/ --shard 2/8\n  packtool batch --merge-reports out/packtool-batch-shard-*.json -o report.json\n\nA run that is stopped (even killed) resumes when started again with the same command.\nSee docs/batch.md.',
    )
    .action(async (inputs: string[], flags: BatchFlags) => {
      if (flags.mergeReports) {
        const { mergeReportsCommand } = await import('../batch/command.js');
        return mergeReportsCommand(inputs, flags.output);
      }
      if (!flags.output) throw new UsageError('batch needs -o OUTDIR, the folder to write the outputs to');
      const [{ batchCommand, progressMode }, { parseShard }] = await Promise.all([import('../batch/command.js'), import('../batch/shard.js')]);
      await batchCommand(
        inputs,
        {
          output: flags.output,
          format: flags.format,
          jobs: flags.jobs,
          limits: limitsOf(flags),
          force: Boolean(flags.force),
          shard: flags.shard ? parseShard(flags.shard) : undefined,
          recycleAfter: flags.recycleAfter,
          workers: flags.workers,
          progress: progressMode(Boolean(flags.quiet)),
          review: Boolean(flags.review),
        },
        Boolean(flags.quiet),
      );
    });
}
