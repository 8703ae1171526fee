import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readFileSync, readdirSync } from 'node:fs';
const names = Object.fromEntries(Object.entries(pdfjs.OPS).map(([k, v]) => [v, k]));
const files = process.argv.slice(2);
for (const file of files) {
  let doc;
  try { doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)), maxImageSize: 0, isEvalSupported: false, verbosity: 0 }).promise; } catch { continue; }
  for (let n = 1; n <= doc.numPages; n++) {
    let page; try { page = await doc.getPage(n); } catch { continue; }
    const tc = await page.getTextContent();
    if (tc.items.some(i => i.str && i.str.trim())) { page.cleanup(); continue; }
    const ops = await page.getOperatorList();
    const counts = {};
    for (const f of ops.fnArray) counts[names[f]] = (counts[names[f]] ?? 0) + 1;
    console.log(file.split('/').pop(), n, JSON.stringify(counts));
    page.cleanup();
  }
  await doc.destroy();
}
