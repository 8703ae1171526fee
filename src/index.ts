/**
 * The package entry: `import { extract } from 'packtool'`. Everything here is covered by the
 * version policy in CHANGELOG.md; modules not exported here are internal.
 */
export { extract, diff, validate } from './api.js';
export type { ExtractOptions, DiffSide, ValidationIssue, ValidationResult } from './api.js';
export { InputError } from './errors.js';
export { FORMAT_VERSION, PackSchema, ActionRowSchema, WarningSchema } from './schema/pack.js';
export type {
  Pack,
  Meeting,
  AgendaItem,
  Document,
  DocumentKind,
  Minutes,
  MinuteItem,
  Resolution,
  Vote,
  VoteSide,
  ActionRow,
  ActionStatus,
  ProgrammeEntry,
  PlannedDecision,
  SourceRef,
  Range,
  TimeSlot,
} from './schema/pack.js';
export { DiffReportSchema } from './schema/diff-report.js';
export type { DiffReport, ChangedRow, DiffField, DiffSummary } from './schema/diff-report.js';
