import { describe, expect, it } from 'vitest';
import { findTimeSlot, parseTime } from '../../src/parse/common/times.js';

describe('times are normalised to 24-hour HH:MM', () => {
  it.each([
    ['WEDNESDAY, 04 DECEMBER 2024 AT 10:00 HOURS', '10:00'],
    ['Thursday, 13th March, 2025 at 10.00 am', '10:00'],
    ['The meeting is scheduled to end by 4.30 pm.', '16:30'],
    ['held on Wednesday, 23rd October 2024 at 1000 hours', '10:00'],
    ['The meeting ended at 12.54 hrs', '12:54'],
    ['The meeting ended at 13.04 hours', '13:04'],
    ['at 7.30pm', '19:30'],
    // Royal Sutton Coldfield Town Council: a 24-hour time with a needless "pm".
    ['Meeting Closed 21:00pm', '21:00'],
  ])('reads "%s" as %s', (text, hhmm) => {
    expect(parseTime(text)).toBe(hhmm);
  });

  it('finds no time in a date or a page range', () => {
    expect(parseTime('Wednesday, 5 March 2025')).toBeNull();
    expect(parseTime('(Pages 31 - 190)')).toBeNull();
    // Sheet Parish Council's minutes heading: a numeric date, not 10:11.
    expect(parseTime('Sheet Parish Council – Minutes of a Parish Council Meeting –10.11.2022')).toBeNull();
  });
});

describe('time slots printed beside agenda items', () => {
  it('reads "(10.05 – 11.00)" as 10:05 to 11:00', () => {
    expect(findTimeSlot('PROGRESS REPORT ON IMPLEMENTATION OF CHILD CRIMINAL EXPLOITATION (CCE) INQUIRY RECOMMENDATIONS (10.05 – 11.00)')).toMatchObject({
      from: '10:05',
      to: '11:00',
    });
  });

  it('reads "(12.00 – 13.00)" as 12:00 to 13:00', () => {
    expect(findTimeSlot('SEND COMMISSIONER (12.00 – 13.00)')).toMatchObject({ from: '12:00', to: '13:00' });
  });

  it('does not read a page range "29 - 78" as a time slot', () => {
    expect(findTimeSlot('29 - 78 PROGRESS REPORT')).toBeNull();
  });
});
