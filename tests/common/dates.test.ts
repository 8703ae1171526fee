import { describe, expect, it } from 'vitest';
import { findDates, parseDate } from '../../src/text/dates.js';

// Every string here is printed in a corpus document.
describe('dates are normalised to ISO', () => {
  it.each([
    ['WEDNESDAY, 04 DECEMBER 2024 AT 10:00 HOURS', '2024-12-04'],
    ['Thursday, 13th March, 2025 at 10.00 am', '2025-03-13'],
    ['Wednesday, 5 March 2025', '2025-03-05'],
    ['held on Wednesday, 23rd October 2024 at 1000 hours', '2024-10-23'],
    ['10:00 hours on Wednesday 13th February 2019, Committee Room 2 - Actions', '2019-02-13'],
    ['18 Oct 2023', '2023-10-18'],
    ['9 Apr 2025', '2025-04-09'],
    ['25.11.20', '2020-11-25'],
    // Welsh minutes of Manordeilo a Salem: ordinal endings -fed, -eg and Welsh month names.
    ['CYFARFOD 10fed CHWEFROR 2016', '2016-02-10'],
    ['a gynhaliwyd ar y 13eg Ionawr 2016', '2016-01-13'],
    // Its signature line: "……9fed Mawrth 2016" (9th March).
    ['……..........…9fed Mawrth 2016', '2016-03-09'],
  ])('reads "%s" as %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('reads numeric dates day first, as UK councils print them', () => {
    expect(parseDate('03/09/2019')).toBe('2019-09-03');
  });

  it('rejects dates that do not exist', () => {
    expect(parseDate('31 April 2025')).toBeNull();
    expect(parseDate('32.01.20')).toBeNull();
  });

  it('does not read a page range or an item number as a date', () => {
    expect(parseDate('(Pages 245 - 266)')).toBeNull();
    expect(parseDate('13. Joint Health Overview & Scrutiny Committee')).toBeNull();
  });

  it('finds every date in a line, in order', () => {
    expect(findDates('Discussed at the 23 October 2024 meeting; Deadline for reports: 24 March 2025').map((d) => d.iso)).toEqual([
      '2024-10-23',
      '2025-03-24',
    ]);
  });
});
