/**
 * Nothing is lost silently, on every paper we have: each line of a pack belongs to exactly one
 * document, and inside the documents packtool reads (front sheet, minutes, action tracker, work
 * programme) each line was read into a record or is named in an `unparsed-lines` warning with
 * its page. A file of which nothing was recognised says so.
 *
 * Runs over the fixtures always, and over the whole shared corpus when it is checked out.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/extract.js';
import { UNDERSTOOD_KINDS } from '../../src/coverage.js';
import { CORPUS, FIXTURES, HAS_CORPUS, NO_CORPUS } from '../helpers.js';

const READABLE = /\.(pdf|txt|md|html?)$/i;

function papersIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => READABLE.test(f))
    .map((f) => path.join(dir, f))
    .filter((f) => statSync(f).isFile());
}

const FIXTURE_PAPERS = ['minutes', 'frontsheet', 'tracker', 'segment', 'sample'].flatMap((d) => papersIn(path.join(FIXTURES, d)));
const CORPUS_PAPERS = HAS_CORPUS ? [...papersIn(path.join(CORPUS, 'pdf')), ...papersIn(path.join(CORPUS, 'text'))] : [];

async function check(file: string): Promise<void> {
  const { pack, layout, segments, claimed } = await extractFile(file);
  const all = layout.pages.flatMap((p) => p.lines.map((l) => l.line));
  // Every line in exactly one document, in order.
  expect(segments.flatMap((s) => s.lines.map((l) => l.line))).toEqual(all);

  const reported = new Map<number, number | null>();
  for (const w of pack.warnings) if (w.code === 'unparsed-lines') for (const n of w.lines ?? []) reported.set(n, w.source.page);
  const lost: string[] = [];
  for (const seg of segments) {
    if (!UNDERSTOOD_KINDS.has(seg.kind)) continue;
    for (const l of seg.lines) {
      if (claimed.has(l.line)) continue;
      if (!reported.has(l.line)) lost.push(`${seg.kind} line ${l.line} (page ${l.page}): ${l.text.slice(0, 60)}`);
      else expect(reported.get(l.line)).toBe(l.page);
    }
  }
  expect(lost).toEqual([]);

  const anyRecords = pack.agenda.length + pack.minutes.length + pack.actions.length + pack.programme.length + pack.decisions.length > 0;
  if (!anyRecords && segments.some((s) => s.kind === 'other' && s.lines.length > 0)) {
    expect(pack.warnings.map((w) => w.code)).toContain('nothing-recognised');
  }
}

describe('nothing is lost silently: the fixtures', () => {
  it.each(FIXTURE_PAPERS.map((f) => [path.relative(FIXTURES, f), f]))('%s', async (_, file) => {
    await check(file);
  });
});

describe.skipIf(!HAS_CORPUS)(`nothing is lost silently: every corpus paper${HAS_CORPUS ? '' : ` (${NO_CORPUS})`}`, () => {
  it.each(CORPUS_PAPERS.map((f) => [path.relative(CORPUS, f), f]))('%s', async (_, file) => {
    await check(file);
  });
});
