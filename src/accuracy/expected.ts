/**
 * The hand-checked expected records of one corpus paper (fixtures/expected/*.yaml; the format
 * is described in fixtures/expected/README.md). A key that is absent is not scored; `null`
 * says the value is not printed, so packtool must say `null` too.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

/** YAML reads an unquoted 2025-12-03 as a string here (the yaml package's core schema), and 19:30 as a string. */
const text = z.union([z.string(), z.number()]).transform((v) => String(v));

const ExpectedMeeting = z
  .object({
    body: text.nullable().optional(),
    committee: text.nullable().optional(),
    date: text.nullable().optional(),
    time: text.nullable().optional(),
    venue: text.nullable().optional(),
  })
  .passthrough();

const ExpectedVote = z.object({
  for: z.number().nullable().optional(),
  against: z.number().nullable().optional(),
  abstain: z.number().nullable().optional(),
  result: z.string().nullable().optional(),
});

const ExpectedMinuteItem = z
  .object({
    number: text.nullable().optional(),
    title: text,
    resolutions: z.number().int().nonnegative().optional(),
    votes: z.array(ExpectedVote).optional(),
  })
  .passthrough();

const ExpectedMinutes = z
  .object({
    meeting: ExpectedMeeting.optional(),
    present: z.array(text).optional(),
    apologies: z.array(text).optional(),
    items: z.array(ExpectedMinuteItem).optional(),
  })
  .passthrough();

const ExpectedAction = z
  .object({
    action: text,
    lead: text.nullable().optional(),
    status: z.enum(['open', 'ongoing', 'completed', 'discharged', 'unknown']).nullable().optional(),
  })
  .passthrough();

export const ExpectedSchema = z
  .object({
    file: z.string(),
    checked: z.string().optional(),
    meeting: ExpectedMeeting.optional(),
    agenda: z.array(z.object({ number: text.nullable().optional(), title: text }).passthrough()).optional(),
    minutes: z.array(ExpectedMinutes).optional(),
    actions: z.array(ExpectedAction).optional(),
  })
  .passthrough();

export type Expected = z.infer<typeof ExpectedSchema>;
export type ExpectedVoteT = z.infer<typeof ExpectedVote>;

export function loadExpected(file: string): Expected {
  const data: unknown = parse(readFileSync(file, 'utf8'));
  const result = ExpectedSchema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`${file}: ${first.path.join('.') || '(top)'}: ${first.message}`);
  }
  return result.data;
}
