// Run by `prepare` before it builds dist/: say plainly when the TypeScript of devDependencies is missing.
//
// npm runs `prepare` after `npm install` or `npm ci` in a clone, and when it fetches packtool
// from git (`npm pack github:OWNER/packtool`, `npm install github:OWNER/packtool`): it clones
// the repository, installs its dependencies and devDependencies there, runs `prepare`, and packs
// the result by the `files` list of package.json. A tarball or registry package already
// carries dist/, and npm does not run `prepare` when installing one.
//
// A *global* install straight from git gets no devDependencies (the nested npm install inherits
// --global and puts nothing in the clone: npm/cli#8440), so it cannot build; the README
// installs from git in two steps instead (`npm pack`, then `npm install --global` of the tarball).
import { createRequire } from 'node:module';

const root = new URL('..', import.meta.url);

function hasTypeScript() {
  try {
    createRequire(new URL('package.json', root)).resolve('typescript/package.json');
    return true;
  } catch {
    return false;
  }
}

if (!hasTypeScript()) {
  console.error(
    process.env.npm_config_global === 'true'
      ? 'packtool: npm installs no devDependencies (TypeScript) for a global install from git (npm/cli#8440). ' +
          'Install in two steps: `npm pack github:OWNER/packtool`, then `npm install --global ./packtool-VERSION.tgz` (README, "Install").'
      : 'packtool: TypeScript (a devDependency) is not installed, so dist/ cannot be built; run `npm ci` without --omit=dev.',
  );
  process.exit(1);
}
