/** Read a fixture's front sheet the way the pipeline does before segmentation: all lines of the file. */
import { Context } from '../../../src/context.js';
import { allLines, type Line } from '../../../src/layout/types.js';
import { parseFrontSheet } from '../../../src/parse/frontsheet/index.js';
import type { AgendaItem } from '../../../src/schema/pack.js';
import { loadLayout } from '../../helpers.js';

export async function readFrontSheet(file: string) {
  const layout = await loadLayout(file);
  const lines = allLines(layout);
  const ctx = new Context(file);
  const parsed = parseFrontSheet(lines, ctx, layout.frontMatter);
  return { ...parsed.value, claimed: parsed.claimed, warnings: ctx.warnings, lines, ctx };
}

export type Row = [number: string, title: string, pages: [number, number] | null, time?: [string, string] | null];

/** The item as a row of (number, title, page range, time slot), to compare agendas line by line. */
export function row(item: AgendaItem): Row {
  return [item.number ?? '', item.title, item.pages ? [item.pages.from, item.pages.to] : null, item.time ? [item.time.from, item.time.to ?? ''] : null];
}

export function lineOf(lines: Line[], text: string): Line {
  const found = lines.find((l) => l.text.includes(text));
  if (!found) throw new Error(`no line contains "${text}"`);
  return found;
}
