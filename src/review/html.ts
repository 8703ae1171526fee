/**
 * HTML pieces of the review page. Every string from the pack goes through `escapeHtml`:
 * a pack can hold `<script>` in its text, and the page must show it, never run it.
 */
import type { ReviewRecord } from './records.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A field's value: null as "not printed", lists as lists, page ranges as "from–to". */
export function valueHtml(value: unknown): string {
  if (value === null || value === undefined) return '<span class="null" title="null: not printed">—</span>';
  if (typeof value === 'string') return value === '' ? '<span class="null" title="empty">""</span>' : escapeHtml(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) {
    if (!value.length) return '<span class="null" title="none">[]</span>';
    return `<ul>${value.map((v) => `<li>${valueHtml(v)}</li>`).join('')}</ul>`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    const keys = entries.map(([k]) => k).join(',');
    if (keys === 'from,to') return `${valueHtml((value as { from: unknown }).from)}–${valueHtml((value as { to: unknown }).to)}`;
    return fieldsHtml(Object.fromEntries(entries));
  }
  return escapeHtml(String(value));
}

function fieldsHtml(fields: Record<string, unknown>): string {
  const rows = Object.entries(fields).map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${valueHtml(value)}</dd>`);
  return `<dl>${rows.join('')}</dl>`;
}

/** One record with its nested records: the element a user clicks, found by `data-record`. */
export function recordHtml(record: ReviewRecord): string {
  const where = record.page === null ? 'page unknown' : `p. ${record.page}${record.line === null ? '' : `, line ${record.line}`}`;
  const attrs = [
    `class="record ${record.kind}"`,
    `data-record="${escapeHtml(record.key)}"`,
    record.page === null ? '' : `data-page="${record.page}"`,
    record.line === null ? '' : `data-line="${record.line}"`,
    'tabindex="0"',
  ].filter(Boolean);
  const children = record.children.map(recordHtml).join('');
  return `<article ${attrs.join(' ')}><h3><span class="where">${where}</span>${escapeHtml(record.title)}</h3>${fieldsHtml(record.fields)}${children}</article>`;
}
