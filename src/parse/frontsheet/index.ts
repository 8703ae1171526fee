import type { Context } from '../../context.js';
import type { Line } from '../../layout/types.js';
import type { AgendaItem, Meeting } from '../../schema/pack.js';
import type { Parsed } from '../types.js';

export interface FrontSheet {
  meeting: Meeting | null;
  agenda: AgendaItem[];
}

/** Placeholder until the front-sheet rules land: finds nothing. */
export function parseFrontSheet(_lines: Line[], _ctx: Context): Parsed<FrontSheet> {
  return { value: { meeting: null, agenda: [] }, claimed: new Set() };
}
