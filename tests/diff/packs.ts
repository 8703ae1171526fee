/** Writing action rows out as the files `packtool extract` would have written, for the diff to read. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { FORMAT_VERSION, type ActionRow, type Pack } from '../../src/schema/pack.js';

export function packOf(actions: ActionRow[]): Pack {
  return {
    packtool: FORMAT_VERSION,
    source: { file: 'birmingham_ecyp_osc_2024-12-04_pack.txt', sha256: '0'.repeat(64), format: 'text', pages: 178 },
    meeting: { body: null, committee: null, date: null, time: null, venue: null, source: { page: null, line: null } },
    agenda: [],
    documents: [],
    minutes: [],
    actions,
    programme: [],
    decisions: [],
    warnings: [],
  };
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'packtool-diff-'));
}

/** Write `value` to dir/name as YAML or JSON according to the name's extension. */
export function writeData(dir: string, name: string, value: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, name.endsWith('.json') ? JSON.stringify(value, null, 2) : stringify(value));
  return file;
}
