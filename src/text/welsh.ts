/**
 * Welsh initial-consonant mutations, for reading the Welsh minutes of community and town
 * councils. A Welsh word changes its first consonant after certain words: "cytunwyd" (it was
 * agreed) is printed "a chytunwyd" after "a" (and), "Chwefror" stays, "Mawrth" is "o Fawrth"
 * after "o" (of). The phrasings that readers look for are written in their dictionary form and
 * turned into patterns that accept every mutated form here, the one place the mutations are known.
 */

/**
 * Radical consonant → the forms it takes under the soft, nasal and aspirate mutations
 * (Gramadeg y Gymraeg §§ 4–7). "g" is dropped by the soft mutation ("Gorffennaf" → "Orffennaf").
 * Digraphs come first: "ll" and "rh" mutate as letters of their own, and "ch", "dd", "ff", "ng",
 * "ph", "th" do not mutate ("Chwefror" is never "Gwefror").
 */
const MUTATIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ch', []],
  ['dd', []],
  ['ff', []],
  ['ng', []],
  ['ph', []],
  ['th', []],
  ['ll', ['l']],
  ['rh', ['r']],
  ['p', ['b', 'mh', 'ph']],
  ['t', ['d', 'nh', 'th']],
  ['c', ['g', 'ngh', 'ch']],
  ['b', ['f', 'm']],
  ['d', ['dd', 'n']],
  ['g', ['', 'ng']],
  ['m', ['f']],
];

/** Every form a Welsh word is printed in: its radical form and its mutated forms (lower case). */
export function welshForms(word: string): string[] {
  const lower = word.toLowerCase();
  const rule = MUTATIONS.find(([radical]) => lower.startsWith(radical));
  if (!rule) return [lower];
  const rest = lower.slice(rule[0].length);
  return [lower, ...rule[1].map((initial) => initial + rest)];
}

/**
 * A regular-expression source matching a Welsh word in any of its forms, in any letter case at
 * its start ("Cytunwyd", "chytunwyd", "CYTUNWYD" with the `i` flag): "(?:cytunwyd|gytunwyd|…)".
 */
export function welshWord(word: string): string {
  return `(?:${welshForms(word).join('|')})`;
}
