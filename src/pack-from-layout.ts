/**
 * From a source's layout to the validated Pack: segmentation, every parser, the output
 * contract. Kept apart from extract.ts so that these modules (the parsers,
 * zod) load while a PDF is still being read.
 */
import type { Context } from './context.js';
import type { ExtractResult } from './extract.js';
import type { Layout, SourceFormat } from './layout/types.js';
import { reportUnparsedLines } from './parse/coverage.js';
import { parseDate } from './parse/common/dates.js';
import { parseForwardPlan } from './parse/forward-plan/index.js';
import { parseFrontSheet, readCoverMeeting } from './parse/frontsheet/index.js';
import { parseMinutes } from './parse/minutes/index.js';
import { actionsInMinutes } from './parse/minutes/actions-in-text.js';
import { parseActionList } from './parse/minutes/action-list.js';
import { parseMarginActions } from './parse/minutes/margin-actions.js';
import { parseWorkProgramme } from './parse/programme/index.js';
import { actionId, DEFAULT_TRACKER_TITLE, parseActionTracker } from './parse/tracker/index.js';
import type { Parsed } from './parse/types.js';
import { FORMAT_VERSION, PackSchema, type AgendaItem, type DocumentKind, type Meeting, type Minutes, type Pack, type SourceRef } from './schema/pack.js';
import { documentsOf } from './segment/documents.js';
import { findFrontSheet, segmentPack } from './segment/index.js';
import { repage, withPlacedPages, type PlacedPages } from './segment/pages.js';
import type { Segment } from './segment/types.js';

const COVERAGE_KINDS: ReadonlySet<DocumentKind> = new Set<DocumentKind>(['agenda', 'minutes', 'action-tracker', 'work-programme']);

const EMPTY_MEETING: Meeting = { body: null, committee: null, date: null, time: null, venue: null, source: { page: null, line: null } };

export interface PackSource {
  file: string;
  sha256: string;
  format: SourceFormat;
}

/** The Pack of a layout from `layoutOf` (its garbled pages already emptied). */
export function packFromLayout(layout: Layout, ctx: Context, source: PackSource): ExtractResult {
  const body = parseLayout(layout, ctx);
  const pack: Pack = {
    packtool: FORMAT_VERSION,
    source: { ...source, pages: layout.pageCount },
    ...body,
    warnings: ctx.warnings,
  };
  return { pack: validatePack(pack), layout, segments: body.segments, claimed: body.claimed };
}

type PackBody = Omit<Pack, 'packtool' | 'source' | 'warnings'> & { segments: Segment[]; claimed: ReadonlySet<number> };

/**
 * Segment the layout and run each parser on its own documents. The front sheet is read
 * first, because its agenda (titles, page ranges) helps to find and name the other documents.
 */
function parseLayout(layout: Layout, ctx: Context): PackBody {
  const claimed = new Set<number>();
  const take = <T>(parsed: Parsed<T>): T => {
    for (const n of parsed.claimed) claimed.add(n);
    return parsed.value;
  };

  const frontSheet = findFrontSheet(layout);
  const front = frontSheet ? take(parseFrontSheet(frontSheet.lines, ctx, layout.frontMatter)) : { meeting: null, agenda: [] };
  const segments = segmentPack(layout, ctx, { agenda: front.agenda });
  // An opening that read as a front sheet but gave neither a meeting nor an item is not one.
  if (frontSheet && !front.agenda.length && !front.meeting && segments[0]?.kind === 'agenda') segments[0] = { ...segments[0], kind: 'other' };
  // Text that lost page stamps only brackets its lines' pages; the documents place them.
  const placed = repage(layout, segments, front.agenda);
  const placedSegments = withPlacedPages(segments, placed);

  const minutes: Minutes[] = [];
  const minutesOf = new Map<Segment, Minutes>();
  for (const seg of segments) {
    if (seg.kind !== 'minutes') continue;
    const m = take(parseMinutes(seg.lines, ctx));
    if (m) minutes.push(m);
    if (m) minutesOf.set(seg, m);
  }
  // Tables are found by their header rows wherever they are: an action table inside parish
  // minutes, a forward plan inside a report. The item titles the pack prints elsewhere tell a
  // tracker's item cells where its columns ran together.
  const knownItems = [...front.agenda.map((a) => a.title), ...minutes.flatMap((m) => m.items.map((item) => item.title))];
  const actions = segments.flatMap((seg, i) => {
    const recordDate = meetingDateBefore(segments[i - 1], seg, minutesOf);
    const rows = take(parseActionTracker(seg.lines, ctx, { knownItems }));
    // Minutes with no action table list their actions under an "Actions" heading, or write
    // them into the text ("CLERK to …").
    const record = minutesOf.get(seg);
    if (!rows.length && record) {
      const listed = take(parseActionList(seg.lines, record.meeting.date));
      if (listed.length) return listed;
      // Margin notes name who acts on a paragraph; the text's own "Clerk to …" is the same action.
      const margin = take(parseMarginActions(seg.lines, record.meeting.date));
      const inText = actionsInMinutes(record).filter((a) => !margin.some((m) => m.action.includes(a.action.slice(0, 40))));
      return [...margin, ...inText];
    }
    return rows.map((row) => {
      let out = row;
      // A tracker that prints no title of its own above the table takes its document's title.
      if (seg.kind === 'action-tracker' && row.tracker === DEFAULT_TRACKER_TITLE) out = { ...out, tracker: seg.title };
      // Action points printed after a meeting's note arose at that meeting.
      if (out.date === null && recordDate) out = { ...out, date: recordDate, id: actionId({ ...out, date: recordDate }) };
      return out;
    });
  });
  const decisions = segments.flatMap((seg) => take(parseForwardPlan(seg.lines, ctx)));
  const programme = segments.flatMap((seg) => take(parseWorkProgramme(seg.lines, ctx)));
  const documents = documentsOf(placedSegments, ctx);
  // The front-sheet parser reports its own unplaced lines up to the sheet's end; coverage here
  // reports the rest of every document it understands, the front sheet's tail included.
  reportUnparsedLines(segments, claimed, ctx, COVERAGE_KINDS);
  // A file of which no document was recognised would otherwise come out empty and silent.
  // Reports and appendices were recognised (they hold no records to read); unnamed text was not.
  const nothingRead = !front.agenda.length && !minutes.length && !actions.length && !programme.length && !decisions.length;
  const unknown = segments.find((seg) => seg.kind === 'other' && seg.lines.length > 0);
  if (nothingRead && unknown) {
    ctx.warn('nothing-recognised', `No agenda, minutes, action tracker, work programme or forward plan was recognised in this file; "${unknown.title}" (pages ${unknown.pages.from}-${unknown.pages.to}) was not read.`, {
      page: unknown.lines[0].page,
      line: unknown.lines[0].line,
    });
  }

  const body = {
    // A report printed alone names its meeting on its cover ("To: Cabinet – 4th March 2025").
    meeting: front.meeting ?? minutes[0]?.meeting ?? coverMeeting(segments[0]) ?? EMPTY_MEETING,
    agenda: withFilePages(front.agenda, placedSegments),
    documents,
    minutes,
    actions,
    programme,
    decisions,
    segments,
    claimed,
  };
  // Records read before the lines were placed (the front sheet), or whose parser copies only
  // page and line, take the placed page and say where it is inferred.
  placeSources([body.meeting, body.agenda, body.documents, body.minutes, body.actions, body.programme, body.decisions, ctx.warnings], placed);
  return body;
}

/** Every `source` reference under the values, given the placed page of its line and `pageInferred` where inferred. */
function placeSources(values: unknown[], placed: PlacedPages): void {
  if (placed.size === 0) return;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'source' && inner && typeof inner === 'object' && 'line' in inner) {
        const ref = inner as SourceRef;
        const where = ref.line === null ? undefined : placed.get(ref.line);
        if (where) {
          ref.page = where.page;
          if (where.inferred) ref.pageInferred = true;
          else delete ref.pageInferred;
        }
      } else visit(inner);
    }
  };
  values.forEach(visit);
}

/** How far down its first page a document's cover names the meeting. */
const COVER_LINES = 30;

/** The meeting the pack's first document names on its cover, when that document is not a front sheet or minutes. */
function coverMeeting(first: Segment | undefined): Meeting | null {
  if (!first || first.kind === 'agenda' || first.kind === 'minutes') return null;
  const page = first.lines[0]?.page;
  return readCoverMeeting(first.lines.slice(0, COVER_LINES).filter((l) => l.page === page));
}

/**
 * Each item's pages in this file, from the documents segmentation placed under it: the front
 * sheet's printed ranges count the official pack's pages, which a file assembled from the
 * papers, or one with unnumbered front pages, does not share.
 */
function withFilePages(agenda: AgendaItem[], segments: Segment[]): AgendaItem[] {
  return agenda.map((item) => {
    const docs = segments.filter((s) => s.kind !== 'agenda' && s.item !== null && s.item === item.number);
    if (!docs.length) return item;
    return { ...item, filePages: { from: Math.min(...docs.map((d) => d.pages.from)), to: Math.max(...docs.map((d) => d.pages.to)) } };
  });
}

/**
 * The date of the meeting whose record a tracker document follows directly (same agenda item):
 * a meeting note with its "Action Points" table, split in two by segmentation.
 */
function meetingDateBefore(previous: Segment | undefined, tracker: Segment, minutesOf: Map<Segment, Minutes>): string | null {
  if (tracker.kind !== 'action-tracker' || previous?.kind !== 'minutes' || previous.item !== tracker.item) return null;
  return minutesOf.get(previous)?.meeting.date ?? parseDate(previous.title);
}

/** A Pack that does not match the contract is a bug in packtool, never the user's fault. */
export function validatePack(pack: Pack): Pack {
  const result = PackSchema.safeParse(pack);
  if (result.success) return result.data;
  const first = result.error.issues[0];
  throw new Error(`the extracted data breaks the output contract at ${first.path.join('.')}: ${first.message}`);
}
