/** JSON Schemas generated from the zod contract (the files in schemas/ are these, written out). */
import { z } from 'zod';
import { DiffReportSchema } from './diff-report.js';
import { PackSchema } from './pack.js';

export const SCHEMAS: Record<string, () => unknown> = {
  pack: () => ({
    $id: 'https://packtool.dev/schemas/pack.schema.json',
    title: 'packtool Pack',
    ...(z.toJSONSchema(PackSchema, { target: 'draft-2020-12' }) as object),
  }),
  diff: () => ({
    $id: 'https://packtool.dev/schemas/diff.schema.json',
    title: 'packtool diff report',
    ...(z.toJSONSchema(DiffReportSchema, { target: 'draft-2020-12' }) as object),
  }),
};

export function schemaText(name: string): string {
  const make = SCHEMAS[name];
  if (!make) throw new Error(`no schema named ${name}`);
  return JSON.stringify(make(), null, 2) + '\n';
}
