import { type Command, Option } from 'commander';
import { ExitError } from '../errors.js';

/**
 * The --fail-on kinds and report formats, spelled out here because the CLI must not load the
 * engine just to show help; tests/diff/cli.test.ts checks they match DIFF_KINDS and DIFF_FORMATS.
 */
export const DIFF_KIND_LIST = 'added,removed,retired,status,changed';
export const DIFF_FORMAT_CHOICES = ['text', 'json', 'markdown'];

/** Declares `packtool diff` (flags only; the work is in src/diff, loaded when called). */
export function registerDiff(program: Command): void {
  program
    .command('diff')
    .summary('show what changed between two versions of an action tracker (for people and CI)')
    .description(
      'show what changed between two versions of an action tracker: rows added, removed (gone without being marked done), ' +
        'retired (closed, then gone) and changed (status, update, lead, due date, wording). ' +
        'Each side is a pack (PDF, text, markdown, HTML) or the YAML/JSON that `packtool extract` wrote. ' +
        'Exit code 0: no differences, 1: differences, 2: trouble.',
    )
    .argument('<old>', 'the earlier version')
    .argument('<new>', 'the later version')
    .addOption(new Option('-f, --format <format>', 'report format').choices(DIFF_FORMAT_CHOICES).default('text'))
    .addOption(
      new Option('--fail-on <kinds>', 'which differences give exit code 1: comma-separated added, removed, retired, status (a status moved), changed; or none')
        .default(DIFF_KIND_LIST, 'all'),
    )
    .addHelpText(
      'after',
      '\nExamples:\n  packtool diff tracker-2024-10.pdf tracker-2024-12.pdf\n  packtool diff old.yaml new.pdf --format markdown >> "$GITHUB_STEP_SUMMARY"\n  packtool diff old.yaml new.yaml --fail-on removed --format json',
    )
    .action(async (oldFile: string, newFile: string, opts: { format: 'text' | 'json' | 'markdown'; failOn: string }) => {
      const { parseFailOn } = await import('../diff/fail-on.js');
      const [{ runDiff }, { colorLevel }] = await Promise.all([import('../diff/command.js'), import('./color.js')]);
      const failOn = parseFailOn(opts.failOn);
      const outcome = await runDiff(oldFile, newFile, { format: opts.format, failOn, color: colorLevel('stdout') > 0 });
      process.stdout.write(outcome.text);
      // Like diff(1): differences are not an error, so nothing more is printed.
      if (outcome.exitCode !== 0) throw new ExitError(outcome.exitCode);
    });
}
