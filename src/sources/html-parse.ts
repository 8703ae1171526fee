/**
 * HTML → DOM with htmlparser2, in time linear in the input however deeply its elements nest.
 *
 * htmlparser2's Parser keeps its stack of open elements (and of foreign contexts, for <svg>
 * and <math>) as an array whose first item is the innermost: it opens an element with
 * `unshift` and closes one with `shift`, each of which moves every item below. A page of
 * 200,000 unclosed <div>s (2.6 MB) took 25 s to read, 440,000 took 100 s (upstream
 * fb55/htmlparser2 PR #2481 is still open). Closing an element it looks the name up with
 * `indexOf`, from the innermost down: a close tag that matches nothing (`</span>` under
 * 200,000 <div>s) walks the whole stack each time.
 *
 * The fix is the data structure, not the parse: the same Parser, tokenizer and DOM handler
 * as cheerio's own `xml` option uses, with these two stacks replaced by InnermostFirstStack,
 * which offers the same operations (the innermost at index 0) in constant time. The tree is
 * therefore exactly the one htmlparser2 builds (tests/sources/html-parse.test.ts compares
 * both on every HTML fixture); only the time changes. Deep trees are then read flat by the
 * walker (MAX_HTML_NESTING in html.ts), which never recurses into them.
 */
import { Parser } from 'htmlparser2';
import { DomHandler, type Document } from 'domhandler';

/** How pages are parsed: HTML mode (implied closes, void elements), entities decoded, names in lower case. */
export const HTML_PARSER_OPTIONS = { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } as const;

/** The DOM of an HTML document or fragment, as cheerio's `load(html, { xml: HTML_PARSER_OPTIONS })` builds it. */
export function parseHtml(html: string): Document {
  const handler = new DomHandler(undefined, HTML_PARSER_OPTIONS);
  const parser = new Parser(handler, HTML_PARSER_OPTIONS);
  // The Parser's own fields, replaced before it reads anything, with what its constructor put
  // there: an empty stack, and a foreign-context stack of one `false` (in HTML mode the
  // document itself is not foreign content).
  const fields = parser as unknown as { stack: unknown; foreignContext: unknown };
  fields.stack = innermostFirstStack<string>([]);
  fields.foreignContext = innermostFirstStack<boolean>([false]);
  parser.end(html);
  return handler.root;
}

/**
 * A stack seen as an array whose index 0 is the top, as htmlparser2 uses it: `[i]`, `length`
 * (and `length = 0` to clear), `unshift` (push), `shift` (pop) and `indexOf`. Stored the other
 * way round in a plain array, so pushing and popping are constant time; `indexOf` keeps a
 * count of each value on the stack so that a value not on it costs nothing, and one on it costs
 * the distance to it, which the parser then pops. Any other use throws, so that an htmlparser2
 * that uses its stack differently fails the tests rather than parsing wrongly.
 */
export function innermostFirstStack<T>(initial: T[]): T[] {
  // Bottom first: items[items.length - 1] is index 0 of the array the parser sees.
  const items = [...initial].reverse();
  const counts = new Map<T, number>();
  const count = (value: T, by: number) => counts.set(value, (counts.get(value) ?? 0) + by);
  for (const value of items) count(value, 1);
  const methods = {
    unshift(value: T): number {
      items.push(value);
      count(value, 1);
      return items.length;
    },
    shift(): T | undefined {
      if (items.length === 0) return undefined;
      const value = items.pop() as T;
      count(value, -1);
      return value;
    },
    indexOf(value: T): number {
      if (!counts.get(value)) return -1;
      for (let k = items.length - 1; k >= 0; k--) if (items[k] === value) return items.length - 1 - k;
      return -1;
    },
  };
  return new Proxy({}, {
    get(_, key) {
      if (key === 'length') return items.length;
      if (typeof key === 'string' && /^\d+$/.test(key)) return items[items.length - 1 - Number(key)];
      if (typeof key === 'string' && Object.hasOwn(methods, key)) return methods[key as keyof typeof methods];
      throw new Error(`html-parse: the parser used its stack's ${String(key)}, which InnermostFirstStack does not provide`);
    },
    set(_, key, value) {
      if (key !== 'length' || value !== 0) throw new Error(`html-parse: the parser set its stack's ${String(key)}, which InnermostFirstStack does not provide`);
      items.length = 0;
      counts.clear();
      return true;
    },
  }) as unknown as T[];
}
