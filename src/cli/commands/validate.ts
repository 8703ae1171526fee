import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { escapeControls } from '../../control-chars.js';
import { ExitError, InputError } from '../../errors.js';
import { readInput } from '../../extract.js';
import { checkPack, issueLine } from '../../schema/explain.js';

/** Problems printed at most: a file that is wrong everywhere is better fixed from the first few. */
const MAX_PRINTED = 20;

/** Where a path of the document is: the 1-based line its value starts on, from the parser's node ranges. */
function locator(doc: Document, lines: LineCounter) {
  return (path: ReadonlyArray<PropertyKey>): number | null => {
    const node = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
    if (!isNode(node) || !node.range) return null;
    return lines.linePos(node.range[0]).line;
  };
}

/** Check a written Pack (a file, or "-" for stdin) against the contract; print each problem with its line, record and field. */
export async function validateCommand(file: string): Promise<void> {
  const bytes = await readInput(file);
  const lines = new LineCounter();
  // YAML is a superset of JSON: one parser reads both, and gives every value its place in the file.
  const doc = parseDocument(Buffer.from(bytes).toString('utf8'), { lineCounter: lines, uniqueKeys: false });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const where = first.linePos ? `line ${first.linePos[0].line}: ` : '';
    throw new InputError('not-yaml', `${where}not YAML or JSON (${first.message.split('\n')[0]})`, file);
  }
  const data: unknown = doc.toJS();
  const result = checkPack(data, locator(doc, lines));
  if (result.valid) {
    process.stdout.write(`${file}: valid packtool ${result.pack.packtool} output\n`);
    return;
  }
  const explained = result.issues;
  // Paths are the file's own keys and messages quote its values: they may hold control characters.
  for (const e of explained.slice(0, MAX_PRINTED)) process.stderr.write(`${escapeControls(`${file}: ${issueLine(e)}`)}\n`);
  if (explained.length > MAX_PRINTED) process.stderr.write(`${escapeControls(`${file}: … and ${explained.length - MAX_PRINTED} more`)}\n`);
  throw new ExitError(1, `${file}: does not match the packtool output contract (${explained.length} problem(s))`);
}
