/**
 * Documents from the PDF outline. ModernGov and CMIS bookmark each agenda item ("6 Capital
 * Programme …", "Item 4a Minutes …") and, nested beneath it, each document of that item
 * ("1 - Annex 1 - …", "Appendix1…", a presentation whose own children are "Slide 1: …").
 * The bookmarks are the publisher's own statement of where documents begin, so where they
 * resolve to pages they decide the split.
 */
import type { Layout, OutlineNode } from '../layout/types.js';
import type { DocumentKind } from '../schema/pack.js';

export interface OutlineDocument {
  /** 1-based pack page the document starts on. */
  page: number;
  title: string;
  item: string | null;
  /** The kind the bookmark's wording gives, when it gives one. */
  kind: DocumentKind | null;
  /** The kind to use when neither the bookmark nor the page says: the item's main document is a report, what is nested beneath it an appendix. */
  fallback: DocumentKind;
}

/** "6 Capital Programme …", "Item 4a Minutes …", "4a. Minutes …": the agenda item number and the title. */
const ITEM_BOOKMARK = /^(?:(?:agenda\s+)?item\s+)?(\d{1,3}[a-z]?)[.)]?\s+(?:[-–—:]\s*)?(\S.*)$/i;
const FRONT_SHEET_BOOKMARK = /^(agenda|agenda front ?sheet|front ?sheet|summons|public document pack|supplementary agenda)\b/i;
/** ModernGov numbers the attachments of an item: "1 - Annex 1 - …", "2 - Amendment - …". */
const ATTACHMENT_NUMBER = /^\d{1,2}\s*[-–—]\s+/;
const SLIDE_BOOKMARK = /^slide\s+\d+\b/i;

/** Kinds that a bookmark's wording decides by itself. */
const TITLE_KINDS: Array<[RegExp, DocumentKind]> = [
  [/\b(appendix|annex|annexe|enclosure)\b|^appendix\d/i, 'appendix'],
  [/\bminutes\b|\baction notes\b/i, 'minutes'],
  [/\baction (tracker|log)\b/i, 'action-tracker'],
  [/\bwork ?programme\b/i, 'work-programme'],
  [/\b(presentation|slides?)\b|presentation/i, 'other'],
];

function kindFromTitle(title: string): DocumentKind | null {
  for (const [re, kind] of TITLE_KINDS) if (re.test(title)) return kind;
  return null;
}

/** A presentation bookmarks each slide: its children are slides, not documents. */
function isSlideDeck(node: OutlineNode): boolean {
  const slides = node.children.filter((c) => SLIDE_BOOKMARK.test(c.title)).length;
  return node.children.length > 0 && slides * 2 >= node.children.length;
}

type Placed = OutlineNode & { page: number };

/**
 * Bookmarks that resolve to a page: only those can split the pack. A slide deck whose own
 * bookmark did not resolve (an appended outline matched against page text) starts on its
 * first slide's page.
 */
function resolved(nodes: OutlineNode[]): Placed[] {
  const out: Placed[] = [];
  for (const n of nodes) {
    const page = n.page ?? (isSlideDeck(n) ? (n.children.find((c) => c.page !== null)?.page ?? null) : null);
    if (page !== null) out.push({ ...n, page });
  }
  return out;
}

/** Share of the bookmarks that would be documents that must resolve before the outline is trusted with the split. */
const MIN_RESOLVED_SHARE = 0.8;

/** The bookmarks that would be documents: the top level, and what is nested under an item (not slides). */
function documentNodes(outline: OutlineNode[]): OutlineNode[] {
  return outline.flatMap((n) => [n, ...(isSlideDeck(n) ? [] : n.children)]);
}

/**
 * The documents the outline names, in page order, or null when the outline cannot carry the
 * split (fewer than two bookmarks that resolve to pages, or too few of its documents placed).
 */
export function outlineDocuments(layout: Layout): OutlineDocument[] | null {
  const top = resolved(layout.outline);
  if (top.length < 2) return null;
  const candidates = documentNodes(layout.outline);
  // A word processor's export bookmarks every heading of one document ("Agenda item:",
  // "Presenter:", "Discussion:"): more bookmarks than pages are headings, not documents.
  if (candidates.length > layout.pages.length) return null;
  const placed = candidates.filter((n) => resolved([n]).length > 0).length;
  // An outline that places few of its documents would merge the rest into their neighbours.
  if (placed < candidates.length * MIN_RESOLVED_SHARE) return null;
  const docs: OutlineDocument[] = [];
  for (const node of top) {
    const title = node.title.trim();
    if (FRONT_SHEET_BOOKMARK.test(title)) {
      docs.push({ page: node.page, title, item: null, kind: 'agenda', fallback: 'agenda' });
      continue;
    }
    const m = ITEM_BOOKMARK.exec(title);
    const item = m ? m[1] : null;
    const itemTitle = m ? m[2].trim() : title;
    const children = isSlideDeck(node) ? [] : resolved(node.children);
    // The item's own bookmark is a document when its page comes before its first attachment.
    const ownDocument = children.length === 0 || children[0].page > node.page;
    if (ownDocument) docs.push({ page: node.page, title: itemTitle, item, kind: kindFromTitle(itemTitle), fallback: item ? 'report' : 'other' });
    children.forEach((child, i) => {
      const childTitle = child.title.trim().replace(ATTACHMENT_NUMBER, '');
      const kind = isSlideDeck(child) ? 'other' : kindFromTitle(childTitle);
      const main = !ownDocument && i === 0;
      docs.push({ page: child.page, title: childTitle, item, kind, fallback: main ? 'report' : 'appendix' });
    });
  }
  // Page order; where two bookmarks open the same page, the later (more specific) one names it.
  docs.sort((a, b) => a.page - b.page);
  const distinct = docs.filter((d, i) => docs[i + 1]?.page !== d.page);
  // Bookmarks that all point at one page mark headings of one document, not documents.
  return distinct.length >= 2 ? distinct : null;
}
