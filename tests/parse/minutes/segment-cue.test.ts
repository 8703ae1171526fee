import { describe, expect, it } from 'vitest';
import { Context } from '../../../src/context.js';
import { allLines, type Line } from '../../../src/layout/types.js';
import { parseMinutes } from '../../../src/parse/minutes/index.js';
import { looksLikeMinutesStart } from '../../../src/recognise/minutes-start.js';
import { corpus, fixture, HAS_CORPUS, loadLayout } from '../../helpers.js';

async function starts(file: string): Promise<Array<[number, string]>> {
  const lines = allLines(await loadLayout(file));
  return lines.flatMap((l, i) => (looksLikeMinutesStart(lines, i) ? [[l.line, l.text] as [number, string]] : []));
}

describe('looksLikeMinutesStart: the first line of a minutes heading', () => {
  it('marks the council line above "MINUTES of a meeting of …" and nothing else in Kent printed minutes', async () => {
    expect(await starts(fixture('minutes', 'kent_county_council_2025-03-13_printed_minutes.pdf'))).toEqual([[1, 'KENT COUNTY COUNCIL']]);
  });

  it('does not take a minute titled "Minutes of the meeting held on 30 July 2024" for the start of minutes', async () => {
    expect(await starts(fixture('minutes', 'kent_corporate_parenting_panel_2024-10-29_minutes.pdf'))).toEqual([[1, 'CORPORATE PARENTING PANEL– 29 October 2024']]);
  });

  it('marks CMIS minutes and action notes at their council line', async () => {
    expect(await starts(fixture('minutes', 'birmingham_ecyp_osc_2024-10-23_minutes.txt'))).toEqual([[1, 'BIRMINGHAM CITY COUNCIL']]);
    const notes = await starts(fixture('minutes', 'birmingham_csc_osc_2019-02-13_action_notes.md'));
    expect(notes.map(([line]) => line)).toEqual([1]);
  });

  it('marks parish minutes that never print the word "minutes" by their dated name and attendance list', async () => {
    expect(await starts(fixture('minutes', 'milburn_parish_council_2019-11-12_minutes.pdf'))).toEqual([[1, 'Milburn Parish Council - 12th November 2019']]);
  });
});

describe.skipIf(!HAS_CORPUS)('the assembled Kent County Council pack of 13 March 2025 (250 pages)', () => {
  const cut = (lines: Line[], from: number, to: number) => lines.filter((l) => l.page !== null && l.page >= from && l.page <= to);

  it('has three sets of minutes starting on pages 5, 19 and 28', async () => {
    const lines = allLines(await loadLayout(corpus('pdf', 'kent_county_council_2025-03-13_assembled_pack.pdf')));
    const found = lines.filter((_, i) => looksLikeMinutesStart(lines, i)).map((l) => l.page);
    expect(found).toEqual([5, 19, 28]);
  });

  it('reads each set of minutes with its own meeting date, nothing left unplaced', async () => {
    const lines = allLines(await loadLayout(corpus('pdf', 'kent_county_council_2025-03-13_assembled_pack.pdf')));
    const read = (from: number, to: number) => {
      const seg = cut(lines, from, to);
      const parsed = parseMinutes(seg, new Context('pack'));
      return { minutes: parsed.value!, unclaimed: seg.filter((l) => !parsed.claimed.has(l.line)).length };
    };
    const council = read(5, 18);
    expect(council.minutes.meeting.date).toBe('2025-02-13');
    expect(council.minutes.items.map((i) => i.number)).toEqual(['286', '287', '288', '289', '290', '291']);
    expect(council.minutes.items[5].votes).toHaveLength(7);
    expect(council.unclaimed).toBe(0);

    const october = read(19, 27);
    expect(october.minutes.meeting).toMatchObject({ committee: 'Corporate Parenting Panel', date: '2024-10-29' });
    expect(october.minutes.items).toHaveLength(12);
    expect(october.unclaimed).toBe(0);

    const december = read(28, 33);
    expect(december.minutes.meeting).toMatchObject({ committee: 'Corporate Parenting Panel', date: '2024-12-10' });
    expect(december.minutes.items.map((i) => i.item)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(december.unclaimed).toBe(0);
  });
});
