/**
 * packtool as its users get it. On a copy of this repository committed to a scratch git
 * repository, the README's install commands run as written (a `git+file:` URL in place of
 * `github:<owner>/packtool`, a temporary global prefix through npm_config_prefix, and npm told
 * to prefer its cache: `npm ci` has put every dependency's tarball there, and what npm still
 * needs for a global install, the registry's version lists, it fetches once and keeps). Then
 * the installed command reads the sample pack, the README's CI step runs on packs whose names
 * hold spaces, and a new TypeScript project installs the tarball, type-checks the README's
 * library example and runs it.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, fixture } from '../helpers.js';
import { README, codeBlocks, section, workflowSteps } from './readme.js';

const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const SAMPLE = fixture('sample', 'kent_county_council_2025-03-13_sample_pack.pdf');
const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const README_SPEC = 'github:<owner>/packtool';
const CI_SECTION = section(README, 'In CI: fail a job when a tracker row disappears');
const [INSTALL] = codeBlocks(section(README, 'Install'), 'sh');

let tmp: string;
let clone: string; // the copy of this repository, committed to git
let prefix: string; // the global prefix packtool is installed into
let tarball: string;

/** The environment of a user's shell: none of the npm_* variables `npm test` set for its own script. */
function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) || /^npm_config_(cache|registry|userconfig)$/i.test(key)));
  return { ...env, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false', ...extra };
}

function run(command: string, args: string[], cwd: string, env = userEnv()): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function ok(result: SpawnSyncReturns<string>, what: string): string {
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`.slice(-4000));
  return result.stdout;
}

/** A bash script as GitHub Actions runs a `run:` step (bash -e). */
function bash(script: string, cwd: string, env: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  const file = path.join(tmp, `step-${Math.random().toString(36).slice(2)}.sh`);
  writeFileSync(file, script);
  return run('bash', ['-e', file], cwd, env);
}

/** Copy the repository as a fresh clone has it (no node_modules, dist or git data) and commit it. */
function commitCopy(dest: string): void {
  const skip = new Set(['node_modules', 'dist', '.git', 'scratch']);
  cpSync(ROOT, dest, {
    recursive: true,
    filter: (src) => {
      const top = path.relative(ROOT, src).split(path.sep)[0];
      return !skip.has(top) && !top.startsWith('.vitest') && !top.endsWith('.tgz');
    },
  });
  const git = (...args: string[]) => ok(run('git', ['-c', 'user.name=packtool tests', '-c', 'user.email=tests@packtool.invalid', '-c', 'commit.gpgsign=false', ...args], dest), `git ${args[0]}`);
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'packtool as the tests see it');
}

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'packtool-install-'));
  clone = path.join(tmp, 'packtool');
  prefix = path.join(tmp, 'global');
  commitCopy(clone);
  const work = path.join(tmp, 'work');
  mkdirSync(work);
  const script = INSTALL.replace(README_SPEC, `git+file://${clone}`);
  ok(bash(script, work, userEnv({ npm_config_prefix: prefix })), 'the README install commands');
  tarball = path.join(work, `packtool-${VERSION}.tgz`);
}, 300_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function tarList(file: string): string[] {
  return ok(run('tar', ['-tzf', file], tmp), 'tar').split('\n').filter(Boolean).map((p) => p.replace(/^package\//, '')).sort();
}

describe('the package', () => {
  it('the README installs the command and the CI recipe installs it the same way', () => {
    expect(INSTALL).toBe(`npm pack ${README_SPEC}\nnpm install --global ./packtool-*.tgz\n`);
    expect(workflowSteps(CI_SECTION).get('Install packtool')).toBe(INSTALL);
    // docs/diff.md shows the same workflow: its steps must be the ones tested here.
    const docs = readFileSync(path.join(ROOT, 'docs', 'diff.md'), 'utf8');
    const docSteps = workflowSteps(section(docs, 'In CI: fail a job when a tracker row disappears'));
    expect(docSteps.get('Install packtool')).toBe(INSTALL);
    expect(docSteps.get('Fail when a tracker row disappears')).toBe(workflowSteps(CI_SECTION).get('Fail when a tracker row disappears'));
  });

  it('holds the command, the library with its types, the schemas and the licence; no tests, fixtures, sources or maps', () => {
    const files = tarList(tarball);
    for (const needed of ['bin/packtool.js', 'dist/cli/main.js', 'dist/index.js', 'dist/index.d.ts', 'dist/api.d.ts', 'dist/schema/pack.d.ts', 'schemas/pack.schema.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'package.json']) {
      expect(files).toContain(needed);
    }
    const unwanted = files.filter((f) => /^(tests|fixtures|src|scripts|docs)\/|\.map$|^dist\/(bench|fuzz|accuracy)\/|\.pdf$/.test(f));
    expect(unwanted).toEqual([]);
  });

  it('`npm pack` in a clone (prepack) packs the same files as the pack from git (prepare)', () => {
    const dest = path.join(tmp, 'dir-pack');
    mkdirSync(dest);
    // The committed copy gets the repository's node_modules (TypeScript) only now, after the commit.
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
    ok(run('npm', ['pack', '--pack-destination', dest], clone), 'npm pack');
    expect(tarList(path.join(dest, `packtool-${VERSION}.tgz`))).toEqual(tarList(tarball));
  }, 300_000);

  it('a one-step global install from git stops with a line that says how to install instead', () => {
    // npm/cli#8440: the nested install of a global git dependency gets no devDependencies.
    const result = run('npm', ['install', '--global', `git+file://${clone}`], tmp, userEnv({ npm_config_prefix: path.join(tmp, 'one-step') }));
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain(
      'packtool: npm installs no devDependencies (TypeScript) for a global install from git (npm/cli#8440). Install in two steps: `npm pack github:OWNER/packtool`, then `npm install --global ./packtool-VERSION.tgz`',
    );
  }, 300_000);

  it('the installed command reads the sample pack: the meeting and the minutes of the last one', () => {
    const bin = path.join(prefix, 'bin', 'packtool');
    expect(ok(run(bin, ['--version'], tmp), 'packtool --version').trim()).toBe(VERSION);
    const pack = JSON.parse(ok(run(bin, ['extract', SAMPLE, '--format', 'json', '--quiet'], tmp), 'packtool extract'));
    // Front sheet, page 1: "Thursday, 13th March, 2025 at 10.00 am".
    expect(pack.meeting).toMatchObject({ committee: 'County Council', date: '2025-03-13', time: '10:00' });
    // Page 5: "MINUTES of a meeting of the County Council held … on Thursday, 13 February 2025", "286. Apologies for Absence (Item 1)".
    expect(pack.minutes[0].meeting.date).toBe('2025-02-13');
    expect(pack.minutes[0].items[0]).toMatchObject({ number: '286', title: 'Apologies for Absence', item: '1' });
  });

  it("the README's CI step compares the two latest packs, names with spaces and all, and fails when a row disappears", () => {
    const step = workflowSteps(CI_SECTION).get('Fail when a tracker row disappears')!;
    const workspace = path.join(tmp, 'ci');
    mkdirSync(path.join(workspace, 'packs'), { recursive: true });
    const packs = {
      '2013-10-08 Village Hall Committee minutes.pdf': fixture('minutes', 'horsley_village_hall_committee_2013-10-08_minutes.pdf'),
      '2014-10-19 Neighbourhood Plan WG minutes & actions.pdf': fixture('tracker', 'horsley_neighbourhood_plan_wg_2014-10-19_minutes_actions_p1-2.pdf'),
      '2024-11-14 Treasury group action points.pdf': fixture('tracker', 'kent_county_council_2024-11-14_treasury_group_note_action_points.pdf'),
    };
    const summary = path.join(workspace, 'summary.md');
    const env = userEnv({ PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}`, GITHUB_STEP_SUMMARY: summary });

    // One pack: nothing to compare yet, and nothing written.
    copyFileSync(Object.values(packs)[0], path.join(workspace, 'packs', Object.keys(packs)[0]));
    expect(bash(step, workspace, env).status).toBe(0);
    expect(readdirSync(workspace)).not.toContain('summary.md');

    for (const [name, file] of Object.entries(packs)) copyFileSync(file, path.join(workspace, 'packs', name));
    const result = bash(step, workspace, env);
    expect(result.stderr).not.toMatch(/No such file|cannot be read/);
    expect(result.status).toBe(1);
    const report = readFileSync(summary, 'utf8');
    expect(report.split('\n')[0]).toBe(
      '### Action tracker: `packs/2014-10-19 Neighbourhood Plan WG minutes & actions.pdf` → `packs/2024-11-14 Treasury group action points.pdf`',
    );
    // The Horsley tracker's five open actions (page 1-2: "JN to send Pdfs of each plan", …) are gone from the Kent note.
    expect(report).toContain('5 removed · 1 added');
    expect(report).toContain('| **removed** | 2014-10-19 | AC advised the group that he has reviewed a number of diverse NPs from other areas. (minute 3) | JN to send Pdfs of each plan |');
  });

  it("a TypeScript project installs the tarball, and the README's library example type-checks (strict) and runs", () => {
    const project = path.join(tmp, 'consumer');
    mkdirSync(project);
    copyFileSync(tarball, path.join(project, path.basename(tarball)));
    copyFileSync(SAMPLE, path.join(project, 'pack.pdf'));
    writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
    const [install] = codeBlocks(section(README, 'Use as a library'), 'sh');
    const [example] = codeBlocks(section(README, 'Use as a library'), 'ts');
    ok(bash(install, project, userEnv()), 'the README library install');
    writeFileSync(path.join(project, 'example.ts'), example);
    // The types are real, not `any`: each line below must be a type error.
    writeFileSync(
      path.join(project, 'types.ts'),
      [
        "import { diff, extract, validate, PackSchema, type ActionRow, type Pack } from 'packtool';",
        'export async function check(bytes: Uint8Array): Promise<number> {',
        "  const pack: Pack = await extract(bytes, { name: 'pack.pdf', timeout: 60 });",
        '  // @ts-expect-error: a meeting has no "when"',
        '  pack.meeting.when;',
        '  // @ts-expect-error: extract reads a path or bytes',
        '  await extract(42);',
        '  const rows: ActionRow[] = pack.actions;',
        '  const result = validate(JSON.parse(JSON.stringify(pack)));',
        '  // @ts-expect-error: the pack exists only when valid',
        '  result.pack;',
        '  const report = await diff(pack, rows);',
        '  return PackSchema.parse(pack).agenda.length + report.summary.unchanged;',
        '}',
      ].join('\n'),
    );
    writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'], types: [], outDir: 'out' },
        include: ['example.ts', 'types.ts'],
      }),
    );
    ok(run(process.execPath, [TSC, '-p', '.'], project), 'tsc --noEmit (strict)');
    ok(run(process.execPath, [TSC, '-p', '.', '--noEmit', 'false'], project), 'tsc (emit, to run it)');
    const lines = ok(run(process.execPath, ['out/example.js'], project), 'the example').trim().split('\n');
    expect(lines[0]).toBe('County Council on 2025-03-13 at 10:00');
    expect(lines[1]).toMatch(/^minutes of 2025-02-13: \d+ items, the first 286 Apologies for Absence$/);
  }, 600_000); // installing the tarball builds better-sqlite3 from source when no prebuilt binary can be fetched
});
