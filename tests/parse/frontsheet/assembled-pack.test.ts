import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../src/extract.js';
import { corpus, HAS_CORPUS } from '../../helpers.js';
import { readFrontSheet } from './read.js';

const PACK = corpus('pdf', 'kent_county_council_2025-03-13_assembled_pack.pdf');

/** The ranges printed on the official front sheet (they can be off by a page or two against this assembly). */
const PRINTED_RANGES: Array<[string, [number, number] | null]> = [
  ['1', null], ['2', null], ['3', [1, 14]], ['4', [15, 30]], ['5', null], ['6', null], ['7', null], ['8', null],
  ['9', [31, 190]], ['10', [191, 222]], ['11', [223, 244]], ['12', [245, 266]], ['13', [267, 274]],
  ['14', [275, 284]], ['15', [285, 334]], ['16', [335, 340]], ['17', [341, 342]],
];

describe.skipIf(!HAS_CORPUS)('the 250-page assembled Kent County Council pack (13 March 2025)', () => {
  it('given all its lines, finds the front sheet on pages 1-4 and claims nothing of the minutes after it', async () => {
    const sheet = await readFrontSheet(PACK);
    expect(sheet.agenda.map((i) => [i.number, i.pages ? [i.pages.from, i.pages.to] : null])).toEqual(PRINTED_RANGES);
    expect(sheet.lines.filter((l) => (l.page ?? 0) > 4 && sheet.claimed.has(l.line))).toEqual([]);
    expect(sheet.warnings).toEqual([]);
  });

  it('`extract` gives its 17 agenda items with page ranges and the meeting', async () => {
    const { pack } = await extractFile(PACK);
    expect(pack.agenda.map((i) => [i.number, i.pages ? [i.pages.from, i.pages.to] : null])).toEqual(PRINTED_RANGES);
    expect(pack.meeting).toMatchObject({ committee: 'County Council', date: '2025-03-13', time: '10:00' });
  }, 60_000);
});
