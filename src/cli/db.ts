import { type Command, Option } from 'commander';

/**
 * History formats, spelled out here so that help does not load SQLite; tests/db/history.test.ts
 * checks they match HISTORY_FORMATS.
 */
export const HISTORY_FORMAT_CHOICES = ['text', 'markdown', 'csv', 'json'];

/** Declares `packtool db build`, `packtool db merge` and `packtool history` (the work is in src/db and src/history). */
export function registerDb(program: Command): void {
  const db = program.command('db').description('build and merge SQLite databases of an archive (see docs/database.md)');
  db.command('build')
    .description('write the outputs in DIR (a batch\'s OUTDIR) into an SQLite database; outputs it already holds are passed over')
    .argument('<dir>', 'the folder of YAML/JSON outputs')
    .requiredOption('--db <file>', 'the database to create or bring up to date')
    .addHelpText('after', '\nExample:\n  packtool db build out/ --db archive.sqlite')
    .action(async (dir: string, flags: { db: string }) => {
      const { dbBuildCommand } = await import('../db/command.js');
      await dbBuildCommand(dir, flags.db);
    });
  db.command('merge')
    .description('join the databases of shards (or of separate runs) into one; a pack in several keeps the last one\'s rows')
    .argument('<databases...>', 'databases written by `batch --db` or `db build`')
    .requiredOption('--db <file>', 'the database to merge into')
    .addHelpText('after', '\nExample:\n  packtool db merge shard-*.sqlite --db archive.sqlite')
    .action(async (sources: string[], flags: { db: string }) => {
      const { dbMergeCommand } = await import('../db/command.js');
      dbMergeCommand(sources, flags.db);
    });

  program
    .command('history')
    .description('how each action of one committee moved from tracker to tracker: first seen, last seen, its status at every meeting')
    .argument('<archive>', 'a batch\'s OUTDIR, or a database made with --db or `db build`')
    .requiredOption('-c, --committee <name>', 'the committee (its name, or a part of it that names one committee)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(HISTORY_FORMAT_CHOICES).default('text'))
    .addHelpText('after', '\nExamples:\n  packtool history out/ --committee "Education, Children"\n  packtool history archive.sqlite -c "Audit Committee" --format csv > history.csv')
    .action(async (archive: string, flags: { committee: string; format: 'text' | 'markdown' | 'csv' | 'json' }) => {
      const { historyCommand } = await import('../history/command.js');
      await historyCommand(archive, flags);
    });
}
