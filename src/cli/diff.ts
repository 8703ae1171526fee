import { type Command, Option } from 'commander';
import { ExitError } from '../errors.js';

/** Kept in step with DIFF_KINDS / DIFF_FORMATS in src/diff (not imported: the CLI must not load the engine to show help). */
const KINDS = 'added,removed,retired,status,changed';

/** Declares `packtool diff` (flags only; the work is in src/diff, loaded when called). */
export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description(
      'show what changed between two versions of an action tracker: rows added, removed (gone without being marked done), ' +
        'retired (closed, then gone) and changed (status, update, lead, due date, wording). ' +
        'Each side is a pack (PDF, text, markdown, HTML) or the YAML/JSON that `packtool extract` wrote. ' +
        'Exit code 0: no differences, 1: differences, 2: trouble.',
    )
    .argument('<old>', 'the earlier version')
    .argument('<new>', 'the later version')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json', 'markdown']).default('text'))
    .option('--fail-on <kinds>', `which differences give exit code 1, comma-separated: ${KINDS} (status: a status changed), or none`, KINDS)
    .addHelpText(
      'after',
      '\nExamples:\n  packtool diff tracker-2024-10.pdf tracker-2024-12.pdf\n  packtool diff old.yaml new.pdf --format markdown >> "$GITHUB_STEP_SUMMARY"\n  packtool diff old.yaml new.yaml --fail-on removed --format json',
    )
    .action(async (oldFile: string, newFile: string, opts: { format: 'text' | 'json' | 'markdown'; failOn: string }) => {
      const { parseFailOn } = await import('../diff/fail-on.js');
      const { runDiff, wantsColor } = await import('../diff/command.js');
      const failOn = parseFailOn(opts.failOn);
      const outcome = await runDiff(oldFile, newFile, { format: opts.format, failOn, color: wantsColor(process.stdout, process.env) });
      process.stdout.write(outcome.text);
      // Like diff(1): differences are not an error, so nothing more is printed.
      if (outcome.exitCode !== 0) throw new ExitError(outcome.exitCode);
    });
}
