/**
 * Generated hostile inputs: what damage to good files never makes. Each generator builds one
 * input from a seeded Random, so a case is rebuilt from its seed alone, and says what it built.
 *
 * - inputs that grow when read: FlateDecode content streams that inflate to megabytes or gigabytes
 * - page trees: deep, wide, cyclic, with a /Count that lies
 * - outlines: deep, long, cyclic
 * - deep nesting: arrays and dictionaries nested thousands deep
 * - hostile content: actions (JavaScript, Launch), XFA forms, font programs, encryption
 * - HTML: large, unclosed, thousands of siblings
 * - control characters: terminal escapes, NUL, bidi overrides, in PDF text, text and HTML
 *
 * `heavy` inputs may need more memory or time than the fuzzer itself can give away: they are run
 * through the command line in a child process, which can be measured and killed, never in-thread.
 */
import { HELVETICA, pdfString, PdfWriter, repeatedDeflate, textContent } from './pdf-writer.js';
import type { Random } from './random.js';

export interface Generated {
  /** The file name the input is given: its extension decides the format. */
  name: string;
  bytes: Buffer;
  /** What was built, e.g. "content stream inflating to 512 MB of zeros". */
  note: string;
  heavy: boolean;
}

export type Generator = (rnd: Random, limits: GeneratorLimits) => Generated;

export interface GeneratorLimits {
  /** The most a generated stream may inflate to, in MB (the test suite keeps it small). */
  maxInflateMb: number;
  /** The most a generated text or HTML file may hold, in MB. */
  maxTextMb: number;
}

export const DEFAULT_LIMITS: GeneratorLimits = { maxInflateMb: 4096, maxTextMb: 64 };

/** Agenda lines for generated pages: enough for the parsers to find a front sheet. */
const AGENDA = ['Cabinet', 'Thursday, 13 March 2025 at 10.00 am', 'Council Chamber, County Hall', 'AGENDA', '1. Apologies for Absence', '2. Declarations of Interest', '3. Minutes of the meeting held on 13 February 2025'];

/** Bytes a terminal acts on: set the title, clear the screen, colour, NUL, bell, C1 CSI, bidi overrides. */
const CONTROL = ['\x1b]0;pwned\x07', '\x1b[2J', '\x1b[32m', '\x00', '\x07', '\x9b31m', '\u202e', '\u2066', '\r', '\x08\x08\x08', '\x1bP+q\x1b\\'];

/** A one-page PDF with agenda text, and room for the generator's extra objects and catalog entries. */
function page(
  extra: (w: PdfWriter, ids: { catalog: number; pages: number; page: number }) => { catalog?: string; page?: string; content?: Buffer; trailer?: string } = () => ({}),
): Buffer {
  const w = new PdfWriter();
  const ids = { catalog: w.reserve(), pages: w.reserve(), page: w.reserve() };
  const font = w.add(HELVETICA);
  const more = extra(w, ids);
  const content = w.addStream('', more.content ?? textContent(AGENDA));
  w.set(ids.catalog, `<< /Type /Catalog /Pages ${ids.pages} 0 R ${more.catalog ?? ''} >>`);
  w.set(ids.pages, `<< /Type /Pages /Kids [${ids.page} 0 R] /Count 1 >>`);
  w.set(ids.page, `<< /Type /Page /Parent ${ids.pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R ${more.page ?? ''} >>`);
  return w.build(`/Root ${ids.catalog} 0 R ${more.trailer ?? ''}`);
}

/** Sizes in MB a stream inflates to: spread over orders of magnitude, capped by the limits. */
function inflateMb(rnd: Random, limits: GeneratorLimits): number {
  const sizes = [1, 16, 128, 512, 1024, 4096].filter((s) => s <= limits.maxInflateMb);
  return rnd.pick(sizes.length > 0 ? sizes : [1]);
}

/** A content stream that inflates to gigabytes: of zeros (memory only) or of text operators (work too). */
export const inflateBomb: Generator = (rnd, limits) => {
  const mb = inflateMb(rnd, limits);
  const ofText = rnd.chance(0.5);
  const line = Buffer.from('BT /F1 11 Tf 72 700 Td (Minutes of the meeting) Tj ET\n', 'latin1');
  const chunk = ofText ? Buffer.concat(Array.from({ length: Math.ceil((1 << 20) / line.length) }, () => line)).subarray(0, 1 << 20) : Buffer.alloc(1 << 20);
  const pages = rnd.chance(0.3) ? rnd.int(2, 40) : 1;
  const w = new PdfWriter();
  const catalog = w.reserve();
  const tree = w.reserve();
  const font = w.add(HELVETICA);
  // One stream shared by every page: a reader that decodes it per page pays for it each time.
  const bomb = w.addStream('/Filter /FlateDecode', repeatedDeflate(chunk, mb));
  const kids = Array.from({ length: pages }, () => w.add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${bomb} 0 R >>`));
  w.set(catalog, `<< /Type /Catalog /Pages ${tree} 0 R >>`);
  w.set(tree, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${pages} >>`);
  return {
    name: 'inflate-bomb.pdf',
    bytes: w.build(`/Root ${catalog} 0 R`),
    note: `a content stream inflating to ${mb} MB of ${ofText ? 'text operators' : 'zeros'}, on ${pages} page(s)`,
    heavy: mb >= 128 || pages * mb >= 128,
  };
};

/** Page trees no writer makes: very deep, very wide, a kid that is its own ancestor, a /Count that lies. */
export const pageTree: Generator = (rnd) => {
  const shape = rnd.pick(['deep', 'wide', 'cycle', 'count-lie'] as const);
  const w = new PdfWriter();
  const catalog = w.reserve();
  const root = w.reserve();
  const font = w.add(HELVETICA);
  const content = w.addStream('', textContent(AGENDA));
  const leaf = (parent: number) => `<< /Type /Page /Parent ${parent} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`;
  let note: string;
  if (shape === 'deep') {
    const depth = rnd.int(50, 20000);
    let parent = root;
    for (let d = 0; d < depth; d++) {
      const node = w.reserve();
      w.set(parent, `<< /Type /Pages /Kids [${node} 0 R] /Count 1 >>`);
      parent = node;
    }
    w.set(parent, leaf(parent));
    note = `a page tree ${depth} levels deep`;
  } else if (shape === 'wide') {
    const count = rnd.int(100, 50000);
    const page = w.add(leaf(root));
    w.set(root, `<< /Type /Pages /Kids [${Array.from({ length: count }, () => `${page} 0 R`).join(' ')}] /Count ${count} >>`);
    note = `a page tree of ${count} kids, all the same page`;
  } else if (shape === 'cycle') {
    const middle = w.reserve();
    const page = w.add(leaf(middle));
    w.set(middle, `<< /Type /Pages /Parent ${root} 0 R /Kids [${page} 0 R ${root} 0 R] /Count 2 >>`);
    w.set(root, `<< /Type /Pages /Kids [${middle} 0 R] /Count 2 >>`);
    note = 'a page tree whose node lists its own ancestor as a kid';
  } else {
    const page = w.add(leaf(root));
    const count = rnd.pick([0, -1, 2147483647, 9007199254740991, 1e30]);
    w.set(root, `<< /Type /Pages /Kids [${page} 0 R] /Count ${count} >>`);
    note = `a page tree of one page that says /Count ${count}`;
  }
  w.set(catalog, `<< /Type /Catalog /Pages ${root} 0 R >>`);
  return { name: `page-tree-${shape}.pdf`, bytes: w.build(`/Root ${catalog} 0 R`), note, heavy: false };
};

/** Outlines (bookmarks) deep, long or cyclic, with titles holding control characters. */
export const outline: Generator = (rnd) => {
  const shape = rnd.pick(['deep', 'long', 'cycle'] as const);
  const n = shape === 'cycle' ? rnd.int(2, 10) : rnd.int(100, shape === 'deep' ? 20000 : 100000);
  const bytes = page((w, ids) => {
    const top = w.reserve();
    const items = Array.from({ length: n }, () => w.reserve());
    items.forEach((id, i) => {
      const title = pdfString(`${i + 1}. Item${rnd.chance(0.1) ? rnd.pick(CONTROL) : ''}`);
      const dest = `/Dest [${ids.page} 0 R /XYZ 0 ${rnd.int(0, 842)} 0]`;
      const parent = shape === 'deep' && i > 0 ? items[i - 1] : top;
      const links =
        shape === 'deep'
          ? i + 1 < n ? `/First ${items[i + 1]} 0 R /Last ${items[i + 1]} 0 R /Count 1` : ''
          : `${i > 0 ? `/Prev ${items[i - 1]} 0 R` : ''} ${i + 1 < n ? `/Next ${items[i + 1]} 0 R` : shape === 'cycle' ? `/Next ${items[0]} 0 R` : ''}`;
      w.set(id, `<< /Title ${title} /Parent ${parent} 0 R ${dest} ${links} >>`);
    });
    const last = shape === 'deep' ? items[0] : items[n - 1];
    w.set(top, `<< /Type /Outlines /First ${items[0]} 0 R /Last ${last} 0 R /Count ${n} >>`);
    return { catalog: `/Outlines ${top} 0 R /PageMode /UseOutlines` };
  });
  return { name: `outline-${shape}.pdf`, bytes, note: `an outline of ${n} entries, ${shape}`, heavy: false };
};

/** Arrays or dictionaries nested thousands deep, in the page dictionary or the content stream. */
export const deepNesting: Generator = (rnd) => {
  const depth = rnd.int(1000, 200000);
  const kind = rnd.pick(['array', 'dictionary', 'content'] as const);
  const nested = kind === 'dictionary' ? `${'<< /A '.repeat(depth)}1${' >>'.repeat(depth)}` : `${'['.repeat(depth)}1${']'.repeat(depth)}`;
  const bytes = page(() =>
    kind === 'content'
      ? { content: Buffer.concat([textContent(AGENDA), Buffer.from(`${nested} pop\n`, 'latin1')]) }
      : { page: `/PieceInfo ${nested}` },
  );
  return { name: `deep-${kind}.pdf`, bytes, note: `${kind === 'dictionary' ? 'dictionaries' : 'arrays'} nested ${depth} deep${kind === 'content' ? ' in the content stream' : ''}`, heavy: false };
};

/** Actions a viewer would run, an XFA form, broken font programs, encryption. */
export const hostileContent: Generator = (rnd) => {
  const kind = rnd.pick(['javascript', 'launch', 'xfa', 'font-program', 'type3-recursion', 'encrypted'] as const);
  let note = '';
  const bytes = page((w, ids) => {
    switch (kind) {
      case 'javascript': {
        const js = w.addStream('', Buffer.from(`app.alert("x"); ${'while(true){}'.repeat(rnd.int(1, 3))}`, 'latin1'));
        note = 'an OpenAction and page actions running JavaScript';
        return { catalog: `/OpenAction << /S /JavaScript /JS ${js} 0 R >> /Names << /JavaScript << /Names [(a) << /S /JavaScript /JS (app.launchURL\\("http://example.invalid"\\)) >>] >> >>`, page: `/AA << /O << /S /JavaScript /JS ${js} 0 R >> >>` };
      }
      case 'launch':
        note = 'Launch, URI and SubmitForm actions';
        return { catalog: `/OpenAction << /S /Launch /F (/bin/sh) /Win << /F (cmd.exe) /P (/c calc) >> /Next << /S /URI /URI (file:///etc/passwd) >> >>`, page: `/AA << /C << /S /SubmitForm /F << /FS /URL /F (http://example.invalid) >> >> >>` };
      case 'xfa': {
        // An XFA form whose XML expands entities (the "billion laughs"), for readers that parse it.
        const entities = ['<!ENTITY a "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY ${String.fromCharCode(98 + i)} "${`&${String.fromCharCode(97 + i)};`.repeat(10)}">`)].join('');
        const xml = `<?xml version="1.0"?><!DOCTYPE x [${entities}]><xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template><subform><field><value><text>&j;</text></value></field></subform></template></xdp:xdp>`;
        const xfa = w.addStream('', Buffer.from(xml, 'latin1'));
        note = 'an XFA form with nested XML entities';
        return { catalog: `/AcroForm << /Fields [] /XFA [(template) ${xfa} 0 R] /NeedAppearances true >> /NeedsRendering true` };
      }
      case 'font-program': {
        const junk = Buffer.alloc(rnd.int(100, 200000));
        for (let i = 0; i < junk.length; i++) junk[i] = rnd.int(0, 255);
        // A TrueType header, then junk: the font parser starts in earnest before it fails.
        junk.writeUInt32BE(0x00010000, 0);
        const program = w.addStream(`/Length1 ${junk.length}`, junk);
        const descriptor = w.add(`<< /Type /FontDescriptor /FontName /Hostile /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 900 /Descent -100 /CapHeight 700 /StemV 80 /FontFile2 ${program} 0 R >>`);
        const font = w.add(`<< /Type /Font /Subtype /TrueType /BaseFont /Hostile /FirstChar 32 /LastChar 126 /Widths [${'500 '.repeat(95)}] /FontDescriptor ${descriptor} 0 R >>`);
        note = `a TrueType font program of ${junk.length} random bytes, used for the page's text`;
        return { page: `/Resources << /Font << /F1 ${font} 0 R >> >>` };
      }
      case 'type3-recursion': {
        // A Type 3 glyph whose procedure draws the same glyph again.
        const font = w.reserve();
        const proc = w.addStream('', Buffer.from(`1000 0 0 0 750 750 d1 BT /T3 1 Tf (a) Tj ET`, 'latin1'));
        w.set(font, `<< /Type /Font /Subtype /Type3 /FontBBox [0 0 750 750] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /a ${proc} 0 R >> /Encoding << /Differences [97 /a] >> /FirstChar 97 /LastChar 97 /Widths [1000] /Resources << /Font << /T3 ${font} 0 R >> >> >>`);
        note = 'a Type 3 font whose glyph draws itself';
        return { page: `/Resources << /Font << /T3 ${font} 0 R >> >>`, content: Buffer.from('BT /T3 12 Tf 72 700 Td (aaaa) Tj ET\n', 'latin1') };
      }
      case 'encrypted': {
        const variant = rnd.pick(['standard', 'unknown-filter', 'missing'] as const);
        const encrypt =
          variant === 'missing'
            ? `${w.reserve() + 1000} 0 R`
            : `${w.add(`<< /Filter /${variant === 'standard' ? 'Standard' : 'FOPN_fLock'} /V 2 /R 3 /Length 128 /P -3904 /O <${'28bf4e5e4e758a41'.repeat(4)}> /U <${'c3ed25d1cd6a5c4e'.repeat(4)}> >>`)} 0 R`;
        note = `an /Encrypt dictionary (${variant}) over unencrypted objects`;
        return { trailer: `/Encrypt ${encrypt} /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` };
      }
    }
  });
  return { name: `hostile-${kind}.pdf`, bytes, note, heavy: false };
};

/** PDF text holding terminal escapes, NUL and bidi overrides. */
export const pdfControlCharacters: Generator = (rnd) => {
  const lines = AGENDA.map((l) => (rnd.chance(0.5) ? `${l}${rnd.pick(CONTROL)}${rnd.pick(CONTROL)}` : l));
  return { name: 'control-characters.pdf', bytes: page(() => ({ content: textContent(lines) })), note: 'agenda text with terminal escapes, NUL and bidi overrides', heavy: false };
};

/** Large HTML, or HTML that never closes its elements, or thousands of siblings. */
export const html: Generator = (rnd, limits) => {
  const shape = rnd.pick(['large', 'unclosed-div', 'unclosed-table', 'br-siblings'] as const);
  const head = `<html><head><title>Cabinet</title></head><body><h1>AGENDA</h1><p>1. Apologies for Absence</p>`;
  let body: string;
  let note: string;
  if (shape === 'large') {
    const mb = rnd.pick([1, 8, 32, 64].filter((m) => m <= limits.maxTextMb));
    const row = '<tr><td>12/03/2025</td><td>Report on the budget</td><td>Clerk</td><td>Ongoing</td></tr>\n';
    body = `<table>${row.repeat(Math.ceil((mb * 1024 * 1024) / row.length))}</table></body></html>`;
    note = `${mb} MB of HTML table rows`;
  } else if (shape === 'unclosed-div') {
    const n = rnd.int(1000, 200000);
    body = '<div>'.repeat(n) + '2. Declarations of Interest';
    note = `${n} nested <div>s, never closed`;
  } else if (shape === 'unclosed-table') {
    const n = rnd.int(1000, 100000);
    body = '<table><tr><td>'.repeat(n) + '3. Minutes';
    note = `${n} nested tables, never closed`;
  } else {
    const n = rnd.int(10000, 2000000);
    body = '<br>'.repeat(n) + '</body></html>';
    note = `${n} <br> siblings`;
  }
  const bytes = Buffer.from(head + body, 'utf8');
  return { name: `${shape}.html`, bytes, note, heavy: bytes.length > 4 * 1024 * 1024 };
};

/** Text and HTML packs holding terminal escapes and NUL bytes in the lines that become warnings. */
export const textControlCharacters: Generator = (rnd) => {
  const asHtml = rnd.chance(0.4);
  const lines = AGENDA.map((l) => (rnd.chance(0.6) ? `${rnd.pick(CONTROL)}${l}${rnd.pick(CONTROL)}` : l));
  lines.push(`${rnd.pick(CONTROL)}Unreadable line ${rnd.pick(CONTROL)} that no parser claims`);
  const text = asHtml ? `<html><body>${lines.map((l) => `<p>${l}</p>`).join('')}</body></html>` : lines.join('\n') + '\n';
  return { name: asHtml ? 'control-characters.html' : 'control-characters.txt', bytes: Buffer.from(text, 'utf8'), note: 'terminal escapes, NUL, C1 and bidi controls in the text', heavy: false };
};

/** Large plain text: one enormous line, or a great many short ones. */
export const largeText: Generator = (rnd, limits) => {
  const mb = rnd.pick([1, 8, 32, 64].filter((m) => m <= limits.maxTextMb));
  const oneLine = rnd.chance(0.5);
  const unit = oneLine ? 'Minutes of the meeting held on 13 February 2025 ' : '4. Report of the Clerk\n';
  const text = `AGENDA\n${unit.repeat(Math.ceil((mb * 1024 * 1024) / unit.length))}\n`;
  return { name: 'large.txt', bytes: Buffer.from(text, 'latin1'), note: `${mb} MB of text in ${oneLine ? 'one line' : 'short lines'}`, heavy: mb > 4 };
};

export const GENERATORS: ReadonlyArray<[string, Generator]> = [
  ['inflate-bomb', inflateBomb],
  ['page-tree', pageTree],
  ['outline', outline],
  ['deep-nesting', deepNesting],
  ['hostile-content', hostileContent],
  ['pdf-control-characters', pdfControlCharacters],
  ['html', html],
  ['text-control-characters', textControlCharacters],
  ['large-text', largeText],
];
