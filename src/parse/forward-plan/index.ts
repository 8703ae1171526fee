/**
 * Forward plans of decisions ("ID Number | Title | Proposed Date | Date of Decision") →
 * PlannedDecision records. Where the plan has no portfolio column, the heading printed just
 * above each block ("Children's Wellbeing", "Portfolio: Leader") is the portfolio.
 */
import type { Context } from '../../context.js';
import type { Line } from '../../layout/types.js';
import type { PlannedDecision } from '../../schema/pack.js';
import { parseDate } from '../../text/dates.js';
import { cleanMarkup } from '../../text/join.js';
import { groupByKeyColumn, readFlatTables, warnInterleaved, readTables } from '../tables/index.js';
import { claim, type Parsed } from '../types.js';
import { FORWARD_PLAN_HEADER } from './columns.js';
import { flatDecisions, FORWARD_PLAN_ROWS } from './flattened.js';

/** How far above a block's header its portfolio heading may be. */
const HEADING_LOOKBACK_LINES = 2;
/** A portfolio heading is short; a longer line is the plan's introduction. */
const HEADING_MAX_CHARS = 80;
const PORTFOLIO_LABEL = /^(?:portfolio|cabinet\s+member)\s*(?:holder)?\s*[:\-–]\s*/i;
/** "006186/2019", "FP/1234", "2024/00123": what an id cell holds. Anything else is not a decision row. */
const DECISION_ID = /\d/;

function clean(text: string | undefined): string | null {
  const t = cleanMarkup(text ?? '');
  return t === '' || /^[-–—]$/.test(t) ? null : t;
}

function portfolioHeading(lines: Line[], headerIndex: number): string | null {
  for (let k = headerIndex - 1; k >= Math.max(0, headerIndex - HEADING_LOOKBACK_LINES); k--) {
    const text = clean(lines[k].text);
    if (!text || text.length > HEADING_MAX_CHARS || /[.:]$/.test(text.replace(PORTFOLIO_LABEL, '')) || /^\d+(\.\d+)*\s/.test(text)) continue;
    if (lines[k].bold || lines[k].heading || PORTFOLIO_LABEL.test(text)) return text.replace(PORTFOLIO_LABEL, '');
  }
  return null;
}

export function parseForwardPlan(lines: Line[], ctx: Context): Parsed<PlannedDecision[]> {
  const claimed = new Set<number>();
  const value: PlannedDecision[] = [];
  for (const table of readTables(lines, FORWARD_PLAN_HEADER, ctx, { warnFlattened: false })) {
    const heading = portfolioHeading(lines, lines.indexOf(table.header.lines[0]));
    for (const row of groupByKeyColumn(table.body, 'id')) {
      const first = row.lines[0];
      const id = clean(row.cells.id);
      const title = clean(row.cells.title);
      if (!id || !DECISION_ID.test(id) || !title) {
        ctx.warn('decision-row-unread', `A forward-plan row has no decision id or title ("${row.lines.map((l) => l.text).join(' ').slice(0, 80)}"); it was left out.`, { page: first.page, line: first.line });
        continue;
      }
      value.push({
        id,
        title,
        portfolio: clean(row.cells.portfolio) ?? heading,
        proposed: parseDate(row.cells.proposed),
        decided: parseDate(row.cells.decided),
        source: { page: first.page, line: first.line },
      });
    }
    claim(claimed, table.lines);
  }
  for (const table of readFlatTables(lines, FORWARD_PLAN_HEADER, FORWARD_PLAN_ROWS)) {
    const heading = portfolioHeading(lines, lines.indexOf(table.header.lines[0]));
    const { value: decisions, unread } = flatDecisions(table);
    warnInterleaved(table, 'forward plan', ctx);
    value.push(...decisions.map((d) => ({ ...d, portfolio: d.portfolio ?? heading })));
    // Text before the first reference is not a decision: left unclaimed, it is reported as not understood.
    claim(claimed, table.lines.filter((l) => !unread.includes(l)));
  }
  return { value, claimed };
}
