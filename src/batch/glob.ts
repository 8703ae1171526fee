/**
 * Glob patterns in INPUT arguments (`'archive/**\/*.pdf'`), for shells that do not expand them
 * and for archives too large for an argument list. Supports `*`, `?`, `**`, `[abc]`, `{a,b}`.
 */

const GLOB_CHARS = /[*?[{]/;

export function isGlob(arg: string): boolean {
  return GLOB_CHARS.test(arg);
}

/**
 * Split a pattern into the folder to walk (the segments before the first wildcard) and a
 * matcher for paths relative to that folder. Outputs mirror paths relative to the same folder.
 */
export function splitGlob(pattern: string): { root: string; matches: (rel: string) => boolean } {
  const segments = pattern.split('/');
  const firstWild = segments.findIndex((s) => isGlob(s));
  const rootSegments = segments.slice(0, firstWild);
  const root = rootSegments.length === 0 ? '.' : rootSegments.join('/') || '/';
  const regex = new RegExp(`^${globToRegex(segments.slice(firstWild).join('/'))}$`);
  return { root, matches: (rel) => regex.test(rel) };
}

function globToRegex(glob: string): string {
  let out = '';
  let inBraces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more folders; a trailing `**` matches anything below.
        const slash = glob[i + 2] === '/';
        out += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) {
        out += '\\[';
      } else {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close;
      }
    } else if (c === '{') {
      inBraces++;
      out += '(?:';
    } else if (c === '}' && inBraces > 0) {
      inBraces--;
      out += ')';
    } else if (c === ',' && inBraces > 0) {
      out += '|';
    } else {
      out += c.replace(/[.+^$()|\\]/g, '\\$&');
    }
  }
  return out;
}
