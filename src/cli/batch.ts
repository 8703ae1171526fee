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
  format: 'yaml' | 'json' | 'csv';
  bom?: boolean;
  jobs: number;
  force?: boolean;
  shard?: string;
  quiet?: boolean;
  mergeReports?: boolean;
  recycleAfter: number;
  workers: 'process' | 'thread';
  db?: string;
  cache?: string;
  followSymlinks?: boolean;
  review?: boolean;
}

/** Declares `packtool batch` (flags only; the work is in src/batch, loaded when called). */
export function registerBatch(program: Command): void {
  const batch = program
    .command('batch')
    .description('convert many packs (files, folders, globs) into OUTDIR in parallel; resumable, shardable')
    .argument('<inputs...>', 'PDF, text, markdown or HTML files, folders (searched recursively) or quoted globs')
    .option('-o, --output <dir>', 'folder for the outputs (mirrors the inputs\' relative paths); with --merge-reports, the merged report file')
    .addOption(new Option('-f, --format <format>', 'output format; csv: JSON outputs plus archive-wide CSV files (packtool-actions.csv, packtool-votes.csv, …)').choices(['yaml', 'json', 'csv']).default('yaml'))
    .option('--bom', 'with --format csv: start the CSV files with a UTF-8 byte order mark, for Excel')
    .addOption(new Option('-j, --jobs <n>', 'files converted at once').argParser(positiveInt('--jobs')).default(availableParallelism(), 'the available cores'))
    .option('--force', 'redo every input, even those whose output is up to date')
    .option('--shard <k/n>', 'take only shard K of N (1-based) of the inputs, by a stable hash of each relative path')
    .option('-q, --quiet', 'no progress output (the summary line is still printed)')
    .option('--review', 'also write each input\'s review page (see `packtool review`) beside its output, as NAME.review.html')
    .option('--merge-reports', 'treat the inputs as shard reports (packtool-batch*.json) and merge them into -o FILE')
    .option('--recycle-after <n>', 'replace each worker after this many files', positiveInt('--recycle-after'), DEFAULT_RECYCLE_AFTER)
    .option('--cache <dir>', 'keep each input\'s layout here, so that re-running after a packtool upgrade that changed only the parsers skips reading PDFs again')
    .option('--db <file>', 'also record every input in this SQLite database as it finishes (see docs/database.md)')
    .option('--follow-symlinks', 'read links in input folders that lead outside the input folders (by default they are refused)')
    .addOption(new Option('--workers <kind>', 'run workers as child processes or threads').choices(['process', 'thread']).default('process'));
  addLimitOptions(batch, DEFAULT_TIMEOUT_SECONDS, 'its worker is stopped')
    .addHelpText(
      'after',
      '\nExamples:\n  packtool batch archive/ -o out/\n  packtool batch \'archive/**/*.pdf\' -o out/ --format json --jobs 4\n  packtool batch archive/ -o out/ --shard 2/8\n  packtool batch archive/ -o out/ --db archive.sqlite\n  packtool batch --merge-reports out/packtool-batch-shard-*.json -o report.json\n\nA run that is stopped (even killed) resumes when started again with the same command.\nSee docs/batch.md.',
    )
    .action(async (inputs: string[], flags: BatchFlags) => {
      if (flags.mergeReports) {
        const { mergeReportsCommand } = await import('../batch/command.js');
        return mergeReportsCommand(inputs, flags.output);
      }
      if (!flags.output) throw new UsageError('batch needs -o OUTDIR, the folder to write the outputs to');
      if (flags.bom && flags.format !== 'csv') throw new UsageError('--bom is for CSV output (--format csv)');
      const [{ batchCommand, progressMode }, { parseShard }] = await Promise.all([import('../batch/command.js'), import('../batch/shard.js')]);
      await batchCommand(
        inputs,
        {
          output: flags.output,
          // The per-input outputs stay whole Packs (JSON), so runs resume; the CSV files are made from them.
          format: flags.format === 'csv' ? 'json' : flags.format,
          tables: flags.format === 'csv',
          bom: Boolean(flags.bom),
          jobs: flags.jobs,
          limits: limitsOf(flags),
          force: Boolean(flags.force),
          shard: flags.shard ? parseShard(flags.shard) : undefined,
          recycleAfter: flags.recycleAfter,
          workers: flags.workers,
          followSymlinks: Boolean(flags.followSymlinks),
          progress: progressMode(Boolean(flags.quiet)),
          db: flags.db,
          cache: flags.cache,
          review: Boolean(flags.review),
        },
        Boolean(flags.quiet),
      );
    });
}
