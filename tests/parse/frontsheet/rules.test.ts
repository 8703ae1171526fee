import { describe, expect, it } from 'vitest';
import { isAttendance, splitAttending } from '../../../src/parse/frontsheet/attending.js';
import { nameCase } from '../../../src/parse/common/case.js';
import { agendaNumberFollows, nextNumber } from '../../../src/parse/frontsheet/item-heading.js';
import { bareRange, findWordedRange, leadingRange, trailingRange } from '../../../src/parse/frontsheet/page-range.js';

describe('page ranges', () => {
  it('reads ModernGov "(Pages 1 - 14)" at the end of a title and takes it out', () => {
    expect(findWordedRange('Minutes of the meeting held on 13 February 2025 and, if in order, (Pages 1 - 14)')).toEqual({
      range: { from: 1, to: 14 },
      rest: 'Minutes of the meeting held on 13 February 2025 and, if in order,',
    });
    expect(findWordedRange('(Page 7)')?.range).toEqual({ from: 7, to: 7 });
  });

  it('reads a CMIS range on its own line', () => {
    expect(bareRange('5 - 16')).toEqual({ from: 5, to: 16 });
    expect(bareRange('To receive any apologies.')).toBeNull();
  });

  it('reads a range glued in front of a heading whose number was lost', () => {
    expect(leadingRange('29 - 78 PROGRESS REPORT ON IMPLEMENTATION')).toEqual({ range: { from: 29, to: 78 }, rest: 'PROGRESS REPORT ON IMPLEMENTATION' });
  });

  it('does not take years in a title for a page range', () => {
    expect(trailingRange('UPDATE ON BIRMINGHAM STRATEGIC YOUTH JUSTICE PLAN 2023-2028')).toBeNull();
    expect(trailingRange('Kent Minerals and Waste Local Plan 2024-39')).toBeNull();
    expect(trailingRange('Capital Programme 2025-35 and Revenue Budget 2025-26')).toBeNull();
  });
});

describe('item numbers in sequence', () => {
  it('accepts the next number, a lettered sub-item, and a new lettered part', () => {
    expect(agendaNumberFollows(null, '1')).toBe(true);
    expect(agendaNumberFollows('3', '4')).toBe(true);
    expect(agendaNumberFollows('4', '4a')).toBe(true);
    expect(agendaNumberFollows('4a', '4b')).toBe(true);
    expect(agendaNumberFollows('A3', 'B1')).toBe(true);
  });

  it('refuses a year, a minute number or a skipped number', () => {
    expect(agendaNumberFollows('3', '2025')).toBe(false);
    expect(agendaNumberFollows('17', '286')).toBe(false);
    expect(agendaNumberFollows('5', '7')).toBe(false);
    expect(nextNumber('5')).toBe('6');
  });
});

describe('names printed in capitals', () => {
  it('are given in their usual case, keeping postcodes and "&"', () => {
    expect(nameCase('EDUCATION, CHILDREN AND YOUNG PEOPLE OVERVIEW AND SCRUTINY COMMITTEE')).toBe(
      'Education, Children and Young People Overview and Scrutiny Committee',
    );
    expect(nameCase('COMMITTEE ROOMS 3 & 4, COUNCIL HOUSE, VICTORIA SQUARE, BIRMINGHAM, B1 1BB')).toBe(
      'Committee Rooms 3 & 4, Council House, Victoria Square, Birmingham, B1 1BB',
    );
    expect(nameCase("CHILDREN'S SOCIAL CARE OVERVIEW AND SCRUTINY (O&S) COMMITTEE")).toBe("Children's Social Care Overview and Scrutiny (O&S) Committee");
  });

  it('are left alone when any letter is in lower case', () => {
    expect(nameCase('Council Chamber, Sessions House')).toBe('Council Chamber, Sessions House');
  });
});

describe('attendance notes', () => {
  it('are recognised by "in attendance" and the like', () => {
    expect(isAttendance('Mr John Coughlan CBE the SEND Commissioner for Birmingham and Helen Ellis, Director of SEND and Inclusion in attendance.')).toBe(true);
    expect(isAttendance('To consider the report on the Scrutiny Work Programme.')).toBe(false);
  });

  it('are parted at semicolons where a list uses them (Birmingham CSC action notes, 13 February 2019)', () => {
    const text =
      "Andrew Christie, Chair, Children's Trust; Andy Couldrick, Chief Executive, Children's Trust; Councillor Kate Booth, Cabinet Member for Children's Wellbeing and Sarah Sinclair, AD, Children and Young People Commissioning attended for this item.";
    expect(isAttendance(text)).toBe(true);
    expect(splitAttending(text)).toEqual([
      "Andrew Christie, Chair, Children's Trust",
      "Andy Couldrick, Chief Executive, Children's Trust",
      "Councillor Kate Booth, Cabinet Member for Children's Wellbeing",
      'Sarah Sinclair, AD, Children and Young People Commissioning',
    ]);
  });

  it('split at a name after "and" only when what follows is a name, not a role', () => {
    expect(splitAttending('Andy Couldrick, Chief Executive, Children\'s Trust and Dr Tim O\'Neill, Director for Education & Skills in attendance.')).toEqual([
      "Andy Couldrick, Chief Executive, Children's Trust",
      "Dr Tim O'Neill, Director for Education & Skills",
    ]);
  });
});
