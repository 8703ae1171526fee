/**
 * The columns of a forward plan of key decisions, by header label: CMIS/Birmingham prints
 * "ID Number | Title | Cabinet Member | Proposed Date | Date of Decision" (joint decisions:
 * "Ref No | Title | Cabinet Member & Lead Officer | Date of Decision"); ModernGov plans print
 * "Decision | Decision maker | Date" blocks under a portfolio heading.
 */
import type { HeaderSpec } from '../tables/index.js';

export const FORWARD_PLAN_HEADER: HeaderSpec = {
  columns: [
    { key: 'id', label: /^(?:id|ref(?:erence)?\.?|decision\s+ref(?:erence)?\.?|forward\s+plan\s+ref(?:erence)?\.?)(?:\s*(?:number|no\.?))?$/i },
    { key: 'title', label: /^(?:title|decision\s+title|subject|matter\s+for\s+decision|key\s+decision)$/i },
    { key: 'portfolio', label: /^(?:cabinet\s+member|portfolio(?:\s+holder)?|portfolio\s+area)(?:\s*(?:&|and)\s*(?:lead\s+)?officers?)?$/i },
    { key: 'proposed', label: /^(?:(?:proposed|planned|expected|provisional|anticipated)\s+(?:decision\s+)?date|date\s+(?:of|for)\s+(?:proposed|planned|expected)\s+decision)$/i },
    { key: 'decided', label: /^(?:date\s+of\s+decision|decision\s+date|date\s+decided|decided\s+on)$/i },
  ],
  accepts: (keys) => keys.has('id') && keys.has('title') && (keys.has('proposed') || keys.has('decided') || keys.has('portfolio')),
  // The id and title columns are required: "ID", "Ref", "Decision Ref"...; "Title", "Subject",
  // "Matter for Decision", "Key Decision".
  keywords: [/\b(?:id|ref|decision|forward)/i, /\b(?:title|subject|matter|key)/i],
};
