/**
 * A resolution's enumerated parts: i), ii), (a), 1., bullets. The class of the first
 * enumerated part is the top level; nested parts fold into the part above.
 */
import { joinLines } from '../../../text/join.js';
import { isHeadingShaped } from '../lines.js';

type PartClass = 'roman' | 'alpha' | 'number' | 'bullet';
interface Marker {
  cls: PartClass;
  /** 1-based position in its sequence (i/a/1 → 1), 0 for bullets. */
  ordinal: number;
  /** Text after the marker. */
  rest: string;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12, xiii: 13, xiv: 14, xv: 15 };

/** Numerals that are also letters: i (9th letter), v (22nd), x (24th), by their value as numerals. */
const LETTER_NUMERALS: Record<number, number> = { 1: 9, 5: 22, 10: 24 };

/** Read a part marker at the start of a line: "i)", "(ii)", "a.", "(b)", "1.", "2)", "-", "•". */
export function markerOf(text: string): Marker | null {
  const bullet = /^[-•●▪◦·*]\s+/.exec(text);
  const t = bullet ? text.slice(bullet[0].length) : text;
  const m = /^(?:\(([ivx]+|[a-z]|\d{1,2})\)|([ivx]+|[a-z]|\d{1,2})[.)])\.?\s+(.*)$/i.exec(t);
  if (m) {
    const tok = (m[1] ?? m[2]).toLowerCase();
    const rest = m[3];
    if (/^\d+$/.test(tok)) return { cls: 'number', ordinal: Number(tok), rest };
    // "i", "v", "x" are read as numerals here and as letters where the letters run up to them (partsOf).
    if (ROMAN[tok]) return { cls: 'roman', ordinal: ROMAN[tok], rest };
    return { cls: 'alpha', ordinal: tok.charCodeAt(0) - 96, rest };
  }
  if (bullet) return { cls: 'bullet', ordinal: 0, rest: t };
  return null;
}

/**
 * Group a block's lines into top-level parts: the class of the first enumerated part is
 * the top level; other classes are nested and fold into the part above. A bare bullet
 * standing where the first enumerator belongs ("- The agenda …" then "- ii) …") is top level.
 */
export function partsOf(lines: string[]): string[] {
  const markers = lines.map(markerOf);
  // "(i)", "(v)", "(x)" after "(h)", "(u)", "(w)" are letters, not numerals.
  let lastAlpha = 0;
  for (const m of markers) {
    if (!m) continue;
    const asLetter = m.cls === 'roman' ? LETTER_NUMERALS[m.ordinal] : undefined;
    if (asLetter !== undefined && lastAlpha > 0 && asLetter === lastAlpha + 1) Object.assign(m, { cls: 'alpha', ordinal: asLetter });
    if (m.cls === 'alpha') lastAlpha = m.ordinal;
  }
  const enumerated = markers.filter((m): m is Marker => m !== null && m.cls !== 'bullet');
  const firstAny = markers.find((m) => m !== null);
  if (!firstAny) return [];
  let top: PartClass = firstAny.cls;
  if (top === 'bullet' && enumerated.length && enumerated[0].ordinal === 2) top = enumerated[0].cls;

  const parts: string[][] = [];
  let topCount = 0;
  let lastEndsSentence = false;
  for (let i = 0; i < lines.length; i++) {
    const m = markers[i];
    let isTop = false;
    if (m) {
      if (m.cls === top) isTop = true;
      else if (m.cls === 'bullet') {
        const nextEnum = markers.slice(i + 1).find((n): n is Marker => n !== null && n.cls !== 'bullet');
        isTop = !!nextEnum && nextEnum.cls === top && nextEnum.ordinal === topCount + 2;
      }
    }
    if (isTop) {
      parts.push([m!.rest]);
      topCount++;
    } else if (parts.length) {
      const text = lines[i];
      // A sub-heading between parts ("Kent Pay Scheme 2025-26", "In addition:") belongs to no part.
      if (!m && lastEndsSentence && isHeadingShaped(text.replace(/:$/, ''), 10) && !/^[a-z]/.test(text)) continue;
      parts[parts.length - 1].push(m && m.cls === 'bullet' ? m.rest : text);
    }
    lastEndsSentence = /[.;:]$/.test(lines[i]);
  }
  return parts.map((p) => joinLines(p));
}

