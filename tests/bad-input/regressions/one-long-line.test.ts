/**
 * A text file with no line breaks (a whole report as one line, as a converter that drops
 * newlines writes it) once made segmentation quadratic: every first-page cue ran regexes
 * with `.*` over the whole line, 61 s of CPU at 1.2 MB. The cues now read only the first
 * CUE_TEXT_MAX_CHARS of a line. How its time grows with its length is a figure of
 * `npm run bench` ("one line x4 / x1"); here, what it is read as.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Context } from '../../../src/context.js';
import { layoutOf } from '../../../src/layout-of.js';
import { allLines, type Layout } from '../../../src/layout/types.js';
import { segmentPack } from '../../../src/segment/index.js';
import { CUE_TEXT_MAX_CHARS, indexLines } from '../../../src/segment/line-index.js';
import { fixture } from '../../helpers.js';

/** The Birmingham ECYP report of 17 January 2024 (24 KB), its newlines turned to spaces, `times` times over. */
function reportAsOneLine(times: number): string {
  const report = readFileSync(fixture('segment', 'birmingham_ecyp_osc_2024-01-17_report.txt'), 'utf8');
  return report.replace(/\r?\n/g, ' ').repeat(times);
}

async function layoutOfText(text: string): Promise<Layout> {
  return layoutOf(new TextEncoder().encode(text), new Context('report.txt'));
}

describe('the Birmingham ECYP report run together into one 1.2 MB line', () => {
  it('is segmented as the single document it is', async () => {
    const layout = await layoutOfText(reportAsOneLine(48));
    expect(allLines(layout).length).toBe(1);
    expect(allLines(layout)[0].text.length).toBeGreaterThan(1_100_000);
    const segments = segmentPack(layout, new Context('one-line.txt'), {});
    expect(segments.length).toBe(1);
    expect(segments[0].lines.length).toBe(1);
  });
});

describe('the text the first-page cues read', () => {
  it('is the whole line up to CUE_TEXT_MAX_CHARS, and the first 400 characters of a longer one, whose full text stays in the document', async () => {
    const layout = await layoutOfText(`Minutes of the meeting held on 17 January 2024\n${reportAsOneLine(1)}\n`);
    const ix = indexLines(layout);
    expect(CUE_TEXT_MAX_CHARS).toBe(400);
    expect(ix.cueLines[0]).toBe(ix.lines[0]);
    expect(ix.cueLines[1].text).toBe(ix.lines[1].text.slice(0, 400));
    expect(ix.lines[1].text.length).toBeGreaterThan(20_000);
    expect(ix.cueLines[1].line).toBe(ix.lines[1].line);
  });
});
