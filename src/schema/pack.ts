/**
 * The output contract (format version 1) as zod schemas. Field names follow
 * the data-model specification (docs/data-model.md) and are fixed; `schemas/*.schema.json` is generated from here
 * (`npm run schemas`), and a test fails when the generated files are stale.
 */
import { z } from 'zod';
import { FORMAT_VERSION } from './format-version.js';

export { FORMAT_VERSION };

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date YYYY-MM-DD');
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a 24-hour time HH:MM');

export const SourceRefSchema = z
  .object({
    page: z.number().int().positive().nullable(),
    line: z.number().int().positive().nullable(),
    pageInferred: z
      .boolean()
      .optional()
      .describe('True when the source only brackets the page (a text extraction that kept some page stamps and lost others) and `page` was inferred from the stamps and documents around the line; absent when the page is as printed'),
  })
  .describe('Where the record is in the original: pack page and 1-based line of the normalised text');

export const RangeSchema = z.object({ from: z.number().int(), to: z.number().int() });
export const TimeSlotSchema = z.object({ from: hhmm, to: hhmm.nullable() });

export const MeetingSchema = z.object({
  body: z.string().nullable(),
  committee: z.string().nullable(),
  date: isoDate.nullable(),
  time: hhmm.nullable(),
  venue: z.string().nullable(),
  source: SourceRefSchema,
});

export const AgendaItemSchema = z.object({
  number: z.string().nullable(),
  numberInferred: z.boolean(),
  title: z.string(),
  pages: RangeSchema.nullable().describe("The page range printed beside the item, in the pack's printed page numbering"),
  filePages: RangeSchema.nullable()
    .optional()
    .describe("Where this file holds the item's documents, in the file's own pages (1-based, as `source.page` counts them); differs from `pages` where the file is not the printed pack (unnumbered front pages, papers joined without page stamps)"),
  time: TimeSlotSchema.nullable(),
  description: z.string().nullable(),
  attending: z.array(z.string()),
  procedural: z.boolean(),
  source: SourceRefSchema,
});

export const DocumentKind = z.enum(['agenda', 'minutes', 'action-tracker', 'report', 'work-programme', 'appendix', 'other']);

export const DocumentSchema = z.object({
  kind: DocumentKind,
  title: z.string(),
  item: z.string().nullable(),
  pages: RangeSchema,
  reportOf: z.string().nullable().optional(),
  author: z.string().nullable().optional(),
  date: isoDate.nullable().optional(),
  recommendations: z.array(z.string()).optional(),
  source: SourceRefSchema,
});

export const ResolutionSchema = z.object({
  text: z.string(),
  parts: z.array(z.string()),
  source: SourceRefSchema,
});

export const VoteSideSchema = z.object({
  count: z.number().int().nonnegative().nullable(),
  names: z.array(z.string()),
});

export const VoteSchema = z.object({
  motion: z.string().nullable(),
  for: VoteSideSchema,
  against: VoteSideSchema,
  abstain: VoteSideSchema,
  result: z.string().nullable(),
  source: SourceRefSchema,
});

export const MinuteItemSchema = z.object({
  number: z.string().nullable(),
  numberInferred: z.boolean(),
  item: z.string().nullable(),
  title: z.string(),
  text: z.string(),
  resolutions: z.array(ResolutionSchema),
  votes: z.array(VoteSchema),
  source: SourceRefSchema,
});

export const MinutesSchema = z.object({
  kind: z.enum(['minutes', 'action-notes']),
  meeting: MeetingSchema,
  present: z.array(z.string()),
  alsoPresent: z.array(z.string()),
  apologies: z.array(z.string()),
  items: z.array(MinuteItemSchema),
  ended: hhmm.nullable(),
  source: SourceRefSchema,
});

export const ActionStatus = z.enum(['open', 'ongoing', 'completed', 'discharged', 'unknown']);

export const ActionRowSchema = z.object({
  id: z.string().describe('Stable identity from meeting date, agenda item and normalised action text'),
  tracker: z.string(),
  date: isoDate.nullable(),
  minute: z.string().nullable(),
  item: z.string().nullable(),
  action: z.string(),
  lead: z.string().nullable(),
  update: z.string().nullable(),
  status: ActionStatus,
  due: isoDate.nullable(),
  cellsInferred: z
    .boolean()
    .optional()
    .describe('True when the row was read from a table whose columns the extraction ran together: which text is which cell was inferred from what it says and the header\'s column order, not from the layout'),
  source: SourceRefSchema,
});

export const ProgrammeEntrySchema = z.object({
  date: isoDate.nullable(),
  item: z.string(),
  attending: z.array(z.string()),
  deadline: isoDate.nullable(),
  status: z.string().nullable(),
  cellsInferred: z
    .boolean()
    .optional()
    .describe('True when the entry was read from a table whose columns the extraction ran together: where its item ends was inferred from what the text says (a tag such as "IRP Aim:", the aims opening "To …"), and its attendees cannot be told from the other cells (attending is empty)'),
  source: SourceRefSchema,
});

export const PlannedDecisionSchema = z.object({
  id: z.string(),
  title: z.string(),
  portfolio: z.string().nullable(),
  proposed: isoDate.nullable(),
  decided: isoDate.nullable(),
  cellsInferred: z
    .boolean()
    .optional()
    .describe('True when the decision was read from a table whose columns the extraction ran together: where its title ends and its portfolio and dates begin was inferred, not read from the layout'),
  source: SourceRefSchema,
});

export const WarningSchema = z.object({
  code: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case code'),
  message: z.string(),
  source: SourceRefSchema,
  lines: z
    .array(z.number().int().positive())
    .optional()
    .describe('Every line the warning is about (unparsed-lines: each line of the page that no parser read), as `source.line` numbers them'),
});

export const PackSchema = z
  .object({
    packtool: z.literal(FORMAT_VERSION),
    source: z.object({
      file: z.string(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      format: z.enum(['pdf', 'text', 'markdown', 'html']),
      pages: z.number().int().nonnegative().nullable(),
    }),
    meeting: MeetingSchema,
    agenda: z.array(AgendaItemSchema),
    documents: z.array(DocumentSchema),
    minutes: z.array(MinutesSchema),
    actions: z.array(ActionRowSchema),
    programme: z.array(ProgrammeEntrySchema),
    decisions: z.array(PlannedDecisionSchema),
    warnings: z.array(WarningSchema),
  })
  .describe('What packtool extract writes for one input file (format version 1)');

export type SourceRef = z.infer<typeof SourceRefSchema>;
export type Range = z.infer<typeof RangeSchema>;
export type TimeSlot = z.infer<typeof TimeSlotSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type AgendaItem = z.infer<typeof AgendaItemSchema>;
export type Document = z.infer<typeof DocumentSchema>;
export type DocumentKind = z.infer<typeof DocumentKind>;
export type Resolution = z.infer<typeof ResolutionSchema>;
export type Vote = z.infer<typeof VoteSchema>;
export type VoteSide = z.infer<typeof VoteSideSchema>;
export type MinuteItem = z.infer<typeof MinuteItemSchema>;
export type Minutes = z.infer<typeof MinutesSchema>;
export type ActionRow = z.infer<typeof ActionRowSchema>;
export type ActionStatus = z.infer<typeof ActionStatus>;
export type ProgrammeEntry = z.infer<typeof ProgrammeEntrySchema>;
export type PlannedDecision = z.infer<typeof PlannedDecisionSchema>;
export type Pack = z.infer<typeof PackSchema>;
