/**
 * Every fixture says where it came from (fixtures/SOURCES.tsv): the council and the repository,
 * commit and path it was archived at, as the corpus manifest gives them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, FIXTURES, HAS_CORPUS, NO_CORPUS, ROOT } from '../helpers.js';

const COLUMNS = ['fixture', 'council', 'repository', 'commit', 'path', 'from', 'kept'] as const;
type Row = Record<(typeof COLUMNS)[number], string>;

function readTsv(file: string): { head: string[]; rows: string[][] } {
  const [head, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n').map((line) => line.split('\t'));
  return { head, rows };
}

const sources = readTsv(path.join(FIXTURES, 'SOURCES.tsv'));
// `kept` is free text and may hold tabs (a quoted "Page\t28\tof\t178"): it is the rest of the line.
const rows: Row[] = sources.rows.map((cells) => {
  const row = Object.fromEntries(COLUMNS.slice(0, -1).map((c, i) => [c, cells[i]])) as Row;
  row.kept = cells.slice(COLUMNS.length - 1).join('\t');
  return row;
});

/** Test inputs: every file under fixtures/ but the expected records, the scripts that make files, and the notes. */
function fixtureFiles(dir = FIXTURES): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'expected' ? [] : fixtureFiles(full);
    return /\.mjs$|^README\.md$|^SOURCES\.tsv$/.test(name) ? [] : [path.relative(ROOT, full).split(path.sep).join('/')];
  });
}

describe('fixtures/SOURCES.tsv', () => {
  it('has the columns fixture, council, repository, commit, path, from, kept', () => {
    expect(sources.head).toEqual([...COLUMNS]);
  });

  it('has a row for every fixture file, and no row for a file that is not there', () => {
    const listed = new Set(rows.map((r) => r.fixture));
    const files = fixtureFiles();
    expect(files.filter((f) => !listed.has(f))).toEqual([]);
    expect([...listed].filter((f) => !files.includes(f))).toEqual([]);
  });

  it('names the council and the archive of every paper taken from the corpus', () => {
    const papers = rows.filter((r) => /^(pdf|text)\//.test(r.from));
    expect(papers.length).toBeGreaterThan(90);
    for (const r of papers) {
      expect(r.council, r.fixture).toMatch(/^[a-z0-9_]+$/);
      expect(r.repository, r.fixture).not.toBe('');
      expect(r.commit, r.fixture).toMatch(/^([0-9a-f]{40})?$/);
    }
    const generated = rows.filter((r) => !/^(pdf|text)\//.test(r.from));
    expect(generated.every((r) => r.from === '(none: generated)' && r.council === '-')).toBe(true);
  });

  it.skipIf(!HAS_CORPUS)(`agrees with the corpus manifest${HAS_CORPUS ? '' : ` (${NO_CORPUS})`}`, () => {
    const manifest = readTsv(path.join(CORPUS, 'MANIFEST.tsv'));
    const col = (name: string) => manifest.head.indexOf(name);
    const byFile = new Map(manifest.rows.map((cells) => [cells[col('file')], cells]));
    for (const r of rows.filter((row) => /^(pdf|text)\//.test(row.from))) {
      const m = byFile.get(r.from);
      expect(m, r.from).toBeDefined();
      expect([r.council, r.repository, r.commit, r.path], r.fixture).toEqual([
        m![col('council')],
        m![col('source_repository')],
        m![col('commit')],
        m![col('path_in_repository')],
      ]);
    }
  });
});
