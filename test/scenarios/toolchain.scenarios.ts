/**
 * GOROOT, GOTOOLCHAIN and the go/toolchain lines of go.mod, against the real go command of every release.
 * Toolchain downloads can only be tested failing (the world's GOPROXY is a file:// proxy without
 * toolchains), except through a stand-in toolchain zip served by a single file:// proxy with GOSUMDB=off.
 * No scenario lets go contact proxy.golang.org or sum.golang.org.
 */
import { copyFileSync, cpSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { compare } from '../../src/core/version.js';
import { goReleases, type Release } from '../support/releases.js';
import { PROBES, type Scenario, type Setup, STANDARD_PROBES } from '../support/scenario.js';
import { makeZip } from '../support/zip.js';

const before = (v: string, x: string) => compare(v, x) < 0;

/** Another installed release than v: the next older one, or the next newer one for the oldest. */
function otherRelease(v: string): Release | undefined {
  const all = goReleases();
  const older = all.filter((r) => compare(r.version, v) < 0);
  if (older.length > 0) return older[older.length - 1];
  return all.find((r) => compare(r.version, v) > 0);
}

/** The next newer installed release than v. */
function newerRelease(v: string): Release | undefined {
  return goReleases().find((r) => compare(r.version, v) > 0);
}

/** The GOTOOLCHAIN line of the release's own $GOROOT/go.env ("" when it has none). */
function gorootToolchainDefault(v: string): string {
  const r = goReleases().find((x) => x.version === v);
  if (!r) return '';
  try {
    const m = /^GOTOOLCHAIN=(.*)$/m.exec(readFileSync(path.join(r.goroot, 'go.env'), 'utf8'));
    return m?.[1]?.trim() ?? '';
  } catch {
    return '';
  }
}

function prependPath(s: Setup, dir: string): void {
  s.env.PATH = `${dir}:${s.env.PATH ?? ''}`;
}

/**
 * A copy of the release's GOROOT without go.env: bin/ is copied (os.Executable resolves links, so a
 * linked go would find the real GOROOT), everything else is linked (Debian trees link src, api, misc, test
 * into /usr/share; the links are made absolute).
 */
function gorootWithoutGoEnv(s: Setup): string {
  const src = s.world.release.goroot;
  const dst = s.mkdir('goroot');
  for (const name of readdirSync(src)) {
    if (name === 'go.env') continue;
    const from = path.join(src, name);
    if (name === 'bin') {
      s.mkdir('goroot/bin');
      for (const b of readdirSync(from)) copyFileSync(path.join(from, b), path.join(dst, 'bin', b));
      continue;
    }
    s.symlink(realpathSync(from), `goroot/${name}`);
  }
  return dst;
}

const FAKE_TOOLCHAIN = 'go1.99.0';

/**
 * A file:// proxy holding the world's modules plus a stand-in golang.org/toolchain zip for go1.99.0
 * whose bin/go runs the release's own go (GOTOOLCHAIN=local, GOROOT unset).
 */
function proxyWithToolchain(s: Setup): string {
  const dir = path.join(s.dir, 'tcproxy');
  cpSync(s.world.proxyDir, dir, { recursive: true });
  const goarch = process.arch === 'x64' ? 'amd64' : process.arch;
  const mv = `v0.0.1-${FAKE_TOOLCHAIN}.linux-${goarch}`;
  const base = path.join(dir, 'golang.org', 'toolchain', '@v');
  s.mkdir(path.relative(s.dir, base));
  writeFileSync(path.join(base, 'list'), `${mv}\n`);
  writeFileSync(path.join(base, `${mv}.info`), JSON.stringify({ Version: mv, Time: '2024-01-01T00:00:00Z' }));
  writeFileSync(path.join(base, `${mv}.mod`), 'module golang.org/toolchain\n');
  const p = `golang.org/toolchain@${mv}/`;
  writeFileSync(
    path.join(base, `${mv}.zip`),
    makeZip({
      [`${p}bin/go`]: `#!/bin/sh\nunset GOROOT GOTOOLCHAIN_INTERNAL_SWITCH_VERSION\nGOTOOLCHAIN=local exec ${s.world.release.go} "$@"\n`,
      [`${p}bin/gofmt`]: '#!/bin/sh\nexit 0\n',
      [`${p}pkg/tool/linux_amd64/.keep`]: '',
      [`${p}lib/.keep`]: '',
      [`${p}VERSION`]: `${FAKE_TOOLCHAIN}\n`,
    }),
  );
  return `file://${dir}`;
}

export const scenarios: Scenario[] = [
  // --- GOROOT ------------------------------------------------------------------------------------
  {
    name: 'goroot-nonexistent-env',
    about: 'GOROOT names a directory that does not exist: every go command exits 2.',
    setup: (s) => {
      s.env.GOROOT = path.join(s.dir, 'no-such-goroot');
    },
    expect: {
      goFails: true,
      errors: ['goroot-missing'],
      vars: ['GOROOT'],
      stderr: /go: cannot find GOROOT directory: .*no-such-goroot/,
      absent: ['goroot-set', 'goroot-mismatch'],
    },
  },
  {
    name: 'goroot-nonexistent-envfile',
    about: 'A stale GOROOT written with go env -w: every go command exits 2, even go env -u.',
    setup: (s) => {
      s.goEnvFile({ GOROOT: path.join(s.dir, 'old-go') });
    },
    expect: {
      goFails: true,
      errors: ['goroot-missing'],
      vars: ['GOROOT'],
      stderr: /go: cannot find GOROOT directory: .*old-go/,
    },
  },
  {
    name: 'goroot-not-a-go-tree',
    about:
      'GOROOT is an existing directory without pkg/tool: downloads work, builds cannot find the std library.',
    setup: (s) => {
      s.env.GOROOT = s.mkdir('not-go');
    },
    expect: (v) => ({
      goFails: true,
      errors: ['goroot-missing'],
      vars: ['GOROOT'],
      stderr: before(v, '1.21') ? /package fmt is not in GOROOT/ : /package fmt is not in std/,
      absent: ['goroot-set', 'goroot-go-env-missing'],
    }),
  },
  {
    name: 'go-binary-copied',
    about:
      'bin/go copied out of its installation, GOROOT unset: trimmed 1.21+ binaries fail, 1.19 uses its built-in GOROOT.',
    setup: (s) => {
      s.mkdir('bin');
      copyFileSync(s.world.release.go, path.join(s.dir, 'bin', 'go'));
      s.env.PATH = `${s.dir}/bin:/usr/bin:/bin`;
    },
    expect: (v) =>
      before(v, '1.21')
        ? { goFails: false, infos: ['goroot-missing'] }
        : {
            goFails: true,
            errors: ['goroot-missing'],
            vars: ['GOROOT'],
            stderr: /'go' binary is trimmed and GOROOT is not set/,
          },
  },
  {
    name: 'goroot-set-same',
    about: "GOROOT set to the go command's own installation: works, but goes stale on upgrade.",
    setup: (s) => {
      s.env.GOROOT = s.world.release.goroot;
    },
    expect: { goFails: false, warnings: ['goroot-set'], absent: ['goroot-mismatch', 'goroot-missing'] },
  },
  {
    name: 'goroot-set-envfile',
    about: "GOROOT written with go env -w to the go command's own installation: works, warned.",
    setup: (s) => {
      s.goEnvFile({ GOROOT: s.world.release.goroot });
    },
    expect: { goFails: false, warnings: ['goroot-set'], absent: ['goroot-mismatch', 'goroot-missing'] },
  },
  {
    name: 'goroot-other-release',
    about: 'GOROOT names another installed Go release: go version works, every compile fails.',
    setup: (s) => {
      const other = otherRelease(s.version);
      if (!other) return s.skip('only one Go release installed');
      s.env.GOROOT = other.goroot;
    },
    expect: {
      goFails: true,
      errors: ['goroot-mismatch'],
      vars: ['GOROOT'],
      stderr: /compile: version "go[0-9.]+" does not match go tool version "go[0-9.]+"/,
      absent: ['goroot-set'],
    },
  },
  {
    name: 'goroot-other-release-switched',
    about:
      'GOROOT of another release, but go.mod switches to a goX.Y.Z on PATH, which runs with GOROOT unset: works.',
    go: { since: '1.21' },
    setup: (s) => {
      const newer = newerRelease(s.version);
      const other = goReleases().find(
        (r) => r.version !== s.version && compare(r.version, '1.21') >= 0 && r.goroot.startsWith('/usr/lib/'),
      );
      if (!newer || !other) return s.skip('needs a newer release and another 1.21+ Debian release');
      s.env.GOROOT = other.goroot; // its go.env says GOTOOLCHAIN=auto
      s.symlink(newer.go, `tcbin/go${newer.version}`);
      prependPath(s, path.join(s.dir, 'tcbin'));
      s.setGoLine(`go 1.19\n\ntoolchain go${newer.version}`);
    },
    expect: {
      goFails: false,
      infos: ['gotoolchain-download'],
      absent: ['goroot-mismatch', 'gotoolchain-too-old'],
    },
  },
  {
    name: 'goroot-no-go-env',
    about: 'A GOROOT copy without go.env and no GOPROXY anywhere: GOPROXY is empty, downloads fail.',
    go: { since: '1.21' },
    setup: (s) => {
      const g = gorootWithoutGoEnv(s);
      s.env.PATH = `${g}/bin:/usr/bin:/bin`;
      delete s.env.GOPROXY;
    },
    expect: {
      goFails: true,
      errors: ['goroot-go-env-missing'],
      vars: ['GOPROXY'],
      stderr: /GOPROXY list is not the empty string, but contains no entries/,
      absent: ['goroot-missing', 'goroot-mismatch'],
    },
  },
  {
    name: 'goroot-no-go-env-proxy-set',
    about:
      'A GOROOT copy without go.env, GOPROXY set: builds work, but GOSUMDB is empty, so fetching a module not in go.sum fails.',
    go: { since: '1.21' },
    setup: (s) => {
      const g = gorootWithoutGoEnv(s);
      s.env.PATH = `${g}/bin:/usr/bin:/bin`;
    },
    probes: [...STANDARD_PROBES, PROBES.fetchNew],
    expect: {
      goFails: true,
      errors: ['goroot-go-env-missing'],
      absent: ['goroot-missing'],
      vars: ['GOSUMDB'],
      stderr: /missing GOSUMDB/,
    },
  },
  {
    name: 'goroot-no-go-env-before-1-21',
    about: 'Go 1.19 has no go.env and needs none: its GOPROXY/GOSUMDB defaults are built in.',
    go: { before: '1.21' },
    setup: (s) => {
      const g = gorootWithoutGoEnv(s);
      s.env.PATH = `${g}/bin:/usr/bin:/bin`;
    },
    expect: { goFails: false, absent: ['goroot-go-env-missing', 'goroot-missing'] },
  },
  {
    name: 'go-two-releases-on-path',
    about: 'Two Go releases on PATH: the first wins and shadows the other.',
    setup: (s) => {
      const other = otherRelease(s.version);
      if (!other) return s.skip('only one Go release installed');
      s.env.PATH = `${s.world.release.goroot}/bin:${other.goroot}/bin:/usr/bin:/bin`;
    },
    expect: { goFails: false, warnings: ['go-multiple-versions'] },
  },
  {
    name: 'go-same-release-twice-on-path',
    about: 'The same go reached through two PATH entries (a link and the real one): nothing to report.',
    setup: (s) => {
      s.symlink(s.world.release.go, 'linkbin/go');
      s.env.PATH = `${s.dir}/linkbin:${s.world.release.goroot}/bin:/usr/bin:/bin`;
    },
    expect: { goFails: false, absent: ['go-multiple-versions', 'goroot-missing', 'goroot-set'] },
  },

  // --- GOTOOLCHAIN ---------------------------------------------------------------------------------
  {
    name: 'gotoolchain-bogus',
    about: 'GOTOOLCHAIN=bogus: every command fails since Go 1.21; Go 1.19 ignores it.',
    setup: (s) => {
      s.env.GOTOOLCHAIN = 'bogus';
    },
    expect: (v) =>
      before(v, '1.21')
        ? { goFails: false, infos: ['gotoolchain-invalid'] }
        : {
            goFails: true,
            errors: ['gotoolchain-invalid'],
            vars: ['GOTOOLCHAIN'],
            stderr: /go: invalid GOTOOLCHAIN "bogus"/,
          },
  },
  {
    name: 'gotoolchain-bad-suffix-envfile',
    about: 'GOTOOLCHAIN=go1.21.13+foo written with go env -w: rejected since Go 1.21.',
    setup: (s) => {
      s.goEnvFile({ GOTOOLCHAIN: 'go1.21.13+foo' });
    },
    expect: (v) =>
      before(v, '1.21')
        ? { goFails: false, infos: ['gotoolchain-invalid'] }
        : {
            goFails: true,
            errors: ['gotoolchain-invalid'],
            vars: ['GOTOOLCHAIN'],
            stderr: /only version suffixes are \+auto and \+path/,
          },
  },
  {
    name: 'gotoolchain-bogus-gopath-mode',
    about: 'GOTOOLCHAIN=bogus with GO111MODULE=off: toolchain selection does not run, GOPATH builds work.',
    setup: (s) => {
      s.env.GOTOOLCHAIN = 'bogus';
      s.env.GO111MODULE = 'off';
      s.env.GOPATH = path.join(s.dir, 'gopath');
      s.write(
        'gopath/src/example.test/hi/main.go',
        'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hi") }\n',
      );
      s.write(
        'gopath/src/example.test/hi/main_test.go',
        'package main\n\nimport "testing"\n\nfunc TestHi(t *testing.T) {}\n',
      );
      s.cwd = path.join(s.dir, 'gopath/src/example.test/hi');
    },
    probes: [
      { name: 'build', args: ['build', '.'] },
      { name: 'test', args: ['test', '.'] },
      { name: 'install', args: ['install', '.'] },
    ],
    expect: { goFails: false, infos: ['gotoolchain-invalid'] },
  },
  {
    name: 'toolchain-line-bogus',
    about:
      'go.mod says "toolchain bogus": 1.21+ reject it (select or parse), 1.19 does not know the directive.',
    setup: (s) => {
      s.setGoLine('go 1.19\n\ntoolchain bogus');
    },
    expect: (v) =>
      before(v, '1.21')
        ? { goFails: true, errors: ['gomod-go-newer'], stderr: /unknown directive: toolchain/ }
        : {
            goFails: true,
            errors: ['gotoolchain-invalid'],
            stderr: /invalid toolchain "bogus" in go\.mod|invalid toolchain version 'bogus'/,
          },
  },
  {
    name: 'gotoolchain-local-too-old',
    about:
      'go.mod needs go 1.99.0, GOTOOLCHAIN=local: 1.21+ refuse the module; 1.19 cannot parse the go line.',
    setup: (s) => {
      s.env.GOTOOLCHAIN = 'local';
      s.setGoLine('go 1.99.0');
    },
    expect: (v) =>
      before(v, '1.21')
        ? {
            goFails: true,
            errors: ['gomod-go-newer'],
            vars: ['GOVERSION'],
            stderr: /invalid go version '1\.99\.0': must match format 1\.23/,
          }
        : {
            goFails: true,
            errors: ['gotoolchain-too-old'],
            vars: ['GOTOOLCHAIN'],
            stderr: /go\.mod requires go >= 1\.99\.0 \(running go [0-9.]+; GOTOOLCHAIN=local\)/,
            absent: ['gotoolchain-download'],
          },
  },
  {
    name: 'gomod-needs-newer-go-defaults',
    about:
      'go.mod needs go 1.99.0 with default settings: auto tries a download (1.21-1.23), local refuses (1.26 go.env).',
    setup: (s) => {
      s.setGoLine('go 1.99.0');
    },
    expect: (v) => {
      if (before(v, '1.21')) return { goFails: true, errors: ['gomod-go-newer'], vars: ['GOVERSION'] };
      return gorootToolchainDefault(v) === 'local'
        ? {
            goFails: true,
            errors: ['gotoolchain-too-old'],
            vars: ['GOTOOLCHAIN'],
            stderr: /go\.mod requires go >= 1\.99\.0 \(running go [0-9.]+; GOTOOLCHAIN=local\)/,
          }
        : {
            goFails: true,
            errors: ['gotoolchain-download'],
            vars: ['GOTOOLCHAIN'],
            stderr: /download go1\.99\.0 for [a-z0-9]+\/[a-z0-9]+: toolchain not available/,
          };
    },
  },
  {
    name: 'gotoolchain-path-missing',
    about: 'GOTOOLCHAIN=path and go.mod needs go1.99.0, which is not on PATH.',
    go: { since: '1.21' },
    setup: (s) => {
      s.env.GOTOOLCHAIN = 'path';
      s.setGoLine('go 1.99.0');
    },
    expect: {
      goFails: true,
      errors: ['gotoolchain-too-old'],
      vars: ['GOTOOLCHAIN'],
      stderr: /go: cannot find "go1\.99\.0" in PATH/,
    },
  },
  {
    name: 'gotoolchain-download-unavailable',
    about: 'GOTOOLCHAIN=auto and go.mod needs go 1.99.0; the only proxy is a file:// one without toolchains.',
    go: { since: '1.21' },
    setup: (s) => {
      s.env.GOTOOLCHAIN = 'auto';
      s.setGoLine('go 1.99.0');
    },
    expect: {
      goFails: true,
      errors: ['gotoolchain-download'],
      vars: ['GOTOOLCHAIN'],
      stderr: /go: download go1\.99\.0 for [a-z0-9]+\/[a-z0-9]+: toolchain not available/,
      absent: ['gotoolchain-too-old', 'toolchain-line-lang-version'],
    },
  },
  {
    name: 'gotoolchain-download-proxy-off',
    about: 'GOTOOLCHAIN=go1.99.0 with GOPROXY=off: the toolchain cannot be fetched.',
    go: { since: '1.21' },
    setup: (s) => {
      s.env.GOTOOLCHAIN = FAKE_TOOLCHAIN;
      s.env.GOPROXY = 'off';
    },
    expect: {
      goFails: true,
      errors: ['gotoolchain-download'],
      vars: ['GOTOOLCHAIN'],
      stderr: /toolchain not available/,
    },
  },
  {
    name: 'gotoolchain-download-sumdb-off',
    about:
      'The toolchain zip is on a file:// proxy listed with ",off" and GOSUMDB=off: the mandatory checksum check fails.',
    go: { since: '1.21' },
    setup: (s) => {
      s.env.GOPROXY = `${proxyWithToolchain(s)},off`;
      s.env.GOSUMDB = 'off';
      s.env.GOTOOLCHAIN = FAKE_TOOLCHAIN;
    },
    expect: {
      goFails: true,
      errors: ['gotoolchain-download'],
      vars: ['GOSUMDB'],
      stderr: /verifying module: checksum database disabled by GOSUMDB=off/,
    },
  },
  {
    name: 'gotoolchain-download-single-file-proxy',
    about: 'The toolchain zip on a single file:// proxy with GOSUMDB=off: go downloads it and runs it.',
    go: { since: '1.21' },
    setup: (s) => {
      s.env.GOPROXY = proxyWithToolchain(s);
      s.env.GOSUMDB = 'off';
      s.env.GOTOOLCHAIN = FAKE_TOOLCHAIN;
    },
    expect: { goFails: false, infos: ['gotoolchain-download'], stderr: /go: downloading go1\.99\.0/ },
  },
  {
    name: 'gotoolchain-from-path',
    about:
      'go.mod says "toolchain goX.Y.Z" of a newer release reachable on PATH under that name: go switches to it.',
    go: { since: '1.21' },
    setup: (s) => {
      const newer = newerRelease(s.version);
      if (!newer) return s.skip('no newer release installed');
      s.env.GOTOOLCHAIN = 'auto';
      s.symlink(newer.go, `tcbin/go${newer.version}`);
      prependPath(s, path.join(s.dir, 'tcbin'));
      s.setGoLine(`go 1.19\n\ntoolchain go${newer.version}`);
    },
    expect: {
      goFails: false,
      infos: ['gotoolchain-download'],
      absent: ['gotoolchain-too-old', 'goroot-mismatch', 'toolchain-line-lang-version'],
    },
  },
  {
    name: 'gotoolchain-path-wrong-release',
    about: 'An executable named go1.99.0 on PATH is really the local release: the switch refuses it.',
    go: { since: '1.21' },
    setup: (s) => {
      s.env.GOTOOLCHAIN = FAKE_TOOLCHAIN;
      s.symlink(s.world.release.go, `tcbin/${FAKE_TOOLCHAIN}`);
      prependPath(s, path.join(s.dir, 'tcbin'));
    },
    expect: {
      goFails: true,
      errors: ['gotoolchain-download'],
      vars: ['GOTOOLCHAIN'],
      stderr: /go: toolchain go[0-9.]+ invoked to provide go1\.99\.0/,
    },
  },
  {
    name: 'toolchain-line-lang-version',
    about:
      'go.mod says "toolchain go1.99" (a language version): 1.21+ cannot download it; 1.19 does not know the directive.',
    setup: (s) => {
      s.env.GOTOOLCHAIN = 'auto';
      s.setGoLine('go 1.19\n\ntoolchain go1.99');
    },
    expect: (v) =>
      before(v, '1.21')
        ? { goFails: true, errors: ['gomod-go-newer'], stderr: /unknown directive: toolchain/ }
        : {
            goFails: true,
            errors: ['toolchain-line-lang-version'],
            vars: ['GOTOOLCHAIN'],
            stderr:
              /invalid toolchain: go1\.99 is a language version but not a toolchain version \(go1\.99\.x\)/,
            absent: ['gotoolchain-download'],
          },
  },
  {
    name: 'go-line-lang-version-switches',
    about:
      'go.mod says "go 1.99" (no patch): 1.21+ ask for go1.99.0 (not the language-version error); 1.19 builds.',
    setup: (s) => {
      s.env.GOTOOLCHAIN = 'auto';
      s.setGoLine('go 1.99');
    },
    expect: (v) =>
      before(v, '1.21')
        ? { goFails: false, warnings: ['gomod-go-newer'] }
        : {
            goFails: true,
            errors: ['gotoolchain-download'],
            stderr: /download go1\.99\.0 for/,
            absent: ['toolchain-line-lang-version'],
          },
  },

  // --- go.mod written for a newer Go ---------------------------------------------------------------
  {
    name: 'gomod-go-three-part-old-go',
    about: 'go.mod says "go 1.22.0": 1.19 cannot parse it, 1.21 switches (download fails here), 1.22+ build.',
    setup: (s) => {
      s.setGoLine('go 1.22.0');
    },
    expect: (v) => {
      if (before(v, '1.21'))
        return {
          goFails: true,
          errors: ['gomod-go-newer'],
          vars: ['GOVERSION'],
          stderr: /invalid go version '1\.22\.0': must match format 1\.23/,
        };
      if (before(v, '1.22')) return { goFails: true, errors: ['gotoolchain-download'], stderr: /go1\.22\.0/ };
      return { goFails: false, absent: ['gomod-go-newer', 'gotoolchain-download', 'gotoolchain-too-old'] };
    },
  },
  {
    name: 'gomod-go-two-part-newer',
    about:
      'go.mod says "go 1.22": 1.19 builds it (warning), 1.21 switches to go1.22.0 (download fails here), 1.22+ build.',
    setup: (s) => {
      s.setGoLine('go 1.22');
    },
    expect: (v) => {
      if (before(v, '1.21')) return { goFails: false, warnings: ['gomod-go-newer'] };
      if (before(v, '1.22'))
        return {
          goFails: true,
          errors: ['gotoolchain-download'],
          stderr: /download go1\.22\.0 for/,
          absent: ['toolchain-line-lang-version'],
        };
      return { goFails: false, absent: ['gomod-go-newer', 'gotoolchain-download'] };
    },
  },
];
