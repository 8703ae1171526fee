import { schemaText } from '../../schema/json-schema.js';

export function schemaCommand(opts: { name: string }): void {
  process.stdout.write(schemaText(opts.name));
}
