import { describe, expect, it } from 'vitest';
import { splitNames, splitPeople, splitRunTogetherEntries } from '../../../src/parse/common/names.js';
import { joinLines } from '../../../src/text/join.js';

// Strings as printed in the corpus minutes.
describe('splitting lists of people (src/parse/common/names.ts)', () => {
  it('splits a plural title over its list and removes role text in brackets', () => {
    expect(splitNames('Councillor Kerry Jenkins (Chair), Councillors Debbie Clancy, Adam Higgs, Zafar Iqbal, Narinder Kaur Kooner, and Shehla Moledina')).toEqual([
      'Councillor Kerry Jenkins', 'Debbie Clancy', 'Adam Higgs', 'Zafar Iqbal', 'Narinder Kaur Kooner', 'Shehla Moledina',
    ]);
  });

  it('keeps honours with their name, after a comma or not', () => {
    expect(splitNames('Miss S J Carey, Sir Paul Carter, CBE, Mrs S Chandler, Mr Kite MBE, Mr Love, OBE')).toEqual([
      'Miss S J Carey', 'Sir Paul Carter, CBE', 'Mrs S Chandler', 'Mr Kite MBE', 'Mr Love, OBE',
    ]);
  });

  it('removes a role after a dash or a comma, and an organisation after a name', () => {
    expect(splitNames('Steve Bell – Roman Catholic Diocese and Rabia Shami - Parent Governor')).toEqual(['Steve Bell', 'Rabia Shami']);
    expect(splitNames('Jess Robinson, Christina McDonagh, PC, Simon Allen.')).toEqual(['Jess Robinson', 'Christina McDonagh', 'Simon Allen']);
    expect(splitNames('Councillors D Richardson (Chair) N Cresswell, M Armstrong, R Healey and P Moran')).toEqual([
      'D Richardson', 'N Cresswell', 'M Armstrong', 'R Healey', 'P Moran',
    ]);
  });

  it('keeps attendance entries whole with their roles', () => {
    expect(splitPeople('Mr J Cook (Democratic Services Manager), Mr B Watts (General Counsel) and Mr J Betts (Interim Corporate Director Finance)')).toEqual([
      'Mr J Cook (Democratic Services Manager)', 'Mr B Watts (General Counsel)', 'Mr J Betts (Interim Corporate Director Finance)',
    ]);
    expect(splitPeople('Sue Chandler, Cabinet Member for Integrated Children’s Services.')).toEqual(['Sue Chandler, Cabinet Member for Integrated Children’s Services']);
    expect(splitRunTogetherEntries('Cllr Mick Brown, Cabinet Member, Children, Young People and Families Dr Sue Harrison, Strategic Director')).toEqual([
      'Cllr Mick Brown, Cabinet Member, Children, Young People and Families', 'Dr Sue Harrison, Strategic Director',
    ]);
  });
});

describe('joining lines (src/text/join.ts)', () => {
  it('repairs hyphenation at line ends and keeps hyphens in names and ranges', () => {
    expect(joinLines(['reported apologies from Mr Paul Barrington-', 'King, Mr Derek Crow-', 'Brown'])).toBe('reported apologies from Mr Paul Barrington-King, Mr Derek Crow-Brown');
    expect(joinLines(['funding system from 2026-', '27 onwards'])).toBe('funding system from 2026-27 onwards');
    expect(joinLines(['the consider-', 'ation of'])).toBe('the consideration of');
  });

  it('keeps what the page printed: markup was read by the source (tests/sources/markdown.test.ts), so stars and blanks here are text', () => {
    // Milburn PC minutes, 12 November 2019, and a Baltimore Board of Estimates table (footnote mark "**").
    expect(joinLines(['Signed _______________________________ Dated 7th January 2020'])).toBe('Signed _______________________________ Dated 7th January 2020');
    expect(joinLines(['Services, LLC**', '  0%\t75,440.00 '])).toBe('Services, LLC** 0% 75,440.00');
  });
});
