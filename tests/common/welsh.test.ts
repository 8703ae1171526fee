import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/text/dates.js';
import { welshForms, welshWord } from '../../src/text/welsh.js';

// Words as printed in the Welsh minutes of Manordeilo a Salem (fixtures/minutes).
describe('Welsh words in every mutated form', () => {
  it('should match "a chytunwyd" (and it was agreed), page 2, with the dictionary form "cytunwyd"', () => {
    expect(welshForms('cytunwyd')).toEqual(['cytunwyd', 'gytunwyd', 'nghytunwyd', 'chytunwyd']);
    expect(new RegExp(`\\b${welshWord('cytunwyd')}\\b`, 'i').exec('feedback; a chytunwyd y dylid rhoi’r wybodaeth')?.[0]).toBe('chytunwyd');
  });

  it('should match "o Gyngor Cymuned" (of the Community Council), page 1, with "Cyngor"', () => {
    expect(new RegExp(`\\b${welshWord('cyngor')}\\b`, 'i').test('Cynhaliwyd cyfarfod o Gyngor Cymuned Manordeilo a Salem')).toBe(true);
  });

  it('should leave "ch", "ll" and "rh" to their own rules ("Chwefror" never "Gwefror", "Rhagfyr" → "Ragfyr")', () => {
    expect(welshForms('Chwefror')).toEqual(['chwefror']);
    expect(welshForms('rhagfyr')).toEqual(['rhagfyr', 'ragfyr']);
  });

  it('should read a mutated month in a date: "o Fawrth" is March', () => {
    expect(parseDate('1af o Fawrth 2016')).toBe('2016-03-01');
  });
});
