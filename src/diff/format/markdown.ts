/**
 * The report as GitHub-flavoured markdown, for a pull-request comment or
 * $GITHUB_STEP_SUMMARY: one summary line and one table row per difference.
 */
import type { ActionRow } from '../../schema/pack.js';
import type { ChangedRow, DiffReport } from '../../schema/diff-report.js';
import { fieldChanges, hasDifferences, noDifferences, rowFacts, summaryLine, type FieldChange } from './describe.js';

/**
 * Longest quoted before/after text in a table cell. Updates run to several hundred words;
 * past this length the cell stops being readable in a comment, and the JSON report has it all.
 */
const MAX_QUOTE_CHARS = 200;

const REMOVED_MEANS = '_Removed_: gone without being marked completed or discharged. _Retired_: closed, then gone.';

export function formatMarkdown(report: DiffReport): string {
  const out = [`### Action tracker: \`${code(report.old.file)}\` → \`${code(report.new.file)}\``, ''];
  if (!hasDifferences(report)) {
    out.push(noDifferences(report.summary.unchanged));
    return out.join('\n') + '\n';
  }
  out.push(summaryLine(report), '', REMOVED_MEANS, '');
  out.push('| Change | Date | Item | Action | Details |', '|---|---|---|---|---|');
  for (const row of report.removed) out.push(tableRow('**removed**', row, rowFacts(row)));
  for (const row of report.retired) out.push(tableRow('retired', row, rowFacts(row)));
  for (const row of report.added) out.push(tableRow('added', row, rowFacts(row)));
  for (const change of report.changed) out.push(changedRow(change));
  return out.join('\n') + '\n';
}

/** One table row; `details` are separate lines of the last cell (cells cannot hold newlines, so <br>). */
function tableRow(kind: string, row: ActionRow, details: string[]): string {
  const place = row.minute ? `${row.item ?? ''} (minute ${row.minute})` : row.item ?? '';
  return `| ${kind} | ${cell(row.date ?? '')} | ${cell(place)} | ${cell(row.action)} | ${details.map(cell).join('<br>')} |`;
}

/** A status change is bold: it is what a reader of the comment scans for after removals. */
function changedRow(change: ChangedRow): string {
  // A row paired by text is a reworded action: say so where its action change is shown.
  const details = fieldChanges(change).map((c) => describe(c).replace(/^action:/, change.matchedBy === 'text' ? 'action reworded:' : 'action:'));
  return tableRow(change.fields.includes('status') ? '**changed**' : 'changed', change.after, details);
}

function describe(c: FieldChange): string {
  switch (c.kind) {
    case 'transition':
      return `${c.field}: ${c.from} → ${c.to}`;
    case 'extended':
      return `${c.field} extended: + "${clip(c.added)}"`;
    case 'replaced':
      return `${c.field}: "${clip(c.from)}" → "${clip(c.to)}"`;
  }
}

function clip(text: string): string {
  return text.length <= MAX_QUOTE_CHARS ? text : `${text.slice(0, MAX_QUOTE_CHARS - 1).trimEnd()}…`;
}

/** Table cells: no pipes, newlines or raw HTML from the pack may break the table or the page. */
export function cell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

function code(text: string): string {
  return text.replace(/`/g, "'");
}
