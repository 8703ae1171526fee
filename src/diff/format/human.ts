/**
 * The report for people reading a terminal: grouped by kind, removed rows first because
 * they are what a reader must not miss. Colour comes from the Chalk instance given, so the
 * caller decides (no colour when stdout is not a terminal or NO_COLOR is set).
 */
import type { ChalkInstance } from 'chalk';
import type { ActionRow } from '../../schema/pack.js';
import type { ChangedRow, DiffReport } from '../../schema/diff-report.js';
import { fieldChanges, hasDifferences, noDifferences, rowFacts, rowPlace, summaryLine, type FieldChange } from './describe.js';

const INDENT = '    ';

export function formatHuman(report: DiffReport, paint: ChalkInstance): string {
  const out: string[] = [`OLD ${report.old.file} (${rows(report.old.rows)}) → NEW ${report.new.file} (${rows(report.new.rows)})`];
  if (!hasDifferences(report)) {
    out.push(noDifferences(report.summary.unchanged));
    return out.join('\n') + '\n';
  }
  out.push(summaryLine(report));

  section(out, paint.red.bold(`Removed without being marked done (${report.removed.length})`), report.removed, (row) =>
    rowBlock(paint.red('- '), row, paint),
  );
  section(out, paint.dim(`Retired: closed, then removed (${report.retired.length})`), report.retired, (row) =>
    rowBlock(paint.dim('- '), row, paint),
  );
  section(out, paint.green.bold(`Added (${report.added.length})`), report.added, (row) => rowBlock(paint.green('+ '), row, paint));
  section(out, paint.yellow.bold(`Changed (${report.changed.length})`), report.changed, (change) => changedBlock(change, paint));
  return out.join('\n') + '\n';
}

function rows(n: number): string {
  return `${n} row${n === 1 ? '' : 's'}`;
}

function section<T>(out: string[], heading: string, items: T[], block: (item: T) => string[]): void {
  if (items.length === 0) return;
  out.push('', heading);
  for (const item of items) out.push(...block(item));
}

function rowBlock(marker: string, row: ActionRow, paint: ChalkInstance): string[] {
  return [`  ${marker}${paint.bold(rowPlace(row))}`, `${INDENT}${row.action}`, `${INDENT}${paint.dim(rowFacts(row).join(' · '))}`];
}

function changedBlock(change: ChangedRow, paint: ChalkInstance): string[] {
  const reworded = change.matchedBy === 'text' ? paint.dim(' (action reworded)') : '';
  const lines = [`  ${paint.yellow('~ ')}${paint.bold(rowPlace(change.after))}${reworded}`, `${INDENT}${change.after.action}`];
  for (const c of fieldChanges(change)) lines.push(`${INDENT}${describe(c, paint)}`);
  return lines;
}

function describe(c: FieldChange, paint: ChalkInstance): string {
  switch (c.kind) {
    case 'transition':
      return `${c.field}: ${paint.red(c.from)} → ${paint.green(c.to)}`;
    case 'extended':
      return `${c.field} extended: ${paint.green(`+ "${c.added}"`)}`;
    case 'replaced':
      return `${c.field}: ${paint.red(`"${c.from}"`)} → ${paint.green(`"${c.to}"`)}`;
  }
}
