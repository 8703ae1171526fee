/**
 * The review page: one self-contained HTML file with the pack's pages (a PDF drawn by pdf.js in
 * the browser, a text or HTML input as its numbered lines) beside every record and warning.
 *
 * It loads nothing: pdf.js, the PDF and the page's own script and style are all inside it, and
 * its Content-Security-Policy allows exactly those (each inline script and the style by its
 * SHA-256 hash, the pdf.js worker from a Blob URL), so text from the pack that did reach the
 * markup unescaped still could not run, and the page cannot send anything anywhere.
 */
import { readFile } from 'node:fs/promises';
import type { ExtractResult } from '../extract.js';
import type { Line, Page } from '../layout/types.js';
import { escapeHtml, recordHtml } from './html.js';
import { inlineText, type InlineText } from './inline.js';
import { loadPdfJsBundle, type PdfJsBundle } from './pdfjs-bundle.js';
import { flatten, RECORD_KINDS, reviewRecords, type RecordKind, type ReviewRecord } from './records.js';
import { lineMarks, type LineMark, type LineState } from './spans.js';

const ASSETS = new URL('../../assets/review/', import.meta.url);

/** A line's box in page points, from its baseline: a line's ink sits mostly above it. */
const ASCENT = 0.9;
const DESCENT = 0.3;
/** Font size assumed for a line whose source gave none. */
const DEFAULT_SIZE = 10;

const KIND_HEADINGS: Record<RecordKind, string> = {
  meeting: 'Meeting',
  agenda: 'Agenda items',
  document: 'Documents',
  minutes: 'Minutes',
  'minute-item': 'Minute items',
  resolution: 'Resolutions',
  vote: 'Votes',
  action: 'Actions',
  programme: 'Work programme',
  decision: 'Forward plan decisions',
  warning: 'Warnings',
};

/** Kinds listed under their parents rather than in their own section. */
const NESTED: ReadonlySet<RecordKind> = new Set(['minute-item', 'resolution', 'vote']);

interface ClientAssets {
  script: InlineText;
  style: InlineText;
}

let assets: Promise<ClientAssets> | undefined;
function loadAssets(): Promise<ClientAssets> {
  assets ??= Promise.all([readFile(new URL('review.js', ASSETS), 'utf8'), readFile(new URL('review.css', ASSETS), 'utf8')]).then(([script, style]) => ({
    script: inlineText(script),
    style: inlineText(style),
  }));
  return assets;
}

export interface ReviewInput {
  result: ExtractResult;
  /** The original file's bytes (drawn in the page for a PDF). */
  bytes: Uint8Array;
}

/**
 * The page, as bytes ready to write: pdf.js and the PDF are most of it, and are kept as bytes
 * rather than joined into one string that would have to be encoded again.
 */
export async function renderReview({ result, bytes }: ReviewInput): Promise<Buffer> {
  const { pack, layout, claimed, segments } = result;
  const isPdf = layout.format === 'pdf';
  const [client, bundle] = await Promise.all([loadAssets(), isPdf ? loadPdfJsBundle() : undefined]);
  const records = reviewRecords(pack);
  const lines = layout.pages.flatMap((p) => p.lines);
  const marks = lineMarks(records, lines, claimed, segments);

  const pagesHtml = layout.pages.map((page) => (isPdf ? pdfPageHtml(page, marks) : textPageHtml(page, marks))).join('\n');
  const recordsHtml = RECORD_KINDS.filter((k) => !NESTED.has(k))
    .map((kind) => {
      const list = records.filter((r) => r.kind === kind);
      return `<section class="kind" id="kind-${kind}"><h2>${KIND_HEADINGS[kind]} <span class="n">${list.length}</span></h2>${list.map(recordHtml).join('')}</section>`;
    })
    .join('\n');

  const moduleScripts = bundle ? [bundle.library, client.script] : [client.script];
  const csp = contentSecurityPolicy(moduleScripts, client.style);
  const title = `packtool review: ${pack.source.file}`;
  const head = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>`;
  const body = `</style>
</head>
<body class="show-unread" data-format="${layout.format}">
${countsHtml(flatten(records), layout.pages, marks, pack.source.file, layout.format)}
<main>
<section id="pages" class="pages ${isPdf ? 'pdf' : 'text'}" aria-label="pages">
${pagesHtml}
</section>
<aside id="records" class="records" aria-label="records">
${recordsHtml}
</aside>
</main>
<div id="line-info" class="line-info" hidden role="status"></div>
`;
  const parts: Array<string | Buffer> = [head, client.style.bytes, body];
  if (bundle) parts.push(...pdfData(bundle, bytes));
  for (const script of moduleScripts) parts.push('<script type="module">', script.bytes, '</script>\n');
  parts.push('</body>\n</html>\n');
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
}

/** The PDF (base64) and the pdf.js worker's source, as data blocks: the browser runs neither. */
function pdfData(bundle: PdfJsBundle, bytes: Uint8Array): Array<string | Buffer> {
  const pdf = Buffer.from(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'), 'latin1');
  return [
    '<script type="application/pdf;base64" id="review-pdf">',
    pdf,
    `</script>\n<script type="text/plain" id="pdfjs-worker" data-version="${escapeHtml(bundle.version)}">`,
    bundle.worker.bytes,
    '</script>\n',
  ];
}

/**
 * Nothing by default; the page's own scripts and style by hash; the pdf.js worker from a Blob
 * URL the page's script makes; canvas images and fonts pdf.js builds in memory.
 */
export function contentSecurityPolicy(scripts: InlineText[], style: InlineText): string {
  return [
    "default-src 'none'",
    `script-src ${scripts.map((s) => s.hash).join(' ')}`,
    `style-src ${style.hash}`,
    'worker-src blob:',
    'img-src blob: data:',
    'font-src blob: data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

function lineAttrs(line: Line, mark: LineMark | undefined): string {
  const state: LineState = mark?.state ?? 'unread';
  const owners = mark?.owners.length ? ` data-owners="${escapeHtml(mark.owners.join(' '))}"` : '';
  return `class="ln ${state}" data-line="${line.line}"${owners}`;
}

/** A PDF page: a canvas pdf.js draws into when it scrolls into view, and a box over each line. */
function pdfPageHtml(page: Page, marks: Map<number, LineMark>): string {
  const boxes = page.lines.map((l) => {
    const size = l.size ?? DEFAULT_SIZE;
    // Whole points: a box a fraction of a point off still covers its line.
    const box = `${Math.round(l.x)} ${Math.round(l.y - ASCENT * size)} ${Math.round(Math.max(l.x2 - l.x, size))} ${Math.round((ASCENT + DESCENT) * size)}`;
    return `<span ${lineAttrs(l, marks.get(l.line))} data-box="${box}"></span>`;
  });
  const empty = page.lines.length ? '' : '<p class="no-text">no text on this page</p>';
  return `<div class="page" id="page-${page.number}" data-page="${page.number}" data-width="${page.width ?? 612}" data-height="${page.height ?? 792}"><canvas></canvas><div class="lines">${boxes.join('')}</div>${empty}<span class="page-no">${page.number}</span></div>`;
}

/** A text, markdown or HTML page: its numbered lines as the parsers read them. */
function textPageHtml(page: Page, marks: Map<number, LineMark>): string {
  const rows = page.lines.map((l) => `<div ${lineAttrs(l, marks.get(l.line))}><span class="no">${l.line}</span><span class="t">${escapeHtml(l.text)}</span></div>`);
  const empty = page.lines.length ? '' : '<p class="no-text">no text on this page</p>';
  return `<div class="page text" id="page-${page.number}" data-page="${page.number}"><h2 class="page-no">page ${page.number}</h2>${rows.join('')}${empty}</div>`;
}

/** The counts at the top: records per kind, warnings per code, pages with no text, lines by state. */
function countsHtml(records: ReviewRecord[], pages: Page[], marks: Map<number, LineMark>, file: string, format: string): string {
  const count = <T extends string>(values: T[]) => {
    const m = new Map<T, number>();
    for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
    return m;
  };
  const kinds = count(records.map((r) => r.kind));
  const codes = count(records.filter((r) => r.kind === 'warning').map((r) => String(r.fields.code)));
  const states = count([...marks.values()].map((m) => m.state));
  const blank = pages.filter((p) => p.lines.length === 0).map((p) => p.number);
  const chip = (label: string, n: number, attrs = '') => `<li${attrs}><span class="n">${n}</span> ${escapeHtml(label)}</li>`;
  const recordChips = RECORD_KINDS.filter((k) => k !== 'warning').map((k) => chip(KIND_HEADINGS[k].toLowerCase(), kinds.get(k) ?? 0, ` data-count="${k}"`));
  const warningChips = [...codes].sort(([a], [b]) => a.localeCompare(b)).map(([code, n]) => chip(code, n, ` data-count="warning:${escapeHtml(code)}"`));
  const lineChips = (['read', 'unparsed', 'unread'] as const).map((s) => chip(`${s} lines`, states.get(s) ?? 0, ` class="legend ${s}" data-count="lines:${s}"`));
  const blankText = blank.length ? `${blank.length} (${blank.join(', ')})` : '0';
  return `<header class="counts">
<h1>${escapeHtml(file)} <span class="format">${escapeHtml(format)}, ${pages.length} page${pages.length === 1 ? '' : 's'}</span></h1>
<ul class="chips records-count">${recordChips.join('')}</ul>
<ul class="chips warnings-count">${warningChips.join('') || '<li>no warnings</li>'}</ul>
<ul class="chips lines-count">${lineChips.join('')}<li data-count="blank-pages">pages with no text: ${blankText}</li><li><label class="toggle"><input type="checkbox" id="show-unread" checked> mark unread lines</label></li></ul>
</header>`;
}
