/**
 * The library as `import … from 'packtool'` gives it (src/index.ts), called in-process. The
 * installed package is tested in tests/package/install.test.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diff, extract, InputError, PackSchema, validate } from '../../src/index.js';
import { fixture } from '../helpers.js';

const TRACKER = fixture('diff', 'birmingham_ecyp_osc_2024-12-04_tracker.txt');
const EDITED = fixture('diff', 'birmingham_ecyp_osc_2024-12-04_tracker_edited.txt');
const SAMPLE = fixture('sample', 'kent_county_council_2025-03-13_sample_pack.pdf');
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('extract', () => {
  it('reads a path and gives the Pack the command line writes', async () => {
    const pack = await extract(TRACKER);
    expect(pack.source.file).toBe(TRACKER);
    // The first row of the table: "18 Oct 2023 | Scrutiny of Delivery of 2023/24 Budget Savings and … | The Director, Children and Families, to bring work …".
    expect(pack.actions[0]).toMatchObject({ date: '2023-10-18', action: 'The Director, Children and Families, to bring work at early stages of planning for input by the Committee.' });
    expect(pack.actions).toHaveLength(33);
  });

  it('reads bytes, tells a PDF by its content, and leaves the caller’s bytes as they were', async () => {
    const bytes = readFileSync(SAMPLE); // a Buffer, as most callers have
    const before = sha(bytes);
    const pack = await extract(bytes);
    expect(pack.source).toMatchObject({ file: 'input', format: 'pdf', sha256: before, pages: 41 });
    expect(pack.meeting).toMatchObject({ committee: 'County Council', date: '2025-03-13', time: '10:00' });
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(sha(bytes)).toBe(before);
  });

  it('takes the format of text bytes from `name`, and throws an InputError with a code without one', async () => {
    const bytes = new Uint8Array(readFileSync(TRACKER));
    const pack = await extract(bytes, { name: 'tracker.txt' });
    expect(pack.source).toMatchObject({ file: 'tracker.txt', format: 'text' });
    expect(pack.actions).toHaveLength(33);
    const error = await extract(bytes).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).code).toBe('unknown-format');
  });

  it('refuses a PDF over maxPages with the code the command line prints', async () => {
    const error = await extract(SAMPLE, { maxPages: 40 }).catch((err: unknown) => err);
    expect((error as InputError).code).toBe('too-many-pages');
    expect((error as InputError).message).toContain('41 pages');
  });
});

describe('diff', () => {
  it('gives the same report for paths as for the Packs extracted from them', async () => {
    const byPath = await diff(TRACKER, EDITED);
    // fixtures/diff: one row removed, one added, two discharged, one reworded, one update extended.
    expect(byPath.summary).toEqual({ added: 1, removed: 1, retired: 0, changed: 4, unchanged: 28 });
    const [older, newer] = [await extract(TRACKER), await extract(EDITED)];
    expect(await diff(older, newer)).toEqual(byPath);
    expect((await diff(older.actions, newer.actions)).summary).toEqual(byPath.summary);
  });
});

describe('validate', () => {
  it('accepts what extract wrote, after a trip through JSON', async () => {
    const pack = await extract(TRACKER);
    const result = validate(JSON.parse(JSON.stringify(pack)));
    expect(result.valid).toBe(true);
    expect(PackSchema.parse(pack).actions).toHaveLength(33);
  });

  it('names the path and the problem of each field that breaks the contract', async () => {
    const pack = JSON.parse(JSON.stringify(await extract(TRACKER)));
    delete pack.actions[2].action;
    pack.packtool = 2;
    const result = validate(pack);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.issues.map((i) => i.path.join('.')).sort()).toEqual(['actions.2.action', 'packtool']);
  });

  it('says each problem as `packtool validate` does: the record by its id, the field, the value found, what is expected', async () => {
    const pack = JSON.parse(JSON.stringify(await extract(TRACKER)));
    pack.actions = [{ id: 'kcc-2025-03-13-1', tracker: 'Action log', date: '2025-03-13', minute: '299', item: null, lead: null, update: null, status: 'open', due: 'next month', source: { page: 7, line: 267 } }];
    const result = validate(pack);
    if (result.valid) throw new Error('a spoiled Pack was accepted');
    // The same sentences as tests/cli/validate.test.ts, without a file line: data in memory has none.
    expect(result.issues.map((i) => i.message)).toEqual([
      'action "kcc-2025-03-13-1", field action: found nothing, expected a string',
      'action "kcc-2025-03-13-1", field due: found "next month", expected an ISO date YYYY-MM-DD',
    ]);
    expect(result.issues[1]).toMatchObject({ path: ['actions', 0, 'due'], record: 'action "kcc-2025-03-13-1"', field: 'due', found: '"next month"' });
  });
});
