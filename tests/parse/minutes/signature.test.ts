import { describe, expect, it } from 'vitest';
import { signatureReader } from '../../../src/parse/minutes/signature.js';
import { minutesOf } from './helpers.js';

// Closing signature blocks as the corpus minutes print them (after markup clean-up, which takes
// a run of underscores away).
describe('closing signature blocks (src/parse/minutes/signature.ts)', () => {
  it('names the reader for each printed form', () => {
    expect(signatureReader('Signed _ Dated 7th January 2020')).toBe('signed-blank'); // Milburn PC
    expect(signatureReader('Signed as a correct record')).toBe('signed-as-record'); // Royal Sutton Coldfield TC
    expect(signatureReader('Signed………………………………………………….')).toBe('signed-blank');
    expect(signatureReader('Date……………………………………………………')).toBe('date-of-signing');
    expect(signatureReader('………………..……………………')).toBe('blank-line'); // Whitbourne PC
    expect(signatureReader('Chairman – 3rd December 2025')).toBe('role-and-date');
    expect(signatureReader('………………………..........…9th March 2016')).toBe('blank-line'); // Manordeilo and Salem CC
    expect(signatureReader('CHAIRPERSON')).toBe('role-and-date');
    expect(signatureReader('CADEIRYDD')).toBe('role-and-date');
    expect(signatureReader('signed date')).toBe('signed-blank'); // Kent, under two dotted lines
  });

  it('leaves sentences that speak of signing, and a chair named in a heading, to the minutes', () => {
    expect(signatureReader('signed and approved.')).toBeNull(); // Milburn PC, the end of minute 19.11.03's sentence
    expect(signatureReader('Chairman – Chris Wilton')).toBeNull(); // Sheet PC agenda heading
    expect(signatureReader('Date of next meeting')).toBeNull();
  });

  it('keeps "signed and approved." in its minute and the signature line at the page foot out of any (Milburn PC)', async () => {
    const { minutes, unclaimed } = await minutesOf('milburn_parish_council_2019-11-12_minutes.pdf');
    expect(minutes.items[2].text).toBe('The minutes of the meeting held on the 3rd September 2019 had been circulated prior to this meeting. All agreed this was a true record and were signed and approved.');
    expect(minutes.items.map((i) => i.text).join(' ')).not.toMatch(/Dated 7th January/);
    expect(unclaimed).toEqual([]);
  });

  it('understands the chair\'s line with the date of signing under the dotted line (Whitbourne PC)', async () => {
    const { minutes, unclaimed } = await minutesOf('whitbourne_pc_full_council_2025-12-03_minutes.pdf');
    expect(minutes.items.map((i) => i.text).join(' ')).not.toMatch(/Chairman – 3rd December/);
    // What is still not understood is the payments table above it, not the signature block.
    expect(unclaimed.length).toBeGreaterThan(0);
    expect(unclaimed).not.toContain(131);
    expect(unclaimed).not.toContain(132);
  });
});
