import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/extract.js';
import { bad, inputErrorOf } from './helpers.js';

const read = (name: string) => extractBytes(new Uint8Array(readFileSync(bad(name))), name);

describe('a file named .pdf that is not a PDF', () => {
  it('is refused as empty-file when it has no bytes', async () => {
    const err = await inputErrorOf(read('empty.pdf'));
    expect(err.code).toBe('empty-file');
    expect(err.message).toMatch(/empty \(0 bytes\).*download it again/);
  });

  it('is refused as not-a-pdf, naming it an HTML page, when a dead link saved an error page', async () => {
    const err = await inputErrorOf(read('html-page-named.pdf'));
    expect(err.code).toBe('not-a-pdf');
    expect(err.message).toContain('an HTML page');
  });

  it('is refused as not-a-pdf, naming it a PNG image, when it is a picture', async () => {
    const err = await inputErrorOf(read('png-image-named.pdf'));
    expect(err.code).toBe('not-a-pdf');
    expect(err.message).toContain('a PNG image');
  });
});
