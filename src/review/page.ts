/**
 * The review page: one self-contained HTML file with the pack's pages (a PDF drawn by pdf.js in
 * the browser, a text or HTML input as its numbered lines) beside every record and warning.
 *
 * It loads nothing: pdf.js, the PDF and the page's own script and style are all inside it, and
 * its Content-Security-Policy allows exactly those (each inline script and the style by its
 * SHA-256 hash, the pdf.js worker from a Blob URL), so text from the pack that did reach the
 * markup unescaped still could not run, and the page cannot send anything anywhere.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ExtractResult } from '../extract.js';
import type { Line, Page } from '../layout/types.js';
import { escapeHtml, recordHtml } from './html.js';
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
  script: string;
  style: string;
}

let assets: Promise<ClientAssets> | undefined;
function loadAssets(): Promise<ClientAssets> {
  assets ??= Promise.all([readFile(new URL('review.js', ASSETS), 'utf8'), readFile(new URL('review.css', ASSETS), 'utf8')]).then(([script, style]) => ({ script, style }));
  return assets;
}

export interface ReviewInput {
  result: ExtractResult;
  /** The original file's bytes (drawn in the page for a PDF). */
  bytes: Uint8Array;
}

export async function renderReview({ result, bytes }: ReviewInput): Promise<string> {
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

  const scripts = isPdf && bundle ? pdfScripts(bundle, bytes) : [];
  const moduleScripts = [...(bundle && isPdf ? [bundle.library] : []), client.script];
  const csp = contentSecurityPolicy(moduleScripts, client.style);
  const title = `packtool review: ${pack.source.file}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${client.style}</style>
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
${scripts.join('\n')}
${moduleScripts.map((s) => `<script type="module">${s}</script>`).join('\n')}
</body>
</html>
`;
}

/** The PDF (base64) and the pdf.js worker's source, as data blocks: the browser runs neither. */
function pdfScripts(bundle: PdfJsBundle, bytes: Uint8Array): string[] {
  const pdf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  return [
    `<script type="application/pdf;base64" id="review-pdf">${pdf}</script>`,
    `<script type="text/plain" id="pdfjs-worker" data-version="${escapeHtml(bundle.version)}">${inertScriptText(bundle.worker)}</script>`,
  ];
}

/**
 * Text that may stand inside a `<script>` element: it must not close the element or open an
 * HTML comment, which would change how the rest of the page is parsed. pdf.js's builds hold
 * neither; if a later one does, stop rather than write a broken page.
 */
function inertScriptText(text: string): string {
  if (/<\/script|<!--/i.test(text)) throw new Error('internal error: an inlined script holds "</script" or "<!--" and cannot be inlined as it is');
  return text;
}

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Nothing by default; the page's own scripts and style by hash; the pdf.js worker from a Blob
 * URL the page's script makes; canvas images and fonts pdf.js builds in memory.
 */
export function contentSecurityPolicy(scripts: string[], style: string): string {
  for (const s of scripts) inertScriptText(s);
  return [
    "default-src 'none'",
    `script-src ${scripts.map(sha256).join(' ')}`,
    `style-src ${sha256(style)}`,
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
    const box = [l.x, l.y - ASCENT * size, Math.max(l.x2 - l.x, size), (ASCENT + DESCENT) * size].map((v) => v.toFixed(1)).join(' ');
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
