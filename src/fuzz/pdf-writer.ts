/**
 * A minimal PDF writer for the fuzzer's generated inputs: numbered objects, a cross-reference
 * table with exact offsets, and a trailer (PDF 32000-1:2008 §7.5). Hostile structure is what the
 * generators build; the file around it is well formed, so that pdf.js reads as far as the hostile
 * part instead of stopping at a broken xref.
 */
import { deflateRawSync, constants } from 'node:zlib';

export class PdfWriter {
  private readonly bodies: Array<Buffer | null> = [];

  /** Reserve an object number, to be filled in later (for objects that refer to each other). */
  reserve(): number {
    this.bodies.push(null);
    return this.bodies.length;
  }

  set(n: number, body: string | Buffer): void {
    this.bodies[n - 1] = typeof body === 'string' ? Buffer.from(body, 'latin1') : body;
  }

  add(body: string | Buffer): number {
    const n = this.reserve();
    this.set(n, body);
    return n;
  }

  /** A stream object: its dictionary entries (without /Length) and its bytes as stored. */
  addStream(dict: string, data: Buffer): number {
    return this.add(Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]));
  }

  /** The whole file; `trailer` holds the trailer's entries besides /Size (e.g. `/Root 1 0 R`). */
  build(trailer: string): Buffer {
    const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    let offset = parts[0].length;
    const offsets: number[] = [];
    this.bodies.forEach((body, i) => {
      const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), body ?? Buffer.from('null', 'latin1'), Buffer.from('\nendobj\n', 'latin1')]);
      offsets.push(offset);
      parts.push(obj);
      offset += obj.length;
    });
    const xref = [`xref\n0 ${this.bodies.length + 1}\n`, '0000000000 65535 f \n', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
    parts.push(Buffer.from(`${xref}trailer\n<< /Size ${this.bodies.length + 1} ${trailer} >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
    return Buffer.concat(parts);
  }
}

/** A PDF string literal with its special characters escaped (§7.3.4.2). */
export function pdfString(text: string): string {
  return `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/** A page content stream that prints these lines in Helvetica (font resource /F1), one under another. */
export function textContent(lines: string[]): Buffer {
  const ops = lines.map((l, i) => `BT /F1 11 Tf 72 ${760 - 16 * (i % 44)} Td ${pdfString(l)} Tj ET`);
  return Buffer.from(ops.join('\n') + '\n', 'latin1');
}

/** The Helvetica font dictionary every generated page uses (a standard font: no font program needed). */
export const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

/** The zlib modulus of Adler-32 (RFC 1950 §8.2). */
const ADLER_MOD = 65521;

/**
 * A zlib stream that inflates to `chunk` repeated `times` times, built without deflating the
 * whole: the chunk is deflated once, ending in a full flush (which empties the compressor's
 * history and aligns to a byte), so its compressed bytes stand alone and can be repeated. A final
 * empty block and the Adler-32 of the whole follow. 4 GB of zeros takes 4 MB and no time.
 */
export function repeatedDeflate(chunk: Buffer, times: number): Buffer {
  const block = deflateRawSync(chunk, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  // Adler-32 of the whole: each repeat adds the chunk's byte sum to `a`, and to `b` the chunk
  // length times `a` before it plus the chunk's weighted sum (RFC 1950's definition, unrolled).
  let sum = 0;
  let weighted = 0;
  for (let i = 0; i < chunk.length; i++) {
    sum = (sum + chunk[i]) % ADLER_MOD;
    weighted = (weighted + (chunk.length - i) * chunk[i]) % ADLER_MOD;
  }
  let a = 1;
  let b = 0;
  for (let i = 0; i < times; i++) {
    b = (b + (chunk.length % ADLER_MOD) * a + weighted) % ADLER_MOD;
    a = (a + sum) % ADLER_MOD;
  }
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(((b << 16) | a) >>> 0);
  // 0x78 0xDA: zlib header, deflate with a 32 KiB window, best compression. 0x03 0x00: a final
  // fixed-Huffman block holding only end-of-block.
  return Buffer.concat([Buffer.from([0x78, 0xda]), ...Array.from({ length: times }, () => block), Buffer.from([0x03, 0x00]), trailer]);
}
