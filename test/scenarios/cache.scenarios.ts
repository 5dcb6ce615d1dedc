/**
 * The build cache, the module cache and the work directory (GOCACHE, GOMODCACHE, GOTMPDIR, TMPDIR,
 * XDG_CACHE_HOME), against the real go command of every release. Read-only directories are read-only
 * bind mounts and small or noexec volumes are tmpfs mounts (s.readOnly, s.tmpfs; the scenario is skipped
 * without root). Cold builds are slow, so scenarios that need a fresh cache build a minimal program.
 */
import { closeSync, cpSync, mkdirSync, openSync, statfsSync, writeSync } from 'node:fs';
import path from 'node:path';
import { compare } from '../../src/core/version.js';
import { PROBES, type Probe, type Scenario, type Setup } from '../support/scenario.js';

const since = (v: string, x: string) => compare(v, x) >= 0;

/** A main package that needs only the runtime and example.test/dep: a cold build takes seconds. */
function minimalMain(s: Setup): void {
  s.write(
    'work/main.go',
    'package main\n\nimport "example.test/dep"\n\nfunc main() { println(dep.Hello()) }\n',
  );
}

/** Fills the volume holding dir until only about `leave` bytes are free for unprivileged users. */
function fillVolume(dir: string, leave: number): void {
  const st = statfsSync(dir);
  let todo = Number(st.bavail) * Number(st.bsize) - leave;
  const chunk = Buffer.alloc(64 * 1024);
  const fd = openSync(path.join(dir, 'fill'), 'w');
  try {
    while (todo > 0) {
      const n = Math.min(todo, chunk.length);
      try {
        writeSync(fd, chunk, 0, n);
      } catch {
        break; // ENOSPC: full
      }
      todo -= n;
    }
  } finally {
    closeSync(fd);
  }
}

/** A tmpfs of `size` at rel, filled so that about `leave` bytes remain free. */
function smallVolume(s: Setup, rel: string, size: string, leave: number): string {
  const dir = path.join(s.dir, rel);
  s.tmpfs(dir, `size=${size}`);
  try {
    fillVolume(dir, leave);
  } catch {
    s.skip('cannot fill the tmpfs');
  }
  return dir;
}

/** The world's warm module cache (made by `go mod download` with HOME=warm-home). */
function warmModCache(s: Setup): string {
  return path.join(s.world.root, 'warm-home', 'go', 'pkg', 'mod');
}

const BUILD_ONLY: Probe[] = [PROBES.download, PROBES.build, PROBES.install];

export const scenarios: Scenario[] = [
  {
    name: 'healthy-baseline',
    about: 'A clean setup: go on PATH, HOME set, warm cache, a local module proxy.',
    expect: { goFails: false },
  },
  {
    name: 'gocache-off-env',
    about: 'GOCACHE=off in the environment: every build fails since Go 1.12.',
    setup: (s) => {
      s.env.GOCACHE = 'off';
    },
    expect: {
      goFails: true,
      errors: ['gocache-off'],
      vars: ['GOCACHE'],
      stderr: /build cache is disabled by GOCACHE=off, but required as of Go 1\.12/,
    },
  },
  {
    name: 'gocache-off-envfile',
    about: 'GOCACHE=off written with go env -w: same failure, fixed with go env -u.',
    setup: (s) => {
      s.goEnvFile({ GOCACHE: 'off' });
    },
    expect: { goFails: true, errors: ['gocache-off'], vars: ['GOCACHE'] },
  },
  {
    name: 'gocache-empty',
    about: 'An empty GOCACHE means the default cache, not "disabled" (seed claim g1 is false).',
    setup: (s) => {
      s.env.GOCACHE = '';
    },
    expect: { goFails: false, absent: ['gocache-off'] },
  },

  // --- GOCACHE --------------------------------------------------------------------------------------
  {
    name: 'gocache-relative-env',
    about: 'A relative GOCACHE: go env prints off and every build fails ("GOCACHE is not an absolute path").',
    setup: (s) => {
      s.env.GOCACHE = 'relc';
    },
    expect: {
      goFails: true,
      errors: ['gocache-relative'],
      absent: ['gocache-off'],
      vars: ['GOCACHE'],
      stderr: /build cache is required, but could not be located: GOCACHE is not an absolute path/,
    },
  },
  {
    name: 'gocache-relative-envfile',
    about: 'A relative GOCACHE written to the go env file (go env -w accepts it): the same failure.',
    setup: (s) => {
      s.goEnvFile({ GOCACHE: 'relc' });
    },
    expect: {
      goFails: true,
      errors: ['gocache-relative'],
      vars: ['GOCACHE'],
      stderr: /GOCACHE is not an absolute path/,
    },
  },
  {
    name: 'gocache-devnull',
    about: 'GOCACHE=/dev/null does not disable the cache quietly (seed claim g2): builds fail loudly.',
    setup: (s) => {
      s.env.GOCACHE = '/dev/null';
    },
    expect: {
      goFails: true,
      errors: ['gocache-not-dir'],
      absent: ['gocache-unwritable'],
      vars: ['GOCACHE'],
      stderr: /failed to initialize build cache at \/dev\/null: mkdir \/dev\/null: not a directory/,
    },
  },
  {
    name: 'gocache-file',
    about: 'GOCACHE names a regular file.',
    setup: (s) => {
      s.env.GOCACHE = s.write('afile', 'x\n');
    },
    expect: {
      goFails: true,
      errors: ['gocache-not-dir'],
      vars: ['GOCACHE'],
      stderr: /failed to initialize build cache at .*afile: mkdir .*afile: not a directory/,
    },
  },
  {
    name: 'gocache-under-file',
    about: 'GOCACHE lies under a regular file: MkdirAll fails on the file.',
    setup: (s) => {
      s.env.GOCACHE = path.join(s.write('afile', 'x\n'), 'sub');
    },
    expect: {
      goFails: true,
      errors: ['gocache-not-dir'],
      vars: ['GOCACHE'],
      stderr: /failed to initialize build cache at .*afile\/sub: mkdir .*afile: not a directory/,
    },
  },
  {
    name: 'gocache-dangling-link',
    about: 'GOCACHE is a symbolic link to a missing directory: mkdir says "file exists".',
    setup: (s) => {
      s.env.GOCACHE = s.symlink(path.join(s.dir, 'nothere'), 'dl');
    },
    expect: {
      goFails: true,
      errors: ['gocache-not-dir'],
      vars: ['GOCACHE'],
      stderr: /failed to initialize build cache at .*dl: mkdir .*dl: file exists/,
    },
  },
  {
    name: 'gocache-readonly-empty',
    about: 'GOCACHE is an empty read-only directory: go cannot create its 00…ff subdirectories.',
    setup: (s) => {
      const ro = path.join(s.dir, 'ro');
      s.readOnly(ro);
      s.env.GOCACHE = ro;
    },
    expect: {
      goFails: true,
      errors: ['gocache-unwritable'],
      absent: ['gocache-not-dir'],
      vars: ['GOCACHE'],
      stderr: /failed to initialize build cache at .*ro: mkdir .*ro\/00: read-only file system/,
    },
  },
  {
    name: 'gocache-readonly-populated',
    about: 'GOCACHE is a read-only cache that already has its layout: the first compile fails to write.',
    setup: (s) => {
      const ro = path.join(s.dir, 'ro');
      for (let i = 0; i < 256; i++)
        mkdirSync(path.join(ro, i.toString(16).padStart(2, '0')), { recursive: true });
      s.write('ro/README', 'This directory holds cached build artifacts from the Go build system.\n');
      s.readOnly(ro);
      s.env.GOCACHE = ro;
    },
    expect: {
      goFails: true,
      errors: ['gocache-unwritable'],
      vars: ['GOCACHE'],
      stderr: /open .*ro\/[0-9a-f]{2}\/[0-9a-f]+-[ad]: read-only file system/,
    },
  },
  {
    name: 'gocache-missing-under-readonly',
    about: 'GOCACHE does not exist and its nearest existing parent is read-only.',
    setup: (s) => {
      const ro = path.join(s.dir, 'ro');
      s.readOnly(ro);
      s.env.GOCACHE = path.join(ro, 'sub', 'go-build');
    },
    expect: {
      goFails: true,
      errors: ['gocache-unwritable'],
      vars: ['GOCACHE'],
      stderr:
        /failed to initialize build cache at .*ro\/sub\/go-build: mkdir .*ro\/sub: read-only file system/,
    },
  },
  {
    name: 'gocache-fresh-absolute',
    about: 'GOCACHE set to a new absolute path whose parents do not exist yet: go creates it and builds.',
    setup: (s) => {
      minimalMain(s);
      s.env.GOCACHE = path.join(s.dir, 'new', 'deeper', 'go-build');
    },
    probes: BUILD_ONLY,
    expect: {
      goFails: false,
      absent: [
        'gocache-relative',
        'gocache-not-dir',
        'gocache-unwritable',
        'gocache-noexec',
        'cache-volume-full',
        'xdg-cache-home-relative',
      ],
    },
  },
  {
    name: 'gocache-noexec',
    about: 'GOCACHE on a noexec mount: since Go 1.24 the second go run executes the cached binary and fails.',
    setup: (s) => {
      minimalMain(s);
      const nx = path.join(s.dir, 'nx');
      s.tmpfs(nx, 'noexec,size=512m');
      s.env.GOCACHE = path.join(nx, 'go-build');
    },
    probes: [PROBES.build, PROBES.run, PROBES.run],
    expect: (v) =>
      since(v, '1.24')
        ? {
            goFails: true,
            errors: ['gocache-noexec'],
            absent: ['tmp-noexec'],
            vars: ['GOCACHE'],
            stderr: /fork\/exec .*nx\/go-build\/[0-9a-f]{2}\/[0-9a-f]+-d\/hello: permission denied/,
          }
        : { goFails: false, absent: ['gocache-noexec', 'tmp-noexec'] },
  },

  // --- GOMODCACHE -----------------------------------------------------------------------------------
  {
    name: 'gomodcache-relative-env',
    about: 'A relative GOMODCACHE in the environment: every command that needs a module fails.',
    setup: (s) => {
      s.env.GOMODCACHE = 'relmc';
    },
    expect: {
      goFails: true,
      errors: ['gomodcache-relative'],
      absent: ['gomodcache-unwritable'],
      vars: ['GOMODCACHE'],
      stderr: /go: GOMODCACHE entry is relative; must be absolute path: "relmc"\./,
    },
  },
  {
    name: 'gomodcache-relative-envfile',
    about: 'A relative GOMODCACHE in a hand-edited go env file (go env -w would refuse it).',
    setup: (s) => {
      s.goEnvFile({ GOMODCACHE: 'relmc' });
    },
    expect: {
      goFails: true,
      errors: ['gomodcache-relative'],
      vars: ['GOMODCACHE'],
      stderr: /GOMODCACHE entry is relative; must be absolute path: "relmc"/,
    },
  },
  {
    name: 'gomodcache-file',
    about: 'GOMODCACHE names a regular file.',
    setup: (s) => {
      s.env.GOMODCACHE = s.write('afile', 'x\n');
    },
    expect: {
      goFails: true,
      errors: ['gomodcache-unwritable'],
      vars: ['GOMODCACHE'],
      stderr: /go: could not create module cache: ".*afile" is not a directory/,
    },
  },
  {
    name: 'gomodcache-missing-under-readonly',
    about: 'GOMODCACHE does not exist and cannot be created under a read-only directory.',
    setup: (s) => {
      const ro = path.join(s.dir, 'ro');
      s.readOnly(ro);
      s.env.GOMODCACHE = path.join(ro, 'mc');
    },
    expect: {
      goFails: true,
      errors: ['gomodcache-unwritable'],
      vars: ['GOMODCACHE'],
      stderr: /go: could not create module cache: mkdir .*ro\/mc: read-only file system/,
    },
  },
  {
    name: 'gomodcache-readonly-empty',
    about: 'GOMODCACHE is an empty read-only directory: the first download fails.',
    setup: (s) => {
      const ro = path.join(s.dir, 'ro');
      s.readOnly(ro);
      s.env.GOMODCACHE = ro;
    },
    expect: {
      goFails: true,
      errors: ['gomodcache-unwritable'],
      vars: ['GOMODCACHE'],
      stderr: /go: writing go\.mod cache: mkdir .*ro\/cache: read-only file system/,
    },
  },
  {
    name: 'gomodcache-readonly-populated',
    about: 'A read-only module cache that already holds every module needed: go only reads it, all works.',
    setup: (s) => {
      const ro = path.join(s.dir, 'ro');
      cpSync(warmModCache(s), ro, { recursive: true });
      s.readOnly(ro);
      s.env.GOMODCACHE = ro;
    },
    expect: { goFails: false, warnings: ['gomodcache-unwritable'] },
  },
  {
    name: 'gomodcache-elsewhere',
    about: 'GOMODCACHE set to an existing, writable, empty directory outside GOPATH: modules download there.',
    setup: (s) => {
      s.env.GOMODCACHE = s.mkdir('othermc');
    },
    expect: { goFails: false, absent: ['gomodcache-relative', 'gomodcache-unwritable', 'cache-volume-full'] },
  },

  // --- GOTMPDIR and TMPDIR --------------------------------------------------------------------------
  {
    name: 'gotmpdir-missing',
    about: 'GOTMPDIR names a missing directory: go never creates it, builds fail.',
    setup: (s) => {
      s.env.GOTMPDIR = path.join(s.dir, 'nonexist');
    },
    expect: {
      goFails: true,
      errors: ['gotmpdir-invalid'],
      vars: ['GOTMPDIR'],
      stderr: /go: creating work dir: stat .*nonexist: no such file or directory/,
    },
  },
  {
    name: 'gotmpdir-file',
    about: 'GOTMPDIR names a regular file.',
    setup: (s) => {
      s.env.GOTMPDIR = s.write('afile', 'x\n');
    },
    expect: {
      goFails: true,
      errors: ['gotmpdir-invalid'],
      vars: ['GOTMPDIR'],
      stderr: /go: creating work dir: mkdir .*afile\/go-build\d+: not a directory/,
    },
  },
  {
    name: 'gotmpdir-readonly',
    about: 'GOTMPDIR is a read-only directory.',
    setup: (s) => {
      const ro = path.join(s.dir, 'ro');
      s.readOnly(ro);
      s.env.GOTMPDIR = ro;
    },
    expect: {
      goFails: true,
      errors: ['gotmpdir-invalid'],
      vars: ['GOTMPDIR'],
      stderr: /go: creating work dir: mkdir .*ro\/go-build\d+: read-only file system/,
    },
  },
  {
    name: 'gotmpdir-relative-existing',
    about:
      'A relative GOTMPDIR from the environment that exists in the module directory: works, but only there.',
    setup: (s) => {
      s.mkdir('work/reltmp');
      s.env.GOTMPDIR = 'reltmp';
    },
    expect: { goFails: false, warnings: ['gotmpdir-invalid'] },
  },
  {
    name: 'gotmpdir-relative-missing',
    about: 'A relative GOTMPDIR that does not exist in the current directory.',
    setup: (s) => {
      s.env.GOTMPDIR = 'relmissing';
    },
    expect: {
      goFails: true,
      errors: ['gotmpdir-invalid'],
      vars: ['GOTMPDIR'],
      stderr: /go: creating work dir: stat relmissing: no such file or directory/,
    },
  },
  {
    name: 'tmpdir-missing',
    about: 'GOTMPDIR unset and TMPDIR names a missing directory: os.TempDir() is used as is.',
    setup: (s) => {
      s.env.TMPDIR = path.join(s.dir, 'nonexist');
    },
    expect: {
      goFails: true,
      errors: ['tmpdir-invalid'],
      absent: ['gotmpdir-invalid'],
      vars: ['TMPDIR'],
      stderr: /go: creating work dir: stat .*nonexist: no such file or directory/,
    },
  },
  {
    name: 'tmpdir-file',
    about: 'TMPDIR names a regular file.',
    setup: (s) => {
      s.env.TMPDIR = s.write('afile', 'x\n');
    },
    expect: {
      goFails: true,
      errors: ['tmpdir-invalid'],
      vars: ['TMPDIR'],
      stderr: /go: creating work dir: mkdir .*afile\/go-build\d+: not a directory/,
    },
  },
  {
    name: 'tmpdir-readonly',
    about: 'TMPDIR is a read-only directory.',
    setup: (s) => {
      const ro = path.join(s.dir, 'ro');
      s.readOnly(ro);
      s.env.TMPDIR = ro;
    },
    expect: {
      goFails: true,
      errors: ['tmpdir-invalid'],
      vars: ['TMPDIR'],
      stderr: /go: creating work dir: mkdir .*ro\/go-build\d+: read-only file system/,
    },
  },
  {
    name: 'tmpdir-missing-gotmpdir-ok',
    about: 'A missing TMPDIR with a valid GOTMPDIR: pure Go builds work; only uncached cgo would fail.',
    setup: (s) => {
      s.env.TMPDIR = path.join(s.dir, 'nonexist');
      s.env.GOTMPDIR = s.mkdir('gotmp');
    },
    expect: { goFails: false, warnings: ['tmpdir-invalid'], absent: ['gotmpdir-invalid'] },
  },
  {
    name: 'gotmpdir-noexec',
    about: 'GOTMPDIR on a noexec mount: go build works, go test cannot run the test binary.',
    setup: (s) => {
      const nx = path.join(s.dir, 'nx');
      s.tmpfs(nx, 'noexec,size=256m');
      s.env.GOTMPDIR = nx;
    },
    expect: {
      goFails: true,
      errors: ['tmp-noexec'],
      absent: ['gotmpdir-invalid'],
      vars: ['GOTMPDIR'],
    },
  },
  {
    name: 'tmpdir-noexec',
    about: 'GOTMPDIR unset and TMPDIR on a noexec mount (a hardened /tmp): go test fails.',
    setup: (s) => {
      const nx = path.join(s.dir, 'nx');
      s.tmpfs(nx, 'noexec,size=256m');
      s.env.TMPDIR = nx;
    },
    expect: {
      goFails: true,
      errors: ['tmp-noexec'],
      absent: ['tmpdir-invalid'],
      vars: ['TMPDIR'],
    },
  },
  {
    name: 'tmpdir-noexec-gotmpdir-ok',
    about: 'A noexec TMPDIR with GOTMPDIR on an exec volume: go test runs from GOTMPDIR and works.',
    setup: (s) => {
      const nx = path.join(s.dir, 'nx');
      s.tmpfs(nx, 'noexec,size=64m');
      s.env.TMPDIR = nx;
      s.env.GOTMPDIR = s.mkdir('gotmp');
    },
    probes: [PROBES.download, PROBES.build, PROBES.test, PROBES.install, PROBES.run],
    expect: { goFails: false, absent: ['tmp-noexec', 'tmpdir-invalid', 'gotmpdir-invalid'] },
  },

  // --- Free space -----------------------------------------------------------------------------------
  {
    name: 'cache-volume-full-gocache',
    about: 'GOCACHE on a full volume: the first cache write fails (with misleading "not in GOROOT" lines).',
    setup: (s) => {
      const vol = smallVolume(s, 'vol', '1m', 0);
      s.env.GOCACHE = path.join(vol, 'gc');
    },
    expect: {
      goFails: true,
      errors: ['cache-volume-full'],
      vars: ['GOCACHE'],
      stderr: /write .*vol\/gc\/[0-9a-f]{2}\/[0-9a-f]+-[ad]: no space left on device/,
    },
  },
  {
    name: 'cache-volume-full-workdir',
    about: 'The work directory (TMPDIR) has 1 MiB free: the linker cannot write the binary.',
    setup: (s) => {
      s.env.TMPDIR = smallVolume(s, 'vol', '8m', 1024 * 1024);
    },
    expect: {
      goFails: true,
      errors: ['cache-volume-full'],
      absent: ['tmpdir-invalid'],
      vars: ['TMPDIR'],
      stderr: /no space left on device/,
    },
  },
  {
    name: 'cache-volume-full-gomodcache',
    about: 'A new GOMODCACHE on a full volume: downloading the first module fails.',
    setup: (s) => {
      const vol = smallVolume(s, 'vol', '1m', 0);
      s.env.GOMODCACHE = path.join(vol, 'mc');
    },
    expect: {
      goFails: true,
      errors: ['cache-volume-full'],
      absent: ['gomodcache-unwritable'],
      vars: ['GOMODCACHE'],
      stderr: /go: writing go\.mod cache: write .*vol\/mc\/cache\/download\/.*: no space left on device/,
    },
  },
  {
    name: 'cache-volume-low',
    about: 'GOMODCACHE and TMPDIR on a 64 MiB volume: everything works, but less than 1 GiB is free.',
    setup: (s) => {
      const vol = path.join(s.dir, 'vol');
      s.tmpfs(vol, 'size=64m');
      s.env.GOMODCACHE = path.join(vol, 'mc');
      s.env.TMPDIR = vol;
    },
    expect: { goFails: false, warnings: ['cache-volume-full'] },
  },

  // --- XDG_CACHE_HOME -------------------------------------------------------------------------------
  {
    name: 'xdg-cache-home-relative',
    about:
      'A relative XDG_CACHE_HOME with GOCACHE unset: 1.24+ rejects it; 1.21–1.23 put the cache in ./relx and go test (vet) fails.',
    go: { since: '1.20' },
    setup: (s) => {
      s.env.XDG_CACHE_HOME = 'relx';
    },
    expect: (v) => ({
      goFails: true,
      errors: ['xdg-cache-home-relative'],
      absent: ['gocache-relative', 'gocache-off'],
      vars: ['XDG_CACHE_HOME', 'GOCACHE'],
      stderr: since(v, '1.24')
        ? /build cache is required, but could not be located: GOCACHE is not defined and path in \$XDG_CACHE_HOME is relative/
        : /vet: .*could not import .* \(open relx\/go-build\/[0-9a-f]{2}\/[0-9a-f]+-d: no such file or directory\)/,
    }),
  },
  {
    name: 'xdg-cache-home-relative-subpkg',
    about:
      'Go 1.19 (precompiled std): a relative XDG_CACHE_HOME breaks go test of a package in a subdirectory.',
    go: { before: '1.20' },
    setup: (s) => {
      s.env.XDG_CACHE_HOME = 'relx';
      s.write(
        'work/sub/sub.go',
        'package sub\n\nimport "example.test/dep"\n\nfunc F() string { return dep.Hello() }\n',
      );
      s.write(
        'work/sub/sub_test.go',
        'package sub\n\nimport "testing"\n\nfunc TestF(t *testing.T) { F() }\n',
      );
    },
    expect: {
      goFails: true,
      errors: ['xdg-cache-home-relative'],
      vars: ['XDG_CACHE_HOME'],
      stderr: /vet: sub\/sub\.go:3:8: could not import example\.test\/dep \(open relx\/go-build\//,
    },
  },
  {
    name: 'xdg-cache-home-relative-gocache-set',
    about: 'A relative XDG_CACHE_HOME does not matter once GOCACHE is an absolute path.',
    setup: (s) => {
      s.env.GOCACHE = path.join(s.world.xdgCache, 'go-build');
      s.env.XDG_CACHE_HOME = 'relx';
    },
    expect: { goFails: false, absent: ['xdg-cache-home-relative', 'gocache-relative'] },
  },
];
