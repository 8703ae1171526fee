/**
 * Reading one side of a diff: a Pack already extracted (YAML or JSON written by
 * `packtool extract`, or just its `actions` list from `--select actions`), or any pack the
 * extractor reads (PDF, text, markdown, HTML). Every failure here is "trouble" (exit 2) and
 * says which side it is and what to do.
 */
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { z } from 'zod';
import { ExitError, failureOf, InputError } from '../errors.js';
import { ActionRowSchema, PackSchema, type ActionRow } from '../schema/pack.js';
import { EXIT_TROUBLE } from './fail-on.js';

export type SideLabel = 'OLD' | 'NEW';

/** Extensions read as extracted data rather than as a pack to extract. */
const EXTRACTED_DATA = /\.(ya?ml|json)$/i;

export async function loadActions(label: SideLabel, file: string): Promise<ActionRow[]> {
  const { rows, warnings } = EXTRACTED_DATA.test(file) ? await readExtracted(label, file) : await extractActions(label, file);
  if (rows.length === 0) {
    // Extraction warnings (no text layer, a table it could not read) often say why.
    const hint = warnings > 0 ? ` (\`packtool extract ${file}\` shows ${warnings} warning${warnings === 1 ? '' : 's'} that may say why)` : '';
    throw trouble(
      label,
      file,
      `no action-tracker rows found${hint}; give a pack that contains an action tracker, or the YAML/JSON that \`packtool extract\` wrote for one`,
    );
  }
  return rows;
}

interface Loaded {
  rows: ActionRow[];
  /** How many warnings the extraction recorded. */
  warnings: number;
}

async function readExtracted(label: SideLabel, file: string): Promise<Loaded> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw trouble(label, file, `cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)}); check the path`);
  }
  let data: unknown;
  try {
    data = parse(text); // YAML is a superset of JSON: one parser reads both.
  } catch (err) {
    throw trouble(label, file, `is not valid YAML or JSON (${(err as Error).message.split('\n')[0]})`);
  }
  if (Array.isArray(data)) {
    const rows = z.array(ActionRowSchema).safeParse(data);
    if (rows.success) return { rows: rows.data, warnings: 0 };
    throw trouble(label, file, `is a list but not of action rows (${firstIssue(rows.error)}); give the output of \`packtool extract --select actions\``);
  }
  const pack = PackSchema.safeParse(data);
  if (pack.success) return { rows: pack.data.actions, warnings: pack.data.warnings.length };
  throw trouble(label, file, `is not a packtool Pack (${firstIssue(pack.error)}); re-run \`packtool extract\` on the pack, or give the pack itself`);
}

async function extractActions(label: SideLabel, file: string): Promise<Loaded> {
  // Read in a child process held to the default limits, as `packtool extract` reads.
  const [{ readInChild }, { DEFAULT_LIMITS }] = await Promise.all([import('../limits/isolate.js'), import('../limits/limits.js')]);
  try {
    const pack = await readInChild('extract', file, DEFAULT_LIMITS);
    return { rows: pack.actions, warnings: pack.warnings.length };
  } catch (err) {
    // A bug in the extractor is still trouble (exit 2), never "differences" (exit 1), which a
    // CI job would read as a tracker row gone. The original error stays attached as `cause`.
    throw Object.assign(trouble(label, file, failureOf(err).message), { cause: err });
  }
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue.path.join('.') || 'top level'}: ${issue.message}`;
}

function trouble(label: SideLabel, file: string, message: string): ExitError {
  return new ExitError(EXIT_TROUBLE, `${label} side ${file}: ${message}`);
}
