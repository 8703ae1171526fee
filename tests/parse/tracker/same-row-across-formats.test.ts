/**
 * The same action table read from three extractions of the Kent treasury group note: the PDF,
 * pdftotext -layout text (columns as character positions) and plain pdftotext text (columns
 * run together). The row and its id must not depend on the format; where the columns were
 * run together, the row says its cells were inferred.
 */
import { describe, expect, it } from 'vitest';
import { Context } from '../../../src/context.js';
import { allLines } from '../../../src/layout/types.js';
import { parseActionTracker } from '../../../src/parse/tracker/index.js';
import { fixture, loadLayout } from '../../helpers.js';

const BASE = 'kent_county_council_2024-11-14_treasury_group_note_action_points';

async function parse(name: string) {
  const file = fixture('tracker', name);
  const ctx = new Context(file);
  return { ...parseActionTracker(allLines(await loadLayout(file)), ctx), ctx };
}

describe('the Kent action point in three extractions', () => {
  it('is the same row with the same id from the PDF and from pdftotext -layout text', async () => {
    const pdf = await parse(`${BASE}.pdf`);
    const text = await parse(`${BASE}.layout.txt`);
    expect(text.value).toHaveLength(1);
    const strip = (r: (typeof pdf.value)[number]) => ({ ...r, source: null });
    expect(strip(text.value[0])).toEqual(strip(pdf.value[0]));
    expect(text.value[0].action).toBe('JG will communicate Link’s most recent slides and the Mid Year Review to all members.');
    expect(text.value[0].status).toBe('completed');
    expect(text.ctx.warnings).toEqual([]);
  });

  it('is the same row from plain pdftotext text, where the columns ran together, and says its cells were inferred', async () => {
    const pdf = await parse(`${BASE}.pdf`);
    const raw = await parse(`${BASE}.raw.txt`);
    expect(raw.value).toHaveLength(1);
    const strip = (r: (typeof pdf.value)[number]) => ({ ...r, source: null, cellsInferred: undefined });
    expect(strip(raw.value[0])).toEqual(strip(pdf.value[0]));
    expect(raw.value[0].cellsInferred).toBe(true);
    expect(raw.ctx.warnings).toEqual([]);
  });
});
