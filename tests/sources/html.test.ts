import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Context } from '../../src/context.js';
import { allLines } from '../../src/layout/types.js';
import { detectFormat } from '../../src/sources/index.js';
import { fixture, loadLayout } from '../helpers.js';
import { cellsOf, lineStarting, linesContaining, noEmptyText } from './find.js';

describe('a ModernGov agenda page (Kent County Council, 13 March 2025)', () => {
  const file = fixture('html', 'kent_county_council_2025-03-13_agenda.html');

  it('reads the meeting details as the front sheet prints them', async () => {
    const layout = await loadLayout(file);
    expect(layout.format).toBe('html');
    expect(layout.pages.length).toBe(1);
    const title = allLines(layout)[0];
    expect(title.text).toBe('Summons to and Agenda for a Meeting on Thursday, 13th March, 2025 at 10.00 am');
    expect(title.heading).toBe(1);
    expect(lineStarting(layout, 'A meeting of the County Council will be held').text).toBe(
      'A meeting of the County Council will be held in the Council Chamber, County Hall, Maidstone, Kent, ME14 1XQ on Thursday, 13th March, 2025 at 10.00 am to deal with the following business. The meeting is scheduled to end by 4.30 pm.',
    );
    // <br> splits lines.
    expect(allLines(layout).slice(1, 4).map((l) => l.text)).toEqual(['DEMOCRATIC SERVICES', 'SESSIONS HOUSE', 'MAIDSTONE']);
    expect(lineStarting(layout, 'AGENDA').heading).toBe(2);
  });

  it('gives each agenda item a table row: number, title and page range in columns 0, 1, 2', async () => {
    const layout = await loadLayout(file);
    const rows = allLines(layout).filter((l) => l.tableRow);
    expect(rows.length).toBe(18);
    expect(cellsOf(lineStarting(layout, '3.'))).toEqual([
      [0, '3.'],
      [1, 'Minutes of the meeting held on 13 February 2025 and, if in order, to be approved as a correct record'],
      [2, '(Pages 1 - 14)'],
    ]);
    expect(cellsOf(lineStarting(layout, '1.'))).toEqual([
      [0, '1.'],
      [1, 'Apologies for Absence'],
    ]);
    expect(cellsOf(lineStarting(layout, '13.'))).toEqual([
      [0, '13.'],
      [1, 'Joint Health Overview & Scrutiny Committee - Terms of Reference update'],
      [2, '(Pages 267 - 274)'],
    ]);
    expect(cellsOf(lineStarting(layout, 'See supplement pack'))).toEqual([[1, 'See supplement pack published alongside the main agenda']]);
    expect(lineStarting(layout, "5. Chairman's Announcements").cells[1].text).toBe("Chairman's Announcements");
  });

  it('leaves out the site chrome: skip link, banner, search form, navigation, breadcrumb, footer, cookie notice', async () => {
    const layout = await loadLayout(file);
    for (const chrome of ['Skip to main content', 'Search', 'Committees', 'Councillors', 'Home', '© Kent County Council', 'Accessibility', 'cookies', 'Accept']) {
      expect(linesContaining(layout, chrome), chrome).toEqual([]);
    }
    expect(allLines(layout).length).toBe(29);
    expect(noEmptyText(layout)).toBe(true);
  });
});

describe('a ModernGov minutes page (Kent County Council, 13 March 2025)', () => {
  const file = fixture('html', 'kent_county_council_2025-03-13_minutes.html');

  it('gives minute headings their level and keeps the recorded vote paragraph by paragraph', async () => {
    const layout = await loadLayout(file);
    const minute = lineStarting(layout, '299. Kent Minerals and Waste Local Plan 2024-39');
    expect(minute.heading).toBe(3);
    expect(minute.bold).toBe(true);
    const lines = allLines(layout).map((l) => l.text);
    const vote = lines.indexOf('For (52)');
    expect(lines.slice(vote, vote + 6).map((t) => t.slice(0, 40))).toEqual([
      'For (52)',
      'Mr Baker, Mr Baldock, Mr Brady, Mr Bartl',
      'Against (0)',
      'Abstain (11)',
      'Mr Chittenden, Mrs Dean MBE, Mr Hook, Mr',
      'Motion carried.',
    ]);
    expect(lines[vote + 1].split(', ').length).toBe(52);
    expect(lines[vote + 4].split(', ').length).toBe(11);
  });

  it('decodes entities and keeps the bold label inside the PRESENT paragraph', async () => {
    const layout = await loadLayout(file);
    expect(lineStarting(layout, '(iv) Delegate authority').text).toContain('Growth, Environment & Transport, in consultation');
    const present = lineStarting(layout, 'PRESENT:');
    expect(present.bold).toBe(false);
    expect(present.text.endsWith('Mr J Wright and Ms L Wright')).toBe(true);
    expect(linesContaining(layout, 'Kent County Council, Sessions House')).toEqual([]);
  });
});

describe('a parish minutes page with an Action / Who/When table (Horsley, 19 October 2014)', () => {
  const file = fixture('html', 'horsley_neighbourhood_plan_wg_2014-10-19_minutes_actions.html');

  it('reads the header row bold and each point as one row with its action in column 1', async () => {
    const layout = await loadLayout(file);
    const header = lineStarting(layout, 'Points discussed/agreed');
    expect(cellsOf(header)).toEqual([
      [0, 'Points discussed/agreed'],
      [1, 'Action Who/When'],
    ]);
    expect(header.bold).toBe(true);
    const point7 = lineStarting(layout, '7. Request for maps');
    expect(cellsOf(point7)).toEqual([
      [0, '7. Request for maps of Horsley Parish to be sent to group; AC to arrange to be sent out with minutes'],
      [1, 'AC/JN'],
    ]);
    expect(lineStarting(layout, '9. Need to set up facilities').cells[0].text).toBe(
      '9. Need to set up facilities to survey across the village; Qualitative “surgeries”; Quantitative methods (e.g. Survey monkey)',
    );
    expect(cellsOf(lineStarting(layout, '2. KK advised')).map(([x]) => x)).toEqual([0]);
  });

  it('keeps attendance table cells in their columns and leaves out the site navigation', async () => {
    const layout = await loadLayout(file);
    expect(cellsOf(lineStarting(layout, 'Charlie Ralph (CR)'))).toEqual([
      [0, 'Charlie Ralph (CR)'],
      [1, 'Patricia Rowan (PR)'],
      [2, 'Chris Sane (CS)'],
    ]);
    expect(linesContaining(layout, 'Neighbourhood Plan |')).toEqual([]);
    expect(linesContaining(layout, 'Horsley Parish Council website')).toEqual([]);
  });
});

describe('a hostile page: scripts, frames, forms, hidden text, external images and tracking pixels', () => {
  const file = fixture('html', 'hostile_parish_agenda_page.html');
  afterEach(() => vi.unstubAllGlobals());

  it('keeps none of their text', async () => {
    const layout = await loadLayout(file);
    const text = allLines(layout).map((l) => l.text).join('\n');
    for (const marker of ['SCRIPT', 'NOSCRIPT', 'IFRAME', 'HIDDEN', 'COMMENT', 'STYLE', 'SVG', 'TEMPLATE', 'FORM', 'OBJECT', 'IMAGE-ALT', 'CHROME']) {
      expect(text, marker).not.toContain(marker);
    }
    expect(noEmptyText(layout)).toBe(true);
  });

  it('never fetches anything while reading it', async () => {
    const fetchSpy = vi.fn(() => Promise.reject(new Error('no network')));
    vi.stubGlobal('fetch', fetchSpy);
    await loadLayout(file);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('keeps the agenda: numbered list items, entities decoded, and a new page at the CSS page break', async () => {
    const layout = await loadLayout(file);
    expect(layout.pages.map((p) => p.number)).toEqual([1, 2]);
    expect(lineStarting(layout, 'Clerk : Joan Todd').text).toBe('Clerk : Joan Todd Telephone : 017683 52469');
    expect(lineStarting(layout, '3. To approve the minutes').text).toBe('3. To approve the minutes of the last meeting held on 2nd July 2019');
    const finance = lineStarting(layout, '9. Finance');
    expect(finance.page).toBe(2);
    expect(cellsOf(finance)).toEqual([
      [0, '9.'],
      [1, 'Finance -'],
      [2, 'K & A Thompson & Son - Larch for seat repairs'],
      [3, '£ 48.00'],
    ]);
    expect(lineStarting(layout, 'Correspondence and E-mails').page).toBe(2);
  });
});

describe('choosing the HTML source', () => {
  it('reads a saved web page by its .html name, and by its content when it is named .txt', () => {
    const bytes = new Uint8Array(readFileSync(fixture('html', 'kent_county_council_2025-03-13_agenda.html')));
    expect(detectFormat(bytes, new Context('agenda.html'))).toBe('html');
    expect(detectFormat(bytes, new Context('agenda.htm'))).toBe('html');
    expect(detectFormat(bytes, new Context('agenda.txt'))).toBe('html');
    expect(detectFormat(new TextEncoder().encode('AGENDA\n1. Apologies for Absence'), new Context('agenda.txt'))).toBe('text');
  });
});

describe('preformatted text in a web page', () => {
  it('keeps its line breaks: each line of a <pre> agenda is a line at its indentation', async () => {
    const { readHtml } = await import('../../src/sources/html.js');
    const html = '<html><body><pre>MILBURN PARISH COUNCIL\n\nAGENDA\n1.    To receive apologies for meeting\n      Fellrunner Village Bus request for Donation</pre></body></html>';
    const lines = readHtml(html).pages[0].lines;
    expect(lines.map((l) => [l.x, l.text])).toEqual([
      [0, 'MILBURN PARISH COUNCIL'],
      [0, 'AGENDA'],
      [0, '1. To receive apologies for meeting'],
      [6, 'Fellrunner Village Bus request for Donation'],
    ]);
  });
});

describe('a page laid out with tables, as older council sites are', () => {
  it('reads a layout cell holding headings and paragraphs as blocks, and the data table inside it as rows', async () => {
    const { readHtml } = await import('../../src/sources/html.js');
    const html = [
      '<html><body><table width="100%"><tr><td class="menu"><a href="/">Home</a></td><td class="content">',
      '<h2>MILBURN PARISH COUNCIL</h2><p>MEETING TO BE HELD ON TUESDAY,</p><p>3rd SEPTEMBER 2019 @ 7.30pm</p>',
      '<table><tr><td>9.</td><td>Finance -</td><td>EDC Parish Uncontested Election Costs</td><td>£105.00</td></tr></table>',
      '</td></tr></table></body></html>',
    ].join('');
    const lines = readHtml(html).pages[0].lines;
    expect(lines.map((l) => [l.heading ?? null, l.tableRow ?? false, l.text])).toEqual([
      [null, false, 'Home'],
      [2, false, 'MILBURN PARISH COUNCIL'],
      [null, false, 'MEETING TO BE HELD ON TUESDAY,'],
      [null, false, '3rd SEPTEMBER 2019 @ 7.30pm'],
      [null, true, '9. Finance - EDC Parish Uncontested Election Costs £105.00'],
    ]);
  });
});
