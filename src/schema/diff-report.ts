/**
 * The `packtool diff --format json` report as a zod schema: the one definition the engine's
 * types, the JSON output and `schemas/diff.schema.json` all come from.
 */
import { z } from 'zod';
import { ActionRowSchema, FORMAT_VERSION } from './pack.js';

/** Row fields whose change makes a matched row "changed" (see compare.ts for why these). */
export const DiffFieldSchema = z.enum(['date', 'item', 'minute', 'action', 'lead', 'update', 'status', 'due']);

export const ChangedRowSchema = z
  .object({
    id: z.string().describe('The row id in NEW (for a reworded action, before.id holds the id in OLD)'),
    fields: z.array(DiffFieldSchema).min(1).describe('The fields that differ, in contract order'),
    matchedBy: z
      .enum(['id', 'text'])
      .describe('"id": same id in both versions; "text": paired by its action text, either reworded under the same date and item or worded the same where only the date or the item changed'),
    before: ActionRowSchema,
    after: ActionRowSchema,
  })
  .describe('A row present in both versions whose fields differ');

export const DiffSummarySchema = z.object({
  added: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
  retired: z.number().int().nonnegative(),
  changed: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
});

export const DiffReportSchema = z
  .object({
    packtool: z.literal(FORMAT_VERSION),
    old: z.object({ file: z.string(), rows: z.number().int().nonnegative() }),
    new: z.object({ file: z.string(), rows: z.number().int().nonnegative() }),
    summary: DiffSummarySchema,
    added: z.array(ActionRowSchema).describe('Rows in NEW with no counterpart in OLD, in NEW order'),
    removed: z
      .array(ActionRowSchema)
      .describe('Rows in OLD that are gone from NEW without having been marked completed or discharged, in OLD order'),
    retired: z
      .array(ActionRowSchema)
      .describe('Rows in OLD, already marked completed or discharged there, that are gone from NEW (the usual end of an action)'),
    changed: z.array(ChangedRowSchema).describe('Matched rows whose fields differ, in NEW order'),
  })
  .describe('What changed between two versions of an action tracker (packtool diff --format json)');

export type DiffField = z.infer<typeof DiffFieldSchema>;
export type ChangedRow = z.infer<typeof ChangedRowSchema>;
export type DiffSummary = z.infer<typeof DiffSummarySchema>;
export type DiffReport = z.infer<typeof DiffReportSchema>;
