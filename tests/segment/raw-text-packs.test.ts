/**
 * Packs known only as raw text extractions: hard line breaks with a trailing space, blank lines
 * between paragraphs, no form feeds, "Page N of M" stamps on some pages only, table cells run
 * together and the PDF's bookmark titles appended at the end. Each is split into the documents
 * of its structured twin (the corpus text pack, or the PDF's own pages).
 *
 * The raw forms are made by fixtures/rawtext/make-rawtext.mjs: from the structured Birmingham
 * pack here, and from pdftotext output for the committed Kent and Stockton fixtures.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error the fixture script is plain JavaScript, without types
import { rawText } from '../../fixtures/rawtext/make-rawtext.mjs';
import { extractFile, type ExtractResult } from '../../src/extract.js';
import type { Layout } from '../../src/layout/types.js';
import { fixture, loadLayout } from '../helpers.js';

type Doc = ExtractResult['pack']['documents'][number];
const summary = (d: Doc) => ({ kind: d.kind, item: d.item, from: d.pages.from, inferred: d.source.pageInferred === true });

describe('the Birmingham pack of 4 December 2024 as raw text, against its structured twin', () => {
  let structured: ExtractResult;
  let raw: ExtractResult;
  let rawLayout: Layout;
  beforeAll(async () => {
    const text = rawText(readFileSync(fixture('sample', 'birmingham_ecyp_osc_2024-12-04_pack.txt'), 'utf8'), readFileSync(fixture('rawtext', 'birmingham_ecyp_osc_2024-12-04_bookmarks.txt'), 'utf8')) as string;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'packtool-raw-')), 'birmingham_ecyp_osc_2024-12-04_pack.raw.txt');
    writeFileSync(file, text);
    structured = await extractFile(fixture('sample', 'birmingham_ecyp_osc_2024-12-04_pack.txt'));
    raw = await extractFile(file);
    rawLayout = await loadLayout(file);
  });

  it('is raw: no tabs in the text, lines ending with a space, stamps on some pages only', () => {
    const text = rawText(readFileSync(fixture('sample', 'birmingham_ecyp_osc_2024-12-04_pack.txt'), 'utf8')) as string;
    const lines = text.split('\n').filter((l) => l !== '');
    expect(lines.every((l) => l.endsWith(' ') && !l.includes('\t'))).toBe(true);
    expect(lines.filter((l) => /^Page \d+ of 178 $/.test(l)).length).toBe(21);
  });

  it('is split into the same documents, kind by kind, item by item, on the same first pages', () => {
    const twin = structured.pack.documents.map(summary);
    const got = raw.pack.documents.map(summary);
    expect(got.map((d) => [d.kind, d.item])).toEqual(twin.map((d) => [d.kind, d.item]));
    got.forEach((d, i) => {
      // A page the evidence proves is the same; one it only brackets is inferred in both, and near.
      if (!twin[i].inferred) expect(d.from).toBe(twin[i].from);
      else expect(d.inferred && Math.abs(d.from - twin[i].from) <= 1).toBe(true);
    });
    expect(got.slice(0, 9).map((d) => d.from)).toEqual([1, 5, 17, 29, 35, 39, 79, 87, 121]);
  });

  it('titles the documents as the structured twin does', () => {
    expect(raw.pack.documents.map((d) => d.title)).toEqual(structured.pack.documents.map((d) => d.title));
  });

  it('reads the appended bookmark titles as the outline, not as a document', () => {
    expect(rawLayout.outline.map((n) => n.title)).toEqual([
      'Agenda',
      'Item 4 Minutes',
      'Item 5 Action Tracker',
      'Item 6 Progress Report on Implementation of Child Criminal Exploitation (CCE) Inquiry Recommendations',
      'Item 7 Children and Families Directorate Continuous Improvement Plan (CIP) Update',
      'Item 8 SEND Commissioner',
      'Item 9 Work Programme',
    ]);
    expect(rawLayout.outline[3].children.map((n) => n.title)[0]).toBe('Item 6 Report of the Director');
    expect(raw.pack.documents.some((d) => /^Item \d/.test(d.title))).toBe(false);
    expect(raw.pack.minutes).toHaveLength(1);
  });

  it('reads the tracker, its rows run together and broken at 90 characters, as its twin\'s rows', () => {
    const fields = ['action', 'update', 'date', 'item', 'status'] as const;
    const same = structured.pack.actions.map((t) => raw.pack.actions.some((r) => fields.every((f) => r[f] === t[f])));
    expect(structured.pack.actions).toHaveLength(33);
    expect(same.filter(Boolean)).toHaveLength(33);
    expect(raw.pack.actions.every((r) => r.cellsInferred === true)).toBe(true);
  });

  it('puts each tracker row on its twin\'s page, counted from the header printed again at each page\'s top, and says the page is inferred', () => {
    // The agenda prints the tracker on pages 17-28; the raw text stamps only page 28.
    expect(raw.pack.actions.map((r) => r.source.page)).toEqual(structured.pack.actions.map((r) => r.source.page));
    expect(raw.pack.actions[0].source.page).toBe(17);
    expect(raw.pack.actions.at(-1)?.source.page).toBe(28);
    expect(raw.pack.actions.every((r) => r.source.pageInferred === true)).toBe(true);
  });

  it('reads the work programme, each row one paragraph broken at 90 characters, as its twin\'s entries', () => {
    // The twin keeps the columns (fixtures/sample, tab-separated): its date, item and deadline
    // cells are the truth. Which words are the lead officer's or the witnesses' cannot be told
    // once the columns ran together, so the raw entries name no attendees.
    const fields = ['date', 'item', 'deadline', 'status'] as const;
    expect(structured.pack.programme).toHaveLength(23);
    expect(raw.pack.programme.map((e) => fields.map((f) => e[f]))).toEqual(structured.pack.programme.map((e) => fields.map((f) => e[f])));
    expect(raw.pack.programme.every((e) => e.cellsInferred === true && e.attending.length === 0)).toBe(true);
    // A time in the date cell is not the item's; a deadline broken after its label's colon is not a new row.
    expect(raw.pack.programme[4]).toMatchObject({ date: '2024-10-11', item: 'Alternative Solution for Schools HR, Payroll and Finance Business Case', deadline: '2024-09-26' });
    expect(raw.pack.programme[15]).toMatchObject({ date: '2025-02-26', item: 'Developing the governance around school exclusions, Elective Home Education (EHE) and part time timetables', deadline: '2025-02-10' });
    expect(raw.pack.programme[11].item).toBe('Progress Report on Implementation of Child Criminal Exploitation (CCE) Inquiry Recommendations');
    // The "Menu of Issues" below the table's footnote is no entry: it is reported as not understood.
    const menu = raw.pack.warnings.find((w) => w.code === 'unparsed-lines' && w.source.page === 141);
    expect(menu?.lines?.length).toBeGreaterThan(30);
  });

  it('reads the minutes of 23 October 2024 and places them on pages 5-16', () => {
    expect(raw.pack.minutes[0].meeting.date).toBe('2024-10-23');
    expect(raw.pack.minutes[0].items.every((i) => (i.source.page ?? 0) >= 5 && (i.source.page ?? 0) <= 16)).toBe(true);
  });
});

describe('the Birmingham pack of 13 March 2019 (markdown) as raw text, against its structured twin', () => {
  let structured: ExtractResult;
  let raw: ExtractResult;
  beforeAll(async () => {
    const text = rawText(readFileSync(fixture('sample', 'birmingham_csc_osc_2019-03-13_pack.md'), 'utf8')) as string;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'packtool-raw-')), 'birmingham_csc_osc_2019-03-13_pack.raw.txt');
    writeFileSync(file, text);
    structured = await extractFile(fixture('sample', 'birmingham_csc_osc_2019-03-13_pack.md'));
    raw = await extractFile(file);
  });

  it('is split into the same documents as its twin: kind, item, title and first page', () => {
    const doc = (d: Doc) => ({ kind: d.kind, item: d.item, title: d.title, from: d.pages.from, inferred: d.source.pageInferred === true });
    expect(raw.pack.documents.map(doc)).toEqual(structured.pack.documents.map(doc));
    // The twin's headings: two "Report from Birmingham Children's Trust …" covers over "Contextual
    // Safeguarding", "Development Plan 2019/20" and the "… Work Programme 2018/19"; the raw text
    // prints each as a line standing alone (the report's heading wrapped over two).
    expect(raw.pack.documents.map((d) => [d.kind, d.item, d.title])).toEqual([
      ['agenda', null, 'Agenda'],
      ['minutes', '4', "BIRMINGHAM CITY COUNCIL CHILDREN'S SOCIAL CARE OVERVIEW AND SCRUTINY (O&S) COMMITTEE – PUBLIC MEETING 10:00 hours on Wednesday 13th February 2019, Committee Room 2 - Actions"],
      ['report', '5', 'Contextual Safeguarding'],
      ['report', '5', 'Contextual Safeguarding'],
      ['report', '6', 'Development Plan 2019/20'],
      ['work-programme', '7', "Children's Social Care O&S Committee: Work Programme 2018/19"],
    ]);
  });

  it('reads the forward plan, its rows run together and broken at 90 characters, as its twin\'s decisions', () => {
    const fields = ['id', 'title', 'portfolio', 'proposed', 'decided'] as const;
    expect(structured.pack.decisions).toHaveLength(10);
    expect(raw.pack.decisions.map((d) => fields.map((f) => d[f]))).toEqual(structured.pack.decisions.map((d) => fields.map((f) => d[f])));
    expect(raw.pack.decisions.every((d) => d.cellsInferred === true)).toBe(true);
  });
});

describe('the Kent assembled pack, pages 1-35, as pdftotext text without form feeds and a stamp on every third page', () => {
  let result: ExtractResult;
  beforeAll(async () => {
    result = await extractFile(fixture('rawtext', 'kent_county_council_2025-03-13_assembled_pack_p1-35.raw.txt'));
  });

  // Truth: the PDF's pages (../shared/corpus/pdf/kent_county_council_2025-03-13_assembled_pack.tsv).
  it('finds the front sheet, the council minutes, the two panel minutes and the item 9 report', () => {
    expect(result.pack.documents.map((d) => [d.kind, d.item])).toEqual([
      ['agenda', null],
      ['minutes', '3'],
      ['minutes', '4'],
      ['minutes', '4'],
      ['report', '9'],
    ]);
  });

  it('gives each document its true first page where a stamp proves it, and says where the page is inferred', () => {
    const docs = result.pack.documents.map(summary);
    expect(docs.filter((d) => !d.inferred).map((d) => d.from)).toEqual([19, 28, 34]);
    // The council minutes open on page 5, between the stamps of pages 3 and 6.
    expect(docs[1]).toMatchObject({ inferred: true });
    expect(docs[1].from).toBeGreaterThanOrEqual(4);
    expect(docs[1].from).toBeLessThanOrEqual(6);
  });

  it('does not open a set of minutes at a minute confirming earlier minutes ("Minutes of the meeting held on 30 July 2024" / "(Item 3)")', () => {
    expect(result.pack.documents.filter((d) => d.kind === 'minutes').map((d) => d.title)).not.toContain('Minutes of the meeting held on 30 July 2024');
  });
});

describe('the Stockton supplement pack, pages 1-12, as pdftotext text without form feeds, paged by its "Page N" stamps', () => {
  it('finds the front sheet and the item 8 report on the pages the PDF has them', async () => {
    const result = await extractFile(fixture('rawtext', 'stockton_adult_social_care_select_2023-10-24_supplement_pack_p1-12.raw.txt'));
    expect(result.pack.documents.slice(0, 2).map((d) => [d.kind, d.item, d.pages.from])).toEqual([
      ['agenda', null, 1],
      ['report', '8', 7],
    ]);
    expect(result.pack.documents.every((d) => d.source.pageInferred === undefined)).toBe(true);
  });
});

describe('the committed raw Birmingham sample, cut after its first stamp "Page 28 of 178"', () => {
  it('places the front sheet, the minutes on page 5 and the tracker on page 17, and its rows on pages 17-28', async () => {
    const result = await extractFile(fixture('rawtext', 'birmingham_ecyp_osc_2024-12-04_pack_to_p28.raw.txt'));
    expect(result.pack.documents.map((d) => [d.kind, d.item, d.pages.from, d.pages.to])).toEqual([
      ['agenda', null, 1, 4],
      ['minutes', '4', 5, 16],
      ['action-tracker', '5', 17, 28],
    ]);
    expect(result.layout.outline).toHaveLength(7);
  });
});
