import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMAS, schemaText } from '../../src/schema/json-schema.js';
import { ROOT } from '../helpers.js';

describe('schemas/ is generated from the zod contract', () => {
  for (const name of Object.keys(SCHEMAS)) {
    it(`schemas/${name}.schema.json is up to date (run \`npm run schemas\` if this fails)`, () => {
      const onDisk = readFileSync(path.join(ROOT, 'schemas', `${name}.schema.json`), 'utf8');
      expect(onDisk).toBe(schemaText(name));
    });
  }

  it('the pack schema names every top-level field of the contract', () => {
    const schema = JSON.parse(schemaText('pack')) as { required: string[] };
    expect(schema.required).toEqual([
      'packtool', 'source', 'meeting', 'agenda', 'documents', 'minutes', 'actions', 'programme', 'decisions', 'warnings',
    ]);
  });
});
