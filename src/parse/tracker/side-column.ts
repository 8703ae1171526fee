/**
 * Actions printed in a side column of minutes ("Points discussed/agreed | Action Who/When"):
 * the discussion runs down the left as numbered points and bullets, and an action cell sits
 * beside the line where the point that gave rise to it ends.
 *
 * Each action cell (its pieces on consecutive lines) is one action. When the cell is a
 * sentence ("JN to send Pdfs of each plan") it is the action; when it only says who and when
 * ("JN/AC Nov (3/4?)") the action is the bullet it stands beside.
 */
import type { Context } from '../../context.js';
import type { Line } from '../../layout/types.js';
import { parseDate } from '../../text/dates.js';
import { joinLines } from '../../text/join.js';
import type { LineFragments } from '../tables/index.js';

/** A bullet or a numbered point opens a new piece of discussion; roman/letter sub-items stay inside it. */
const BULLET = /^[•·▪◦*–-]\s*/;
const NUMBERED_POINT = /^(\d{1,3})[.)]\s+/;
/** Who an action is for: initials ("JN", "AC/JN"), or a role, joined by / & , + and. */
const WHO = /^((?:[A-Z]{2,4}|All|Chair|Clerk|Council)(?:\s*(?:\/|&|,|\+|and)\s*(?:[A-Z]{2,4}|All|Chair|Clerk|Council))*)(?=\s|$)\s*(.*)$/;

export interface SideAction {
  minute: string | null;
  item: string | null;
  action: string;
  lead: string | null;
  due: string | null;
  lines: Line[];
}

function discussionOf(f: LineFragments | undefined): string {
  return f?.cells.get('discussion') ?? '';
}

/** The discussion text from `from` up to (not including) the next bullet or numbered point after `anchor`. */
function passage(body: LineFragments[], from: number, anchor: number): string {
  const pieces: string[] = [];
  for (let k = from; k < body.length; k++) {
    const d = discussionOf(body[k]);
    if (k > anchor && (BULLET.test(d) || NUMBERED_POINT.test(d))) break;
    if (d !== '') pieces.push(d);
  }
  return joinLines(pieces).replace(BULLET, '').replace(NUMBERED_POINT, '').trim();
}

/** The numbered point an anchor line falls under: its number and its opening paragraph. */
function pointOf(body: LineFragments[], anchor: number): { minute: string | null; item: string | null } {
  for (let k = anchor; k >= 0; k--) {
    const m = NUMBERED_POINT.exec(discussionOf(body[k]));
    if (!m) continue;
    let end = k;
    while (end + 1 < body.length && discussionOf(body[end + 1]) !== '' && !BULLET.test(discussionOf(body[end + 1])) && !NUMBERED_POINT.test(discussionOf(body[end + 1]))) end++;
    return { minute: m[1], item: passage(body, k, Math.max(k, end)) || null };
  }
  return { minute: null, item: null };
}

function contextOf(body: LineFragments[], anchor: number): string {
  for (let k = anchor; k >= 0; k--) {
    const d = discussionOf(body[k]);
    if (BULLET.test(d) || NUMBERED_POINT.test(d)) return passage(body, k, anchor);
  }
  return passage(body, anchor, anchor);
}

export function sideColumnActions(body: LineFragments[], ctx: Context): SideAction[] {
  const actions: SideAction[] = [];
  for (let i = 0; i < body.length; i++) {
    if (!body[i].cells.get('action')) continue;
    const anchor = i;
    const pieces: string[] = [];
    const lines: Line[] = [];
    while (i < body.length && body[i].cells.get('action')) {
      pieces.push(body[i].cells.get('action')!);
      lines.push(body[i].line);
      i++;
    }
    i--;
    const cell = joinLines(pieces);
    const { minute, item } = pointOf(body, anchor);
    const who = WHO.exec(cell);
    const rest = who ? who[2].trim() : '';
    const sentence = who !== null && /^to\s/i.test(rest);
    let due: string | null = null;
    if (who && !sentence && rest !== '') {
      due = parseDate(rest);
      if (!due) {
        ctx.warn('action-due-unparsed', `The action's "when" ("${rest}") is not a date; the action's due date is left empty.`, { page: body[anchor].line.page, line: body[anchor].line.line });
      }
    }
    actions.push({
      minute,
      item,
      action: who && !sentence ? contextOf(body, anchor) : cell,
      lead: who ? who[1] : null,
      due,
      lines,
    });
  }
  return actions;
}
