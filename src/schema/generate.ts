/** `npm run schemas`: write schemas/<name>.schema.json from the zod contract. */
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { SCHEMAS, schemaText } from './json-schema.js';

const dir = path.resolve(process.argv[2] ?? 'schemas');
mkdirSync(dir, { recursive: true });
for (const name of Object.keys(SCHEMAS)) {
  writeFileSync(path.join(dir, `${name}.schema.json`), schemaText(name));
  process.stdout.write(`wrote ${path.join(path.relative(process.cwd(), dir), `${name}.schema.json`)}\n`);
}
