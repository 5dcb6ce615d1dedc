/**
 * go-doctor du against caches the real go command built in temp dirs (HOME, GOPATH, GOCACHE all temp; a
 * file:// GOPROXY, no network). Sizes are compared with du -sb, file counts with find -type f, and what
 * each go clean flag frees with what the real go clean then frees.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { CLI, cli, hasStackTrace } from './support/cli.js';
import { goReleases } from './support/releases.js';
import { removeTree, writeProxy } from './support/scenario.js';

const release = goReleases().at(-1);
let tmp = '';
let env: Record<string, string> = {};
let gopath = '';
let gocache = '';
let modcache = '';

function duSb(...paths: string[]): number {
  const out = execFileSync('du', ['-sbc', ...paths], { encoding: 'utf8' });
  const last = out.trim().split('\n').at(-1) ?? '';
  return Number(last.split('\t')[0]);
}
function findFiles(p: string): number {
  return Number(
    execFileSync('sh', ['-c', 'find "$1" -type f | wc -l', 'sh', p], { encoding: 'utf8' }).trim(),
  );
}
function go(args: string[], cwd: string): void {
  const r = spawnSync(release?.go ?? 'go', args, { cwd, env, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0) throw new Error(`go ${args.join(' ')}: ${r.stderr}`);
}

interface Json {
  locations: {
    var: string;
    path: string;
    exists: boolean;
    bytes: number;
    files: number;
    links: number;
    errorCount: number;
    parts?: { name: string; bytes: number; files: number; paths: string[] }[];
    excluded?: string[];
    volume: { path: string; free: number; total: number } | null;
  }[];
  volumes: { path: string; free: number; total: number; system?: boolean }[];
  findings: { id: string; severity: string; message: string }[];
  cleanups: { command: string; reclaims: number }[];
}
function duJson(): Json {
  const r = cli(['du', '--format', 'json'], env, tmp);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Json;
}
const at = (j: Json, v: string) => {
  const l = j.locations.find((x) => x.var === v);
  if (!l) throw new Error(`no ${v}`);
  return l;
};
const part = (j: Json, v: string, name: string): number =>
  at(j, v).parts?.find((p) => p.name === name)?.bytes ?? -1;

beforeAll(() => {
  if (!release) throw new Error('needs a Go release');
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gd-du-'));
  gopath = path.join(tmp, 'gopath');
  gocache = path.join(tmp, 'gocache');
  modcache = path.join(gopath, 'pkg', 'mod');
  writeProxy(path.join(tmp, 'proxy'));
  env = {
    PATH: `${release.goroot}/bin:/usr/bin:/bin`,
    HOME: path.join(tmp, 'home'),
    XDG_CONFIG_HOME: path.join(tmp, 'config'),
    XDG_CACHE_HOME: path.join(tmp, 'xdgcache'),
    GOPATH: gopath,
    GOCACHE: gocache,
    GOPROXY: `file://${path.join(tmp, 'proxy')}`,
    GOSUMDB: 'off',
    GOFLAGS: '',
    GOTOOLCHAIN: 'local',
    GOTELEMETRY: 'off',
    PWD: tmp,
  };
  mkdirSync(env.HOME as string);
  const app = path.join(tmp, 'app');
  mkdirSync(app);
  writeFileSync(
    path.join(app, 'go.mod'),
    'module example.test/app\n\ngo 1.19\n\nrequire example.test/dep v1.0.0\n',
  );
  writeFileSync(
    path.join(app, 'main.go'),
    'package main\n\nimport "example.test/dep"\n\nfunc main() { println(dep.Hello()) }\n',
  );
  writeFileSync(
    path.join(app, 'main_test.go'),
    'package main\n\nimport "testing"\n\nfunc FuzzX(f *testing.F) {\n\tf.Add("a")\n\tf.Fuzz(func(t *testing.T, s string) {\n\t\tif len(s) > 3 && s[0] == 1 && s[1] == 2 {\n\t\t\tprintln()\n\t\t}\n\t})\n}\n',
  );
  go(['mod', 'download', 'example.test/dep'], app);
  go(['mod', 'tidy'], app);
  go(['install', '.'], app);
  go(['test', '-fuzz=FuzzX', '-fuzztime=2s', '.'], app);
  // What a GOTOOLCHAIN download and a checksum-database lookup leave (go cannot fetch them offline).
  const tcName = 'v0.0.1-go1.99.0.linux-amd64';
  const tcDl = path.join(modcache, 'cache/download/golang.org/toolchain/@v');
  mkdirSync(tcDl, { recursive: true });
  writeFileSync(path.join(tcDl, `${tcName}.zip`), Buffer.alloc(123_457, 1));
  writeFileSync(path.join(tcDl, `${tcName}.mod`), 'module golang.org/toolchain\n');
  const tc = path.join(modcache, `golang.org/toolchain@${tcName}/bin`);
  mkdirSync(tc, { recursive: true });
  writeFileSync(path.join(tc, 'go'), Buffer.alloc(54_321, 2));
  const sumdb = path.join(modcache, 'cache/download/sumdb/sum.golang.org/lookup');
  mkdirSync(sumdb, { recursive: true });
  writeFileSync(path.join(sumdb, 'example.test!dep@v1.0.0'), 'x'.repeat(777));
  // GOPATH extras: a large tree behind a link (must not be followed), a hard-linked pair (counted once).
  const src = path.join(gopath, 'src', 'example.test', 'x');
  mkdirSync(src, { recursive: true });
  symlinkSync(path.join(release.goroot, 'src'), path.join(src, 'goroot-src'));
  writeFileSync(path.join(src, 'a.bin'), Buffer.alloc(99_999, 3));
  linkSync(path.join(src, 'a.bin'), path.join(src, 'b.bin'));
}, 600_000);

afterAll(() => {
  if (tmp) removeTree(tmp);
});

describe('go-doctor du on caches the real go built', () => {
  it('sizes every location exactly as du -sb, file counts as find -type f', () => {
    const j = duJson();
    expect(j.locations.map((l) => l.var)).toEqual(['GOCACHE', 'GOMODCACHE', 'GOPATH[0]/bin', 'GOPATH[0]']);
    for (const l of j.locations) {
      expect(typeof l.path).toBe('string');
      expect(l.exists).toBe(true);
      expect(l.volume?.path).toMatch(/^\//);
      expect(l.volume?.total).toBeGreaterThan(0);
      expect(l.volume?.free).toBeGreaterThanOrEqual(0);
      expect(l.errorCount).toBe(0);
    }
    expect(at(j, 'GOCACHE').bytes).toBe(duSb(gocache));
    expect(at(j, 'GOCACHE').files).toBe(findFiles(gocache));
    expect(at(j, 'GOMODCACHE').bytes).toBe(duSb(modcache));
    expect(at(j, 'GOMODCACHE').files).toBe(findFiles(modcache));
    expect(at(j, 'GOPATH[0]/bin').bytes).toBe(duSb(path.join(gopath, 'bin')));
    expect(at(j, 'GOPATH[0]/bin').files).toBe(1);
    // GOPATH[0] is its src, pkg and bin (what go uses), without GOMODCACHE and bin, which are inside it
    // and sized on their own; together they are du -sb of those three.
    const gp = at(j, 'GOPATH[0]');
    expect(gp.excluded).toEqual(['GOMODCACHE', 'GOPATH[0]/bin']);
    const three = ['src', 'pkg', 'bin'].map((d) => path.join(gopath, d));
    expect(gp.bytes + at(j, 'GOMODCACHE').bytes + at(j, 'GOPATH[0]/bin').bytes).toBe(duSb(...three));
    expect(gp.parts?.map((p) => p.name)).toEqual(['src', 'pkg']);
    // find lists both names of the hard-linked pair; du and go-doctor count the file once.
    expect(gp.files + at(j, 'GOMODCACHE').files + 1).toBe(findFiles(gopath) - 1);
    // The link into GOROOT/src is one link, not 136 MB of Go source; the hard-linked pair counts once.
    expect(gp.links).toBe(1);
    expect(gp.bytes).toBeLessThan(1_000_000);
  });

  it('splits GOMODCACHE and GOCACHE into the parts go clean removes', () => {
    const j = duJson();
    const dl = path.join(modcache, 'cache/download');
    const tcDl = path.join(dl, 'golang.org/toolchain');
    const tcEx = path.join(modcache, 'golang.org/toolchain@v0.0.1-go1.99.0.linux-amd64');
    expect(part(j, 'GOMODCACHE', 'toolchains')).toBe(duSb(tcDl, tcEx));
    expect(part(j, 'GOMODCACHE', 'sumdb')).toBe(duSb(path.join(dl, 'sumdb')));
    expect(part(j, 'GOMODCACHE', 'download')).toBe(duSb(dl) - duSb(tcDl) - duSb(path.join(dl, 'sumdb')));
    const parts = at(j, 'GOMODCACHE').parts ?? [];
    expect(parts.reduce((a, p) => a + p.bytes, 0)).toBe(at(j, 'GOMODCACHE').bytes);
    expect(part(j, 'GOCACHE', 'fuzz')).toBe(duSb(path.join(gocache, 'fuzz')));
    expect(part(j, 'GOCACHE', 'fuzz')).toBeGreaterThan(4096); // the fuzzer did store a corpus
    const gparts = at(j, 'GOCACHE').parts ?? [];
    expect(gparts.reduce((a, p) => a + p.bytes, 0)).toBe(at(j, 'GOCACHE').bytes);
  });

  it('text output on a pipe: no progress on stderr, sizes on stdout', () => {
    const r = cli(['du', '--no-color'], env, tmp);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('GOMODCACHE');
    expect(r.stdout).toContain('go clean -modcache');
  });

  it('--save-facts keeps a snapshot that --facts reports the same way', () => {
    const file = path.join(tmp, 'snap.json');
    const live = cli(['du', '--format', 'json', '--save-facts', file], env, tmp);
    expect(live.status).toBe(0);
    const again = cli(['du', '--format', 'json', '--facts', file], { PATH: '/usr/bin:/bin', HOME: tmp }, tmp);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(live.stdout));
  });

  it('progress goes to a terminal stderr only, never to stdout, never with --format json', async () => {
    const run = async (args: string[], tty: boolean) => {
      let out = '';
      let err = '';
      const io = {
        stdout: {
          write: (s: string) => {
            out += s;
            return true;
          },
          isTTY: tty,
        },
        stderr: {
          write: (s: string) => {
            err += s;
            return true;
          },
          isTTY: tty,
        },
        env: { ...env, GO_DOCTOR_PROGRESS_MS: '0' },
      } as unknown as Parameters<typeof main>[1];
      const code = await main(args, io);
      return { code, out, err };
    };
    const text = await run(['du', '--no-color'], true);
    expect(text.code).toBe(0);
    expect(text.err).toMatch(/GOMODCACHE: .* files…/);
    expect(text.out).not.toContain('files…');
    expect(text.out).not.toContain('\r');
    const json = await run(['du', '--format', 'json'], true);
    expect(json.err).toBe('');
    expect(() => JSON.parse(json.out)).not.toThrow();
    const quiet = await run(['du', '--no-progress'], true);
    expect(quiet.err).toBe('');
  });

  it('what go clean frees: the figures match the real go clean', () => {
    const before = duJson();
    const freed = (cmd: string) => before.cleanups.find((c) => c.command === cmd)?.reclaims;
    // -testcache deletes nothing (it writes testexpire.txt).
    const c0 = duSb(gocache);
    go(['clean', '-testcache'], tmp);
    expect(freed('go clean -testcache')).toBe(0);
    expect(duSb(gocache)).toBeGreaterThanOrEqual(c0);
    // -cache removes the build outputs and keeps the fuzz corpus.
    const c1 = duSb(gocache);
    go(['clean', '-cache'], tmp);
    expect(c1 - duSb(gocache)).toBe(freed('go clean -cache'));
    expect(duSb(path.join(gocache, 'fuzz'))).toBe(part(before, 'GOCACHE', 'fuzz'));
    // -modcache removes the whole module cache, read-only directories included.
    const g = duSb(modcache);
    go(['clean', '-modcache'], tmp);
    expect(g).toBe(freed('go clean -modcache'));
    expect(existsSync(modcache)).toBe(false);
    const after = duJson();
    expect(at(after, 'GOMODCACHE').exists).toBe(false);
  });
});

describe('unreadable directories', () => {
  it('are reported, not thrown (run as an unprivileged user)', () => {
    const base = mkdtempSync(path.join(os.tmpdir(), 'gd-du-unreadable-'));
    try {
      chmodSync(base, 0o755);
      const gp = path.join(base, 'gopath');
      mkdirSync(path.join(gp, 'src', 'secret', 'deep'), { recursive: true });
      writeFileSync(path.join(gp, 'src', 'secret', 'deep', 'f'), 'x');
      writeFileSync(path.join(gp, 'src', 'visible'), 'hello');
      // As root, permissions never deny: run the CLI as nobody (dist/ is world-readable).
      const uid = process.getuid?.() === 0 ? 65534 : undefined;
      if (uid !== undefined) execFileSync('chown', ['-R', `${uid}:${uid}`, base]);
      const expected =
        lstatSync(path.join(gp, 'src')).size + lstatSync(path.join(gp, 'src', 'secret')).size + 5;
      chmodSync(path.join(gp, 'src', 'secret'), 0o000);
      const r = spawnSync(process.execPath, [CLI, 'du', '--format', 'json', '--fail-on', 'info'], {
        cwd: base,
        encoding: 'utf8',
        env: {
          PATH: `${release?.goroot}/bin:/usr/bin:/bin`,
          HOME: path.join(base, 'home'),
          GOPATH: gp,
          GOCACHE: path.join(base, 'gocache'),
          GOTOOLCHAIN: 'local',
          GOTELEMETRY: 'off',
          XDG_CONFIG_HOME: path.join(base, 'config'),
        },
        ...(uid !== undefined ? { uid, gid: uid } : {}),
      });
      expect(hasStackTrace(r.stderr)).toBe(false);
      expect(r.status).toBe(1); // the info finding, with --fail-on info
      const j = JSON.parse(r.stdout) as Json;
      const l = at(j, 'GOPATH[0]');
      expect(l.errorCount).toBe(1);
      // src, src/secret (its own entry is readable) and src/visible, not what is inside secret.
      expect(l.bytes).toBe(expected);
      expect(j.findings.map((f) => f.id)).toContain('du-unreadable');
      expect(j.findings.find((f) => f.id === 'du-unreadable')?.message).toContain('EACCES');
    } finally {
      chmodSync(path.join(base, 'gopath', 'src', 'secret'), 0o755);
      removeTree(base);
    }
  });
});
