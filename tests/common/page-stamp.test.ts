import { describe, expect, it } from 'vitest';
import { LEADING_PAGE_STAMP, readPageStamp } from '../../src/text/page-stamp.js';

// Lines printed in corpus papers (fixtures/sample/birmingham_ecyp_osc_2024-12-04_pack.txt lines
// 689 and 1414; fixtures/sources/stockton_adult_social_care_select_2023-10-24_supplement_pack_p40-41.layout.txt line 56).
describe('the page stamp every phase reads', () => {
  it('reads "Page N of M" and "Page N" as the whole line', () => {
    expect(readPageStamp('Page 38 of 178')).toEqual({ page: 38, of: 178 });
    expect(readPageStamp('Page 1 of 7')).toEqual({ page: 1, of: 7 });
    expect(readPageStamp('Page 40')).toEqual({ page: 40, of: null });
    // Royal Sutton Coldfield Town Council's footer, left in the text on the last page of its minutes.
    expect(readPageStamp('Page | 8')).toEqual({ page: 8, of: null });
  });

  it('reads nothing in a line that holds more than a stamp, or a stamp the extraction damaged', () => {
    expect(readPageStamp('Page 40                                                             Effective: Outstanding')).toBeNull();
    expect(readPageStamp('see page 3 of the report')).toBeNull();
    // Damaged totals ("1/8" for 178) are the text source's to read, against the pack's total.
    expect(readPageStamp('Page 66 of 1/8')).toBeNull();
  });

  it('finds a stamp opening a pdftotext -layout line before a column gap', () => {
    const m = LEADING_PAGE_STAMP.exec('Page 40                                                             Effective: Outstanding');
    expect(m?.[1]).toBe('Page 40');
    expect(m?.[2]).toBe('40');
    expect(LEADING_PAGE_STAMP.exec('Page 40 Effective: Outstanding')).toBeNull();
  });
});
