/**
 * The command line: declares commands and flags, and maps errors to exit codes in one place.
 * Commands are plain async functions in ./commands, loaded only when called, so that
 * `packtool --version` does not pay for pdf.js.
 */
import { Command, CommanderError, Option } from 'commander';
import { escapeControls } from '../control-chars.js';
import { ExitError, failureOf, InputError, UsageError } from '../errors.js';
import { VERSION } from '../version.js';
import { registerBatch } from './batch.js';
import { registerDiff } from './diff.js';
import { DEFAULT_TIMEOUT_SECONDS } from '../limits/limits.js';
import { addLimitOptions } from './options.js';

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

export function buildProgram(): Command {
  const program = new Command('packtool')
    .description('Turn council meeting packs (agendas, minutes, action trackers) into structured data.')
    .version(VERSION, '-V, --version')
    .option('--debug', 'show stack traces for errors')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  const extract = program
    .command('extract')
    .description('extract agenda, minutes, votes and action rows from one pack (PDF, text, markdown or HTML; "-" reads stdin)')
    .argument('<file>', 'the pack to read')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['yaml', 'json', 'csv']).default('yaml'))
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .addOption(
      new Option('-s, --select <field>', 'output only one part of the Pack (needed for csv)').choices([
        'meeting', 'agenda', 'documents', 'minutes', 'actions', 'programme', 'decisions', 'warnings',
      ]),
    )
    .option('--strict', 'exit with code 1 when any warning was raised')
    .option('-q, --quiet', 'do not print warnings on standard error');
  addLimitOptions(extract, DEFAULT_TIMEOUT_SECONDS, 'its reading is stopped')
    .addHelpText(
      'after',
      '\nExamples:\n  packtool extract pack.pdf\n  packtool extract pack.pdf --format json -o pack.json\n  packtool extract pack.txt --select actions --format csv > actions.csv',
    )
    .action(async (file: string, opts) => {
      const { extractCommand } = await import('./commands/extract.js');
      await extractCommand(file, opts);
    });

  const review = program
    .command('review')
    .description('write one offline HTML page showing the pack\'s pages beside every record read from them, to check an extraction by eye')
    .argument('<file>', 'the pack to read')
    .option('-o, --output <file>', 'write the page to this file (e.g. review.html) instead of standard output')
    .option('-q, --quiet', 'do not print warnings on standard error');
  addLimitOptions(review, DEFAULT_TIMEOUT_SECONDS, 'its reading is stopped')
    .addHelpText('after', '\nExamples:\n  packtool review pack.pdf -o review.html\n  packtool review minutes.txt > review.html\n\nThe page works offline from a file: pdf.js and the PDF are inside it. See docs/review.md.')
    .action(async (file: string, opts) => {
      const { reviewCommand } = await import('./commands/review.js');
      await reviewCommand(file, opts);
    });

  const layout = program
    .command('layout')
    .description('print the normalised lines of a pack with their page and line numbers (what `source` refers to)')
    .argument('<file>', 'the pack to read')
    .option('--geometry', 'show position, font size, bold and cells of each line');
  addLimitOptions(layout, DEFAULT_TIMEOUT_SECONDS, 'its reading is stopped')
    .action(async (file: string, opts) => {
      const { layoutCommand } = await import('./commands/layout.js');
      await layoutCommand(file, opts);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output')
    .addOption(new Option('--name <name>', 'which schema').choices(['pack', 'diff']).default('pack'))
    .action(async (opts) => {
      const { schemaCommand } = await import('./commands/schema.js');
      schemaCommand(opts);
    });

  program
    .command('validate')
    .description('check that a YAML or JSON file written by packtool extract matches the output contract')
    .argument('<file>', 'the YAML or JSON file')
    .action(async (file: string) => {
      const { validateCommand } = await import('./commands/validate.js');
      await validateCommand(file);
    });

  registerBatch(program);
  registerDiff(program);
  return program;
}

/** Run the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  // A reader that stops early (`packtool extract x.pdf | head`) is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT.ok);
    throw err;
  });
  const program = buildProgram();
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (err) {
    return reportError(err, debug);
  }
}

/** Lines to stderr, each with its control characters escaped: messages name files and quote their text. */
function say(...lines: string[]): void {
  process.stderr.write(lines.map((l) => escapeControls(l) + '\n').join(''));
}

function reportError(err: unknown, debug: boolean): number {
  if (err instanceof CommanderError) {
    // Commander has already printed its message (or the help/version text).
    return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (err instanceof ExitError) {
    if (err.message) say(`packtool: ${err.message}`);
    return err.exitCode;
  }
  if (err instanceof UsageError) {
    say(`packtool: ${err.message}`, '(run with --help for usage)');
    return EXIT.usage;
  }
  // A fatal message on a file's context (InputError) or a bug: exit code 1 either way.
  const failure = failureOf(err);
  if (err instanceof InputError) say(`packtool: ${err.file}: ${failure.message} [${failure.code}]`);
  else say(`packtool: ${failure.message}`, ...(debug ? [] : ['Run with --debug for details.']));
  if (debug && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
  return EXIT.failure;
}
