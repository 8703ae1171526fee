/**
 * The command line: declares commands and flags, and maps errors to exit codes in one place.
 * Commands are plain async functions in ./commands, loaded only when called, so that
 * `packtool --version` does not pay for pdf.js.
 */
import { Command, CommanderError, Option } from 'commander';
import { escapeControls } from '../control-chars.js';
import { ExitError, failureOf, InputError, OutputError, UsageError } from '../errors.js';
import { DEFAULT_TIMEOUT_SECONDS } from '../limits/limits.js';
import { VERSION } from '../version.js';
import { SELECTIONS } from '../write/tables.js';
import { writeFailure } from '../write-failure.js';
import { registerBatch } from './batch.js';
import { registerDb } from './db.js';
import { registerDiff } from './diff.js';
import { addLimitOptions } from './options.js';

export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/**
 * The examples each --help ends with. tests/cli/help-examples.test.ts runs every one of them,
 * in order, in a folder holding the sample pack as pack.pdf.
 */
export const HELP_EXAMPLES = {
  packtool: [
    'packtool extract pack.pdf > pack.yaml',
    'packtool validate pack.yaml',
    'packtool layout pack.pdf | head -n 40',
    'packtool extract pack.pdf --select agenda --format csv > agenda.csv',
  ],
  validate: [
    'packtool extract pack.pdf --format json -o pack.json --quiet && packtool validate pack.json',
    'for f in out/*.yaml; do packtool validate "$f" || exit 1; done',
  ],
  schema: ['packtool schema > pack.schema.json', 'packtool schema --name diff > diff.schema.json'],
  layout: [
    'packtool layout pack.pdf > pack.layout.txt',
    "packtool layout pack.pdf | grep -n 'RESOLVED'",
    'packtool layout pack.pdf --geometry | head -n 20',
  ],
} as const;

function examples(lines: readonly string[]): string {
  return `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}

export function buildProgram(): Command {
  const program = new Command('packtool')
    .description('Turn council meeting packs (agendas, minutes, action trackers) into structured data.')
    .version(VERSION, '-V, --version')
    .option('--debug', 'show stack traces for errors')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `${examples(HELP_EXAMPLES.packtool)}\n\`packtool COMMAND --help\` shows each command's flags and examples.\n`)
    .exitOverride();

  const extract = program
    .command('extract')
    .description('extract agenda, minutes, votes and action rows from one pack (PDF, text, markdown or HTML; "-" reads stdin)')
    .argument('<file>', 'the pack to read')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['yaml', 'json', 'csv']).default('yaml'))
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .addOption(
      new Option('-s, --select <part>', 'output only one part of the Pack (needed for csv; resolutions, votes and attendance are csv tables)').choices(SELECTIONS),
    )
    .option('--bom', 'csv: start with a UTF-8 byte order mark, so that Excel reads the text as UTF-8 (see README)')
    .option('--strict', 'exit with code 1 when any warning was raised')
    .option('-q, --quiet', 'do not print warnings on standard error');
  addLimitOptions(extract, DEFAULT_TIMEOUT_SECONDS, 'its reading is stopped')
    .addHelpText(
      'after',
      '\nExamples:\n  packtool extract pack.pdf\n  packtool extract pack.pdf --format json -o pack.json\n  packtool extract pack.txt --select actions --format csv > actions.csv\n  packtool extract pack.pdf --select votes --format csv --bom -o votes.csv',
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
    .option('--geometry', 'show position, font size, bold and cells of each line')
    .addHelpText('after', examples(HELP_EXAMPLES.layout));
  addLimitOptions(layout, DEFAULT_TIMEOUT_SECONDS, 'its reading is stopped')
    .action(async (file: string, opts) => {
      const { layoutCommand } = await import('./commands/layout.js');
      await layoutCommand(file, opts);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output')
    .addOption(new Option('--name <name>', 'which schema').choices(['pack', 'diff']).default('pack'))
    .addHelpText('after', examples(HELP_EXAMPLES.schema))
    .action(async (opts) => {
      const { schemaCommand } = await import('./commands/schema.js');
      schemaCommand(opts);
    });

  program
    .command('validate')
    .description('check that a YAML or JSON file written by packtool extract matches the output contract')
    .argument('<file>', 'the YAML or JSON file ("-" reads stdin)')
    .addHelpText('after', examples(HELP_EXAMPLES.validate))
    .action(async (file: string) => {
      const { validateCommand } = await import('./commands/validate.js');
      await validateCommand(file);
    });

  registerBatch(program);
  registerDiff(program);
  registerDb(program);
  return program;
}

/** Run the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  // A reader that stops early (`packtool extract x.pdf | head`) is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT.ok);
    // Standard output sent to a full disk (`> /dev/full`) or a closed device: one line, not a trace.
    process.exit(reportError(writeFailure(err, 'standard output'), debug));
  });
  const program = buildProgram();
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
  if (err instanceof OutputError) {
    say(`packtool: ${err.path}: ${err.message} [${err.code}]`);
    return EXIT.failure;
  }
  // A fatal message on a file's context (InputError) or a bug: exit code 1 either way.
  const failure = failureOf(err);
  if (err instanceof InputError) say(`packtool: ${err.file}: ${failure.message} [${failure.code}]`);
  else say(`packtool: ${failure.message}`, ...(debug ? [] : ['Run with --debug for details.']));
  if (debug && err instanceof Error && err.stack) process.stderr.write(err.stack + '\n');
  return EXIT.failure;
}
