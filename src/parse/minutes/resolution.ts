/**
 * Resolutions: every "RESOLVED" block ("RESOLVED:", "RESOLVED that …", "(27) RESOLVED
 * that:", "It was RESOLVED"), with its top-level enumerated parts (i), ii), (a), 1.,
 * bullets; nested parts folded into their parent), and decisions stated in a sentence
 * ("It was therefore resolved not to adopt …", "Councillors resolved to pay …").
 */
import type { Resolution } from '../../schema/pack.js';
import { joinLines } from '../common/join.js';
import { ref, isHeadingShaped, type MLine } from './lines.js';
import { isResultLine, parseSideLabel } from './vote.js';
import { isEndedLine } from './ended.js';

/** A paragraph number before RESOLVED: "(4)", "27)", "3.", "(b)". */
const PARA_NUMBER = /^(\(\d{1,3}\)|\d{1,3}\)|\d{1,3}\.(?=\s)|\([a-z]\))\s*/;
/** The opening of a resolution block. */
const RESOLVED_HEAD = /^(?:It\s+was\s+(?:unanimously\s+)?|The\s+(?:Committee|Panel|Council|Board|Cabinet)\s+)?(?:RESOLVED|Resolved|AGREED(?=\s*[:-])|Agreed(?=\s*:))\b\s*(?:[:\-–]\s*)?/;
/** Someone arriving or leaving: recorded between minutes' paragraphs, never part of a resolution. */
const MOVEMENT = /\b(?:left|joined|re-?joined|returned\s+to|arrived\s+at|entered|withdrew\s+from)\s+the\s+(?:meeting|room|chamber)\b/i;
/** A decision stated inside a paragraph. */
const INLINE_DECISION = /\b(?:it\s+was|councillors|members|the\s+(?:council|committee|panel|group|board))\s+(?:\w+\s+){0,2}?(?:resolved|RESOLVED)\b|\bit\s+was\s+(?:\w+\s+)?(?:agreed|AGREED)\s+(?:to|that)\b|\bunanimously\s+(?:agreed|approved|resolved)\b/i;

/**
 * Where one decision's sentence ends: a full stop after a word (not after "Cllr.", "Mr." or an
 * initial) before a capital or a list marker, or a bullet, which opens a new point.
 */
const SENTENCE_BREAK = /(?<!\b(?:Cllrs?|Mrs?|Ms|Dr|St|No|Rev|Revd|Prof|Co|Ltd|approx|etc|[A-Z])\.)(?<=[a-z0-9)’”"]{2}[.!?])\s+(?=[A-Z]|\(?[ivx]+\)\s|\(?[a-z]\)\s)|\s+(?=[•●▪]\s)/;

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
function markerOf(text: string): Marker | null {
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
function partsOf(lines: string[]): string[] {
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

export interface ResolutionBlocks {
  resolutions: Array<{ resolution: Resolution; at: number }>;
  used: Set<number>;
}

/** Does a line end the block that started at `head`? */
function endsBlock(line: MLine, head: MLine, headPara: string | null, hanging: boolean): boolean {
  const t = line.text;
  if (RESOLVED_HEAD.test(t.replace(PARA_NUMBER, ''))) return true;
  if (parseSideLabel(t) || isResultLine(t) || isEndedLine(t) || MOVEMENT.test(t)) return true;
  if (headPara) {
    const style = headPara.startsWith('(') ? /^\(\d{1,3}\)\s/ : headPara.endsWith(')') ? /^\d{1,3}\)\s/ : /^\d{1,3}\.\s/;
    if (style.test(t)) return true;
  }
  // PDF: the block's lines hang to the right of its paragraph number; a line back at the margin is the next paragraph.
  if (hanging && line.src.x <= head.src.x + 2 && !markerOf(t)) return true;
  return false;
}

/**
 * "It was moved by Cllr A, seconded by Cllr B and RESOLVED that …": a block that opens inside a
 * line. Split the line there so the words before stay discussion and the block starts at RESOLVED.
 */
export function splitAtResolved(line: MLine): MLine[] {
  const m = /^(.*?\S)\s+(?=RESOLVED\b)/.exec(line.text);
  if (!m || (PARA_NUMBER.test(line.text) && RESOLVED_HEAD.test(line.text.replace(PARA_NUMBER, '')))) return [line];
  return [
    { ...line, text: m[1] },
    { ...line, text: line.text.slice(m[0].length) },
  ];
}

/** Every RESOLVED block in a minute's body, and the body lines they used. */
export function findResolutions(body: MLine[], skip: Set<number>): ResolutionBlocks {
  const out: ResolutionBlocks = { resolutions: [], used: new Set() };
  for (let i = 0; i < body.length; i++) {
    if (skip.has(i)) continue;
    const para = PARA_NUMBER.exec(body[i].text);
    const afterPara = para ? body[i].text.slice(para[0].length) : body[i].text;
    const head = RESOLVED_HEAD.exec(afterPara);
    if (!head) continue;

    const headLine = body[i];
    const first = afterPara.slice(head[0].length).trim();
    const lines: string[] = [];
    const blockText: string[] = [afterPara];
    out.used.add(i);
    let j = i + 1;
    const hasGeometry = headLine.src.size !== null;
    const hanging = hasGeometry && !!para && j < body.length && body[j].src.x > headLine.src.x + 4;
    for (; j < body.length; j++) {
      if (skip.has(j) || endsBlock(body[j], headLine, para ? para[1] : null, hanging)) break;
      lines.push(body[j].text);
      blockText.push(body[j].text);
      out.used.add(j);
    }
    // "RESOLVED: That: i) …" — the opening words may carry the first part.
    const partLines = first && markerOf(first) ? [first, ...lines] : lines;
    out.resolutions.push({
      resolution: { text: joinLines(blockText), parts: partsOf(partLines), source: ref(headLine) },
      at: i,
    });
    i = j - 1;
  }
  return out;
}

/** Decisions stated in a sentence of the discussion text ("It was therefore resolved not to adopt …"). */
export function inlineDecisions(body: MLine[], skip: Set<number>): Array<{ resolution: Resolution; at: number }> {
  const out: Array<{ resolution: Resolution; at: number }> = [];
  const idx: number[] = [];
  for (let i = 0; i < body.length; i++) if (!skip.has(i)) idx.push(i);
  const text = joinLines(idx.map((i) => body[i].text));
  const sentences = text.split(SENTENCE_BREAK);
  for (let s of sentences) {
    const m = INLINE_DECISION.exec(s);
    if (!m) continue;
    // A decision that opens its own line ("Councillors resolved to pay these invoices") after an
    // unpunctuated list starts there, not at the list.
    const fromSubject = s.slice(m.index);
    const own = m.index > 0 ? idx.findIndex((i) => body[i].text.startsWith(fromSubject.slice(0, 20))) : -1;
    if (own >= 0) {
      s = fromSubject;
      // …and ends with its line when that line has no full stop and the next opens a new point.
      const line = body[idx[own]].text;
      const next = idx[own + 1] !== undefined ? body[idx[own + 1]].text : '';
      if (!/[.!?;:]$/.test(line) && /^[A-Z]/.test(next) && s.startsWith(line)) s = line;
    }
    const probe = s.slice(0, 25);
    const at = idx.find((i) => body[i].text.includes(probe.slice(0, 15))) ?? idx[0] ?? 0;
    const sentence = s.replace(/^[•●▪]\s+/, '').replace(/^\(?[ivx]+\)\s+/, '').trim();
    out.push({ resolution: { text: sentence, parts: [], source: ref(body[at]) }, at });
  }
  return out;
}
