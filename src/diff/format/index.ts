/** The three ways a diff report is written: for people, for programs, for pull requests. */
import type { ChalkInstance } from 'chalk';
import { DiffReportSchema, type DiffReport } from '../../schema/diff-report.js';
import { formatHuman } from './human.js';
import { formatMarkdown } from './markdown.js';

export const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export function formatReport(report: DiffReport, format: DiffFormat, paint: ChalkInstance): string {
  switch (format) {
    case 'text':
      return formatHuman(report, paint);
    case 'markdown':
      return formatMarkdown(report);
    case 'json':
      // Parsing through the schema both checks the report and fixes the key order.
      return JSON.stringify(DiffReportSchema.parse(report), null, 2) + '\n';
  }
}
