/**
 * go-doctor explain against the real go command of every release present: in temp HOMEs with a go env -w
 * file, environment overrides, empty environment variables, XDG directories, go.mod/go.work and
 * cross-compiling, every variable's value must equal what `go env -json` prints in the same environment,
 * the set of variables must be exactly what go env prints, the model must agree with go (no
 * modelDisagrees), and the layer must be right for the variables each setup arranges.
 * Also the command line: text and JSON shape, unknown names, --facts snapshots, redaction.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compare } from '../src/core/version.js';
import { cli, hasStackTrace } from './support/cli.js';
import { goReleases, type Release } from './support/releases.js';

const atLeast = (v: string, x: string) => compare(v, x) >= 0;
const tmpRoot = mkdtempSync(path.join(os.tmpdir(), 'gd-explain-'));
afterAll(() => {
  spawnSync('chmod', ['-R', 'u+w', tmpRoot]);
  rmSync(tmpRoot, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
});

interface JsonLayer {
  source: string;
  value: string;
  file?: string;
  line?: number;
  note?: string;
}
interface JsonVar {
  name: string;
  value: string;
  source: 'env' | 'envfile' | 'goroot' | 'default';
  file?: string;
  line?: number;
  shadowed: JsonLayer[];
  ignored: JsonLayer[];
  derivation?: string;
  notes: string[];
  confirmed: boolean;
  modelDisagrees?: { model: string };
}
interface JsonOut {
  schemaVersion: number;
  goVersion: string | null;
  goAnswered: boolean;
  vars: JsonVar[];
}

interface Setup {
  name: string;
  /** Builds the directories; returns the environment and working directory. */
  make(dir: string, r: Release): { env: Record<string, string>; cwd: string; envFile: string };
  /** Checks the layers of the variables this setup arranges. */
  verify(vars: Map<string, JsonVar>, r: Release, ctx: { dir: string; envFile: string }): void;
}

function goEnvW(r: Release, env: Record<string, string>, cwd: string, kv: string[]): void {
  const res = spawnSync(r.go, ['env', '-w', ...kv], { env, cwd, encoding: 'utf8' });
  if (res.status !== 0) throw new Error(`go env -w ${kv.join(' ')}: ${res.stderr}`);
}

function project(dir: string, goLine = '1.19'): string {
  const p = path.join(dir, 'proj');
  mkdirSync(p, { recursive: true });
  writeFileSync(path.join(p, 'go.mod'), `module example.test/p\n\ngo ${goLine}\n`);
  return p;
}

const SETUPS: Setup[] = [
  {
    name: 'env over go env -w file over go.env; empty env var does not clear; XDG_CACHE_HOME',
    make(dir, r) {
      const home = path.join(dir, 'home');
      mkdirSync(home);
      const cwd = project(dir);
      const base = { HOME: home, PATH: `${r.goroot}/bin:/usr/bin:/bin`, PWD: cwd };
      goEnvW(r, { ...base, GOTOOLCHAIN: 'local' }, cwd, [
        'GOFLAGS=-mod=mod',
        'GOPRIVATE=*.corp.example',
        'GOPROXY=https://goproxy.example,direct',
        'GOINSECURE=insecure.example',
      ]);
      const env = {
        ...base,
        GOPROXY: 'off',
        GOFLAGS: '',
        GONOSUMDB: 'example.com',
        XDG_CACHE_HOME: path.join(dir, 'xdg-cache'),
      };
      return { env, cwd, envFile: path.join(home, '.config', 'go', 'env') };
    },
    verify(v, r, { envFile, dir }) {
      expect(v.get('GOPROXY')).toMatchObject({ source: 'env', value: 'off' });
      const proxyShadowed = v.get('GOPROXY')?.shadowed ?? [];
      expect(proxyShadowed[0]).toMatchObject({
        source: 'envfile',
        value: 'https://goproxy.example,direct',
        file: envFile,
      });
      // go.env's GOPROXY exists since 1.21 and is hidden as well.
      expect(proxyShadowed.some((l) => l.source === 'goroot')).toBe(atLeast(r.version, '1.21'));
      expect(v.get('GOFLAGS')).toMatchObject({ source: 'envfile', value: '-mod=mod', file: envFile });
      expect(v.get('GOFLAGS')?.ignored).toEqual([expect.objectContaining({ source: 'env', value: '' })]);
      expect(v.get('GOPRIVATE')).toMatchObject({ source: 'envfile', line: expect.any(Number) });
      expect(v.get('GONOPROXY')).toMatchObject({ source: 'default', value: '*.corp.example' });
      expect(v.get('GONOSUMDB')).toMatchObject({ source: 'env', value: 'example.com' });
      expect(v.get('GOCACHE')).toMatchObject({
        source: 'default',
        value: path.join(dir, 'xdg-cache', 'go-build'),
        derivation: '$XDG_CACHE_HOME/go-build',
      });
      expect(v.get('GOMOD')).toMatchObject({ source: 'default', value: path.join(dir, 'proj', 'go.mod') });
      expect(v.get('GOENV')).toMatchObject({ source: 'default', value: envFile });
    },
  },
  {
    name: 'an empty K= line blocks go.env; XDG_CONFIG_HOME; no C compiler in PATH',
    make(dir, r) {
      const home = path.join(dir, 'home');
      const xdg = path.join(dir, 'xdg-config');
      mkdirSync(path.join(xdg, 'go'), { recursive: true });
      mkdirSync(home);
      const envFile = path.join(xdg, 'go', 'env');
      writeFileSync(envFile, 'GOPROXY=\nGOSUMDB=sum.golang.org\n# comment\nlowercase=ignored\n');
      const cwd = project(dir);
      const env = {
        HOME: home,
        XDG_CONFIG_HOME: xdg,
        PATH: `${r.goroot}/bin:${path.join(dir, 'nothing')}`,
        PWD: cwd,
        GOTOOLCHAIN: 'local',
      };
      return { env, cwd, envFile };
    },
    verify(v, r, { envFile }) {
      const proxy = v.get('GOPROXY');
      expect(proxy?.source).toBe('default');
      expect(proxy?.ignored[0]).toMatchObject({ source: 'envfile', value: '', file: envFile, line: 1 });
      if (atLeast(r.version, '1.21')) {
        expect(proxy?.value).toBe('');
        expect(proxy?.shadowed[0]).toMatchObject({
          source: 'goroot',
          value: 'https://proxy.golang.org,direct',
        });
      } else {
        expect(proxy?.value).toBe('https://proxy.golang.org,direct');
        expect(proxy?.shadowed).toEqual([]);
      }
      expect(v.get('GOSUMDB')).toMatchObject({ source: 'envfile', line: 2 });
      expect(v.get('GOENV')).toMatchObject({
        source: 'default',
        value: envFile,
        derivation: '$XDG_CONFIG_HOME/go/env',
      });
      // Go 1.20+ turns cgo off when $CC is unset and gcc is not in PATH; 1.19 does not look.
      expect(v.get('CGO_ENABLED')).toMatchObject({
        source: 'default',
        value: atLeast(r.version, '1.20') ? '0' : '1',
      });
      if (atLeast(r.version, '1.21'))
        expect(v.get('GOTOOLCHAIN')).toMatchObject({ source: 'env', value: 'local', confirmed: true });
    },
  },
  {
    name: 'GOENV=off, several GOPATH entries, GO111MODULE=off, invalid CGO_ENABLED, empty GOBIN',
    make(dir, r) {
      const home = path.join(dir, 'home');
      mkdirSync(home);
      const cwd = project(dir);
      const gp = `${path.join(dir, 'gp1')}:${path.join(dir, 'gp2')}`;
      const env = {
        HOME: home,
        PATH: `${r.goroot}/bin:/usr/bin:/bin`,
        PWD: cwd,
        GOENV: 'off',
        GOPATH: gp,
        GO111MODULE: 'off',
        CGO_ENABLED: 'yes',
        GOTOOLCHAIN: 'local',
        GOBIN: '',
      };
      return { env, cwd, envFile: '' };
    },
    verify(v, _r, { dir }) {
      expect(v.get('GOENV')).toMatchObject({ source: 'env', value: '' });
      expect(v.get('GOPATH')).toMatchObject({ source: 'env' });
      expect(v.get('GOMODCACHE')).toMatchObject({
        source: 'default',
        value: path.join(dir, 'gp1', 'pkg', 'mod'),
        derivation: 'GOPATH[0]/pkg/mod',
      });
      expect(v.get('GOMOD')).toMatchObject({ source: 'default', value: '' });
      expect(v.get('CGO_ENABLED')).toMatchObject({ source: 'default', value: '1' });
      expect(v.get('CGO_ENABLED')?.ignored[0]).toMatchObject({ source: 'env', value: 'yes' });
      expect(v.get('GOBIN')?.ignored[0]).toMatchObject({ source: 'env', value: '' });
    },
  },
  {
    name: 'cross-compiling, a go.work above, env beating go env -w for GOFLAGS, read-only variables set',
    make(dir, r) {
      const home = path.join(dir, 'home');
      mkdirSync(home);
      writeFileSync(path.join(dir, 'go.work'), 'go 1.19\n\nuse ./proj\n');
      const cwd = project(dir);
      const base = { HOME: home, PATH: `${r.goroot}/bin:/usr/bin:/bin`, PWD: cwd, GOTOOLCHAIN: 'local' };
      goEnvW(r, base, cwd, ['GOFLAGS=-mod=mod', 'CGO_ENABLED=1']);
      if (atLeast(r.version, '1.21')) goEnvW(r, base, cwd, ['GOTOOLCHAIN=local']);
      const env: Record<string, string> = {
        HOME: home,
        PATH: base.PATH,
        PWD: cwd,
        GOOS: 'windows',
        GOARCH: 'arm64',
        GOFLAGS: '-v',
        GOHOSTOS: 'plan9',
        GOVERSION: 'go0.1',
      };
      return { env, cwd, envFile: path.join(home, '.config', 'go', 'env') };
    },
    verify(v, r, { dir, envFile }) {
      expect(v.get('GOOS')).toMatchObject({ source: 'env', value: 'windows' });
      expect(v.get('GOEXE')).toMatchObject({ source: 'default', value: '.exe' });
      // CGO_ENABLED=1 from the go env -w file wins over the cross-compiling default.
      expect(v.get('CGO_ENABLED')).toMatchObject({ source: 'envfile', value: '1', file: envFile });
      expect(v.get('GOFLAGS')).toMatchObject({ source: 'env', value: '-v' });
      expect(v.get('GOFLAGS')?.shadowed[0]).toMatchObject({ source: 'envfile', value: '-mod=mod' });
      expect(v.get('GOWORK')).toMatchObject({ source: 'default', value: path.join(dir, 'go.work') });
      expect(v.get('GOHOSTOS')).toMatchObject({ source: 'default', value: 'linux' });
      expect(v.get('GOHOSTOS')?.ignored[0]).toMatchObject({ source: 'env', value: 'plan9' });
      expect(v.get('GOVERSION')?.value).toBe(`go${r.version}`);
      if (atLeast(r.version, '1.23')) expect(v.has('GOARM64')).toBe(true);
      if (atLeast(r.version, '1.21')) {
        expect(v.get('GOTOOLCHAIN')).toMatchObject({ source: 'envfile', value: 'local' });
        expect(v.get('GOTOOLCHAIN')?.shadowed[0]).toMatchObject({ source: 'goroot' });
      }
    },
  },
];

/** GOGCCFLAGS names a fresh temporary directory on every run. */
function normalise(name: string, value: string): string {
  return name === 'GOGCCFLAGS' ? value.replace(/go-build\d+/g, 'go-build*') : value;
}

const releases = goReleases();

describe('explain agrees with go env -json', () => {
  it('finds Go releases', () => {
    expect(releases.length).toBeGreaterThan(0);
  });
  for (const r of releases) {
    for (const [i, s] of SETUPS.entries()) {
      it(`go${r.version}: ${s.name}`, () => {
        const dir = path.join(tmpRoot, `${r.version}-${i}`);
        mkdirSync(dir, { recursive: true });
        const { env, cwd, envFile } = s.make(dir, r);
        const go = spawnSync(r.go, ['env', '-json'], { env, cwd, encoding: 'utf8' });
        expect(go.status, go.stderr).toBe(0);
        const truth = JSON.parse(go.stdout) as Record<string, string>;
        const res = cli(['explain', '--format', 'json'], env, cwd);
        expect(hasStackTrace(res.stderr), res.stderr).toBe(false);
        expect(res.status, res.stderr).toBe(0);
        const out = JSON.parse(res.stdout) as JsonOut;
        expect(out.goVersion).toBe(r.version);
        const vars = new Map(out.vars.map((v) => [v.name, v]));
        // Exactly the variables go env prints for this release and target.
        expect([...vars.keys()].sort()).toEqual(Object.keys(truth).sort());
        for (const [name, value] of Object.entries(truth)) {
          const v = vars.get(name);
          expect(normalise(name, v?.value ?? '<missing>'), `${name} value`).toBe(normalise(name, value));
          expect(v?.modelDisagrees, `${name}: the model predicted something else`).toBeUndefined();
          expect(v?.confirmed, `${name} confirmed by go`).toBe(true);
        }
        s.verify(vars, r, { dir, envFile });
      }, 120_000);
    }
  }
});

describe('go-doctor explain command line', () => {
  const r = releases.at(-1);
  if (!r) throw new Error('no Go release found');
  const dir = path.join(tmpRoot, 'cli');
  const home = path.join(dir, 'home');
  mkdirSync(path.join(home, '.config', 'go'), { recursive: true });
  const envFile = path.join(home, '.config', 'go', 'env');
  writeFileSync(envFile, 'GOFLAGS=-mod=mod\nGOPROXY=https://user:hunter2@proxy.corp.example,direct\n');
  const cwd = project(dir);
  const env = {
    HOME: home,
    PATH: `${r.goroot}/bin:/usr/bin:/bin`,
    PWD: cwd,
    GOFLAGS: '',
    GOTOOLCHAIN: 'local',
  };

  it('prints one aligned block per variable: value, source with file:line, what it shadows and ignores', () => {
    const res = cli(['explain', 'GOFLAGS', 'GOPROXY', 'GOMODCACHE'], env, cwd);
    expect(res.status, res.stderr).toBe(0);
    expect(res.stderr).toBe('');
    const out = res.stdout;
    expect(out).toContain(`explain · go${r.version} linux/`);
    expect(out).toMatch(/^GOFLAGS {4}= -mod=mod$/m);
    expect(out).toMatch(new RegExp(`from +the go env -w file \\(${envFile}:1\\)`));
    expect(out).toMatch(/ignored +GOFLAGS= \(empty\) in the environment: go treats an empty value as unset/);
    expect(out).toMatch(/^GOPROXY {4}= https:\/\/\*\*\*@proxy\.corp\.example,direct$/m);
    expect(out).toMatch(/shadows +GOPROXY=https:\/\/proxy\.golang\.org,direct in \$GOROOT\/go\.env/);
    expect(out).toMatch(/^GOMODCACHE = .*\/home\/go\/pkg\/mod$/m);
    expect(out).toMatch(/derived +GOPATH\[0\]\/pkg\/mod/);
    expect(out).not.toContain('hunter2');
    expect(out).not.toContain('\u001b[');
  });

  it('colours only when asked or on a terminal, like check', () => {
    expect(cli(['explain', 'GOPATH', '--color'], env, cwd).stdout).toContain('\u001b[');
    expect(cli(['explain', 'GOPATH'], { ...env, FORCE_COLOR: '1' }, cwd).stdout).toContain('\u001b[');
    expect(cli(['explain', 'GOPATH', '--no-color'], { ...env, FORCE_COLOR: '1' }, cwd).stdout).not.toContain(
      '\u001b[',
    );
  });

  it('--format json prints the contract: vars with name, value, source, file, line, shadowed, derivation', () => {
    const res = cli(['explain', '--format', 'json'], env, cwd);
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).not.toContain('hunter2');
    const out = JSON.parse(res.stdout) as JsonOut & Record<string, unknown>;
    expect(out.schemaVersion).toBe(1);
    expect(Object.keys(out)).toEqual([
      'schemaVersion',
      'tool',
      'goVersion',
      'os',
      'arch',
      'goAnswered',
      'vars',
    ]);
    for (const v of out.vars) {
      expect(['env', 'envfile', 'goroot', 'default']).toContain(v.source);
      expect(typeof v.value).toBe('string');
      expect(Array.isArray(v.shadowed)).toBe(true);
    }
    const flags = out.vars.find((v) => v.name === 'GOFLAGS');
    expect(flags).toEqual({
      name: 'GOFLAGS',
      value: '-mod=mod',
      source: 'envfile',
      file: envFile,
      line: 1,
      shadowed: [],
      ignored: [{ source: 'env', value: '', note: 'go treats an empty value as unset' }],
      notes: [],
      confirmed: true,
    });
    const cache = out.vars.find((v) => v.name === 'GOMODCACHE');
    expect(cache).toMatchObject({ source: 'default', derivation: 'GOPATH[0]/pkg/mod' });
    expect(cache?.file).toBeUndefined();
  });

  it('a name go env does not know is a usage error (exit 2), before anything is collected', () => {
    const res = cli(['explain', 'GOPATH', 'NOT_A_GO_VAR'], env, cwd);
    expect(res.status).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('go-doctor: not a go env variable: NOT_A_GO_VAR');
    expect(hasStackTrace(res.stderr)).toBe(false);
    expect(cli(['explain', 'gopath'], env, cwd).stderr).toMatch(/case-sensitive/);
    expect(cli(['explain', '--format', 'yaml'], env, cwd).status).toBe(2);
  });

  it('--facts explains a saved snapshot (a Windows machine here)', () => {
    const file = path.join(
      path.dirname(new URL(import.meta.url).pathname),
      'fixtures',
      'facts',
      'windows-msi-default.json',
    );
    const res = cli(['explain', '--facts', file, 'GOCACHE', 'GOEXE', 'CGO_ENABLED'], env, cwd);
    expect(res.status, res.stderr).toBe(0);
    expect(res.stdout).toContain('go1.23.2 windows/amd64');
    expect(res.stdout).toContain('facts from: Windows 11');
    expect(res.stdout).toContain('GOCACHE     = C:\\Users\\bob\\AppData\\Local\\go-build');
    expect(res.stdout).toMatch(/derived +%LocalAppData%\/go-build/);
    expect(res.stdout).toMatch(/GOEXE {7}= \.exe/);
  });

  it('help lists explain', () => {
    expect(cli(['--help'], env, cwd).stdout).toMatch(
      /go-doctor explain +show where each go env setting comes from/,
    );
    expect(cli(['help', 'explain'], env, cwd).stdout).toContain('Usage: go-doctor explain');
  });
});
