/**
 * go-doctor relocate against the real go: a build cache and module cache populated by the real go (from a
 * file:// GOPROXY), moved with --apply, and then a second build served from the moved caches with the
 * proxy turned off. Interruption (the CLI kills itself mid-copy) and resume/rollback, not enough space,
 * a target inside the source, settings kept in the environment and PATH.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTree, tallyTree } from '../src/relocate/copy.js';
import { CLI, cli, hasStackTrace, ROOT } from './support/cli.js';
import { goReleases, type Release } from './support/releases.js';
import { DEP, writeProxy } from './support/scenario.js';

const releases = goReleases();
const newest = releases.at(-1);
if (!newest) throw new Error('no Go release found');
const oldest = releases.find((r) => r.version.startsWith('1.19.') || r.version.startsWith('1.21.'));

let root = '';
const templates = new Map<string, string>();

function goEnvBase(goroot: string, home: string, proj: string, proxy: string): Record<string, string> {
  return {
    PATH: `${goroot}/bin:/usr/bin:/bin`,
    HOME: home,
    PWD: proj,
    GOPROXY: `file://${proxy}`,
    GONOSUMDB: 'example.test',
    GOFLAGS: '-mod=mod',
    GOTOOLCHAIN: 'local',
  };
}

function go(release: Release, args: string[], env: Record<string, string>, cwd: string) {
  const r = spawnSync(release.go, args, { env, cwd, encoding: 'utf8', timeout: 300_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A home whose default GOPATH (with the module cache) and GOCACHE the real go populated; built once per release. */
function template(release: Release): string {
  const hit = templates.get(release.version);
  if (hit) return hit;
  const t = path.join(root, `template-${release.version}`);
  const home = path.join(t, 'home');
  const proj = path.join(t, 'proj');
  mkdirSync(home, { recursive: true });
  mkdirSync(proj);
  writeProxy(path.join(t, 'proxy'));
  writeFileSync(path.join(proj, 'go.mod'), `module example.test/hello\n\ngo 1.19\n\nrequire ${DEP} v1.0.0\n`);
  writeFileSync(
    path.join(proj, 'main.go'),
    `package main\n\nimport (\n\t"fmt"\n\n\t"${DEP}"\n)\n\nfunc main() { fmt.Println(dep.Hello()) }\n`,
  );
  const r = go(
    release,
    ['build', '-o', os.devNull, '.'],
    goEnvBase(release.goroot, home, proj, path.join(t, 'proxy')),
    proj,
  );
  if (r.status !== 0) throw new Error(`populating build failed: ${r.stderr}`);
  templates.set(release.version, t);
  return t;
}

interface World {
  dir: string;
  home: string;
  proj: string;
  target: string;
  env: Record<string, string>;
  release: Release;
}

let n = 0;
function world(release: Release): World {
  const t = template(release);
  const dir = path.join(root, `w${n++}`);
  cpSync(t, dir, { recursive: true, verbatimSymlinks: true });
  const home = path.join(dir, 'home');
  const proj = path.join(dir, 'proj');
  // A symlink to a directory outside GOPATH, and a relative one: both must arrive as links.
  mkdirSync(path.join(dir, 'elsewhere'));
  writeFileSync(path.join(dir, 'elsewhere', 'notes.txt'), 'not part of GOPATH');
  symlinkSync(path.join(dir, 'elsewhere'), path.join(home, 'go', 'notes'));
  symlinkSync('pkg/mod', path.join(home, 'go', 'modlink'));
  const w = {
    dir,
    home,
    proj,
    target: path.join(dir, 'vol2', 'go'),
    env: goEnvBase(release.goroot, home, proj, path.join(dir, 'proxy')),
    release,
  };
  // Compiled packages are keyed by their directory: build once here so the cache is warm for these paths.
  expect(compiled(w)).toEqual(['example.test/dep', 'main']);
  expect(compiled(w)).toEqual([]);
  return w;
}

function relocate(w: World, args: string[], env: Record<string, string> = {}) {
  const r = cli(['relocate', '--to', w.target, '--allow-same-volume', ...args], { ...w.env, ...env }, w.proj);
  expect(hasStackTrace(r.stderr + r.stdout)).toBe(false);
  return r;
}

function goEnvJson(w: World, env: Record<string, string> = {}): Record<string, string> {
  const r = go(
    w.release,
    ['env', '-json', 'GOPATH', 'GOMODCACHE', 'GOCACHE', 'GOBIN'],
    { ...w.env, ...env },
    w.proj,
  );
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Record<string, string>;
}

/** Packages `go build -x` compiled (their -p names): empty when everything came from the build cache. */
function compiled(w: World, env: Record<string, string> = {}): string[] {
  // GOPROXY=off: the module must come from the (moved) module cache.
  const r = go(
    w.release,
    ['build', '-x', '-o', os.devNull, '.'],
    { ...w.env, GOPROXY: 'off', ...env },
    w.proj,
  );
  expect(r.status, r.stderr).toBe(0);
  return [...r.stderr.matchAll(/\/compile\s.*?-p (\S+)/g)].map((m) => m[1] ?? '');
}

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'gd-relocate-'));
});

afterAll(() => {
  if (root) removeTree(root);
});

describe('relocate --apply with the real go', () => {
  const targets = oldest && oldest.version !== newest.version ? [newest, oldest] : [newest];
  for (const release of targets) {
    it(`go${release.version}: moves GOPATH (with the module cache) and GOCACHE; the next build is served from them`, () => {
      const w = world(release);
      const before = {
        gopath: tallyTree(path.join(w.home, 'go')),
        cache: tallyTree(path.join(w.home, '.cache', 'go-build')),
      };
      expect(before.cache.files).toBeGreaterThan(50);
      expect(existsSync(path.join(w.home, 'go', 'pkg', 'mod', `${DEP}@v1.0.0`, 'dep.go'))).toBe(true);
      const r = relocate(w, ['--apply']);
      expect(r.stdout).toContain('go-doctor relocate apply: done');
      expect(r.stdout).toContain('(no compile step)');
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(goEnvJson(w)).toEqual({
        GOPATH: path.join(w.target, 'gopath'),
        GOMODCACHE: path.join(w.target, 'gopath', 'pkg', 'mod'),
        GOCACHE: path.join(w.target, 'go-build'),
        GOBIN: '',
      });
      // Old copies gone, new ones complete (the probe build added its entries to the cache).
      expect(existsSync(path.join(w.home, 'go'))).toBe(false);
      expect(existsSync(path.join(w.home, '.cache', 'go-build'))).toBe(false);
      expect(tallyTree(path.join(w.target, 'gopath'))).toEqual(before.gopath);
      expect(tallyTree(path.join(w.target, 'go-build')).files).toBeGreaterThan(before.cache.files);
      // Links arrive as links.
      expect(lstatSync(path.join(w.target, 'gopath', 'notes')).isSymbolicLink()).toBe(true);
      expect(readlinkSync(path.join(w.target, 'gopath', 'notes'))).toBe(path.join(w.dir, 'elsewhere'));
      expect(readlinkSync(path.join(w.target, 'gopath', 'modlink'))).toBe('pkg/mod');
      // The next build takes the module from the moved module cache (GOPROXY=off) and the standard
      // library from the moved build cache. The dependency moved directory, and go keys compiled packages
      // by directory (without -trimpath), so it and what imports it compile once more; then nothing does.
      expect(compiled(w)).toEqual(['example.test/dep', 'main']);
      expect(compiled(w)).toEqual([]);
      // Control: a changed source file is compiled, so the signal above can fail.
      appendFileSync(path.join(w.proj, 'main.go'), '\n// changed\n');
      expect(compiled(w)).toContain('main');
      // The go env file holds exactly the new settings.
      const envFile = readFileSync(path.join(w.home, '.config', 'go', 'env'), 'utf8');
      expect(envFile).toContain(`GOPATH=${path.join(w.target, 'gopath')}`);
      expect(envFile).toContain(`GOCACHE=${path.join(w.target, 'go-build')}`);
    });
  }

  it('--keep-old switches but keeps the old copies; --format json reports the phases', () => {
    const w = world(newest);
    const r = relocate(w, ['--apply', '--keep-old', '--format', 'json']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ command: 'relocate', mode: 'apply', status: 'done', cacheCheck: 'hit' });
    expect(out.journal.moves.map((m: { var: string; phase: string }) => `${m.var} ${m.phase}`)).toEqual([
      'GOPATH switched',
      'GOMODCACHE switched',
      'GOCACHE switched',
      'GOBIN switched',
    ]);
    expect(existsSync(path.join(w.home, 'go', 'pkg', 'mod'))).toBe(true);
    expect(existsSync(path.join(w.home, '.cache', 'go-build'))).toBe(true);
    expect(goEnvJson(w).GOCACHE).toBe(path.join(w.target, 'go-build'));
    expect(compiled(w)).toEqual(['example.test/dep', 'main']);
  });

  it('an interrupted copy leaves go on the old paths; a rerun resumes and finishes', () => {
    const w = world(newest);
    const killed = relocate(w, ['--apply'], { GO_DOCTOR_TEST_KILL_AFTER_FILES: '40' });
    expect(killed.status).toBe(null);
    const journal = JSON.parse(readFileSync(path.join(w.target, '.go-doctor-relocate.json'), 'utf8'));
    expect(journal.state).toBe('in-progress');
    expect(journal.moves.some((m: { phase: string }) => m.phase === 'copying')).toBe(true);
    // go never points at the half-copied cache.
    expect(goEnvJson(w).GOCACHE).toBe(path.join(w.home, '.cache', 'go-build'));
    // Without --apply a rerun says where it stands and changes nothing.
    const status = relocate(w, []);
    expect(status.status).toBe(1);
    expect(status.stdout).toContain('rerun with --apply to resume it or --rollback to undo it');
    const r = relocate(w, ['--apply']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/resumed copy of GOCACHE: .* \(\d+ files written, 40 already complete/);
    expect(goEnvJson(w).GOCACHE).toBe(path.join(w.target, 'go-build'));
    expect(existsSync(path.join(w.home, '.cache', 'go-build'))).toBe(false);
    expect(compiled(w)).toEqual(['example.test/dep', 'main']);
  });

  // An interruption right after each journalled phase: go points at the old or at the complete new
  // directories, never at a half copy, and a rerun finishes.
  const kills: [string, 'old' | 'new'][] = [
    ['GOPATH:copied', 'old'],
    ['GOCACHE:verified', 'old'],
    ['switching', 'new'],
    ['switched', 'new'],
    ['GOPATH:removing', 'new'],
  ];
  for (const [at, points] of kills) {
    it(`interrupted at ${at}: go uses the ${points} directories, and a rerun finishes`, () => {
      const w = world(newest);
      const killed = relocate(w, ['--apply'], { GO_DOCTOR_TEST_KILL_AT_PHASE: at });
      expect(killed.status, killed.stdout + killed.stderr).toBe(null);
      const gocache =
        points === 'old' ? path.join(w.home, '.cache', 'go-build') : path.join(w.target, 'go-build');
      expect(goEnvJson(w).GOCACHE).toBe(gocache);
      expect(tallyTree(gocache).files).toBeGreaterThan(50);
      const r = relocate(w, ['--apply']);
      expect(r.status, r.stdout + r.stderr).toBe(0);
      expect(goEnvJson(w)).toMatchObject({
        GOPATH: path.join(w.target, 'gopath'),
        GOCACHE: path.join(w.target, 'go-build'),
      });
      expect(existsSync(path.join(w.home, 'go'))).toBe(false);
      expect(existsSync(path.join(w.home, '.cache', 'go-build'))).toBe(false);
      expect(compiled(w)).toEqual(['example.test/dep', 'main']);
    });
  }

  it('interrupted after go env -w, then rolled back: the go env file loses the new lines', () => {
    const w = world(newest);
    const killed = relocate(w, ['--apply'], { GO_DOCTOR_TEST_KILL_AT_PHASE: 'switching' });
    expect(killed.status).toBe(null);
    expect(goEnvJson(w).GOPATH).toBe(path.join(w.target, 'gopath'));
    const r = relocate(w, ['--rollback']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain("restored the go env file's GOPATH, GOCACHE settings");
    expect(goEnvJson(w)).toMatchObject({
      GOPATH: path.join(w.home, 'go'),
      GOCACHE: path.join(w.home, '.cache', 'go-build'),
    });
    expect(readFileSync(path.join(w.home, '.config', 'go', 'env'), 'utf8')).not.toMatch(/GOPATH|GOCACHE/);
    expect(existsSync(w.target)).toBe(false);
    expect(compiled(w)).toEqual([]);
  });

  it('an interrupted copy is rolled back: the new copies go, the old ones were never touched', () => {
    const w = world(newest);
    const before = tallyTree(path.join(w.home, '.cache', 'go-build'));
    const killed = relocate(w, ['--apply'], { GO_DOCTOR_TEST_KILL_AFTER_FILES: '25' });
    expect(killed.status).toBe(null);
    const r = relocate(w, ['--rollback']);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('rolled back');
    expect(existsSync(w.target)).toBe(false);
    // The probe build (before the copy) added its entries to the old cache; nothing else changed.
    const after = tallyTree(path.join(w.home, '.cache', 'go-build'));
    expect(after.files).toBeGreaterThanOrEqual(before.files);
    expect(goEnvJson(w).GOPATH).toBe(path.join(w.home, 'go'));
    expect(existsSync(path.join(w.home, '.config', 'go', 'env'))).toBe(false);
    expect(compiled(w)).toEqual([]);
  });

  it('on a terminal it asks: "n" changes nothing, "y" applies', () => {
    const w = world(newest);
    const cmd = [
      process.execPath,
      CLI,
      'relocate',
      '--to',
      w.target,
      '--allow-same-volume',
      '--vars',
      'GOCACHE',
    ]
      .map((a) => `'${a}'`)
      .join(' ');
    // script(1) gives the CLI a pseudo-terminal for stdin and stdout; the answer is typed ahead.
    const ask = (answer: string) =>
      spawnSync('script', ['-qec', cmd, '/dev/null'], {
        env: w.env,
        cwd: w.proj,
        input: `${answer}\n`,
        encoding: 'utf8',
        timeout: 120_000,
      });
    const no = ask('n');
    expect(no.stdout).toContain('Apply this plan? [y/N]');
    expect(no.status).toBe(0);
    expect(existsSync(w.target)).toBe(false);
    const yes = ask('y');
    expect(yes.stdout).toContain('go-doctor relocate apply: done');
    expect(goEnvJson(w).GOCACHE).toBe(path.join(w.target, 'go-build'));
  });

  it('refuses when the target has too little space, and a target inside the source', () => {
    const w = world(newest);
    const r = relocate(w, ['--apply'], { GO_DOCTOR_TEST_TARGET_FREE: '1000000' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /not enough space on the target: about [\d.]+ MiB needed plus a 64\.0 MiB margin, 977 KiB free/,
    );
    expect(existsSync(w.target)).toBe(false);
    const inside = cli(
      ['relocate', '--to', path.join(w.home, 'go', 'moved'), '--apply', '--allow-same-volume'],
      w.env,
      w.proj,
    );
    expect(inside.status).toBe(1);
    expect(inside.stdout).toContain(
      `the target ${path.join(w.home, 'go', 'moved')} is inside GOPATH (${path.join(w.home, 'go')}), which it would copy`,
    );
    expect(existsSync(path.join(w.home, 'go', 'moved'))).toBe(false);
    mkdirSync(path.dirname(w.target), { recursive: true });
    writeFileSync(w.target, 'a file');
    const file = relocate(w, ['--apply']);
    expect(file.status).toBe(1);
    expect(file.stdout).toContain(`the target ${w.target} exists and is not a directory`);
    expect(goEnvJson(w).GOPATH).toBe(path.join(w.home, 'go'));
  });

  it('GOCACHE set in the environment: the old cache stays until the environment says the new path', () => {
    const w = world(newest);
    const oldCache = path.join(w.home, '.cache', 'go-build');
    w.env.GOCACHE = oldCache;
    const newCache = path.join(w.target, 'go-build');
    const r = relocate(w, ['--apply']);
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toContain('go-doctor relocate apply: waiting for you');
    // The fix engine wrote the new value to the shell startup file; a new login shell sees it even
    // though its parent still has the old one.
    const profile = path.join(w.home, '.profile');
    expect(r.stdout).toContain(`wrote ${profile} (go-doctor fix --undo takes it back)`);
    expect(readFileSync(profile, 'utf8')).toContain(`export GOCACHE=${newCache}`);
    const fresh = spawnSync('sh', ['-lc', 'printf %s "$GOCACHE"'], { env: { ...w.env }, encoding: 'utf8' });
    expect(fresh.stdout).toBe(newCache);
    expect(r.stdout).toMatch(/GOCACHE\s+waiting/);
    expect(existsSync(oldCache)).toBe(true);
    // GOPATH went through go env -w and is done.
    expect(existsSync(path.join(w.home, 'go'))).toBe(false);
    expect(goEnvJson(w).GOCACHE).toBe(oldCache);
    // The user applies the line; the rerun verifies and removes the old cache.
    const done = relocate(w, ['--apply'], { GOCACHE: newCache });
    expect(done.status, done.stdout + done.stderr).toBe(0);
    expect(existsSync(oldCache)).toBe(false);
    expect(compiled(w, { GOCACHE: newCache })).toEqual(['example.test/dep', 'main']);
    expect(compiled(w, { GOCACHE: newCache })).toEqual([]);
  });

  it('the install directory on PATH: the old GOPATH stays until PATH lists the new bin', () => {
    const w = world(newest);
    const oldBin = path.join(w.home, 'go', 'bin');
    const newBin = path.join(w.target, 'gopath', 'bin');
    w.env.PATH = `${w.env.PATH}:${oldBin}`;
    const r = relocate(w, ['--apply', '--vars', 'GOPATH']);
    expect(r.status, r.stdout + r.stderr).toBe(1);
    // The new bin goes on PATH in the startup file; the old one comes from the parent environment,
    // which go-doctor cannot edit, so removing it is left to the user.
    expect(readFileSync(path.join(w.home, '.profile'), 'utf8')).toContain(newBin);
    const fresh = spawnSync('sh', ['-lc', 'printf %s "$PATH"'], { env: { ...w.env }, encoding: 'utf8' });
    expect(fresh.stdout.split(':')).toContain(newBin);
    expect(r.stdout).toContain(`remove "${oldBin}" from PATH where your shell startup files set it`);
    expect(existsSync(path.join(w.home, 'go'))).toBe(true);
    expect(goEnvJson(w).GOPATH).toBe(path.join(w.target, 'gopath'));
    const done = relocate(w, ['--apply'], { PATH: `${w.release.goroot}/bin:/usr/bin:/bin:${newBin}` });
    expect(done.status, done.stdout + done.stderr).toBe(0);
    expect(existsSync(path.join(w.home, 'go'))).toBe(false);
  });
});

describe('relocate plans from Windows fact snapshots (golden outputs)', () => {
  const facts = path.join(ROOT, 'test', 'fixtures', 'relocate', 'windows-gocache-env.json');
  const cases: [string, string[]][] = [
    ['windows-to-d', ['--to', 'D:\\go']],
    ['windows-to-d', ['--to', 'D:\\go', '--format', 'json']],
    ['windows-system-drive-spaces', ['--to', 'C:\\Go Stuff\\écrits', '--vars', 'GOCACHE,GOBIN']],
    [
      'windows-system-drive-spaces',
      ['--to', 'C:\\Go Stuff\\écrits', '--vars', 'GOCACHE,GOBIN', '--format', 'json'],
    ],
  ];
  for (const [name, args] of cases) {
    const json = args.includes('json');
    it(`${name}${json ? ' (json)' : ''}`, () => {
      const r = cli(['relocate', '--facts', facts, ...args], { PATH: '/usr/bin:/bin', HOME: os.tmpdir() });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const golden = path.join(
        ROOT,
        'test',
        'fixtures',
        'relocate',
        'golden',
        `${name}.${json ? 'json' : 'txt'}`,
      );
      if (process.env.GO_DOCTOR_UPDATE_GOLDEN === '1') writeFileSync(golden, r.stdout);
      expect(r.stdout).toBe(readFileSync(golden, 'utf8'));
    });
  }

  it('--apply is refused on a snapshot', () => {
    const r = cli(['relocate', '--facts', facts, '--to', 'D:\\go', '--apply'], { PATH: '/usr/bin:/bin' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--apply and --rollback work on this machine, not on a --facts snapshot');
  });
});
