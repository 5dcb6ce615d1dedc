/**
 * GOPATH, GOBIN and the go install directory, against the real go command of every release.
 * No scenario writes into a real Go installation: "Go installed at $HOME/go" is a copy of the release's
 * bin/ with everything else linked.
 */
import { copyFileSync, readdirSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { compare } from '../../src/core/version.js';
import { PROBES, type Scenario, type Setup, STANDARD_PROBES } from '../support/scenario.js';

const atLeast = (v: string, x: string) => compare(v, x) >= 0;

/**
 * A Go tree at dir (relative to the scenario dir) that the go command takes for its GOROOT: bin/ and pkg/
 * are real directories (os.Executable resolves links, and GOROOT/bin and GOROOT/pkg/mod get written),
 * bin/go is a copy, the rest are absolute links into the release.
 */
function goTreeAt(s: Setup, rel: string): string {
  const src = s.world.release.goroot;
  const dst = s.mkdir(rel);
  for (const name of readdirSync(src)) {
    const from = path.join(src, name);
    if (name === 'bin') {
      s.mkdir(`${rel}/bin`);
      for (const b of readdirSync(from)) copyFileSync(path.join(from, b), path.join(dst, 'bin', b));
      continue;
    }
    if (name === 'pkg') {
      s.mkdir(`${rel}/pkg`);
      for (const p of readdirSync(from)) s.symlink(realpathSync(path.join(from, p)), `${rel}/pkg/${p}`);
      continue;
    }
    s.symlink(realpathSync(from), `${rel}/${name}`);
  }
  return dst;
}

/** Go installed at $HOME/go and first on PATH. */
function goAtHome(s: Setup): string {
  const tree = goTreeAt(s, 'home/go');
  s.env.PATH = `${tree}/bin:/usr/bin:/bin`;
  return tree;
}

const GOPATH_GOROOT_WARNING =
  /warning: (GOPATH set to GOROOT \(.*\) has no effect|both GOPATH and GOROOT are the same directory)/;

const goarch = process.arch === 'x64' ? 'amd64' : process.arch === 'ia32' ? '386' : process.arch;

export const scenarios: Scenario[] = [
  {
    name: 'gopath-relative-env',
    about: 'A relative GOPATH in the environment stops every go command with exit status 2.',
    setup: (s) => {
      s.env.GOPATH = 'relgopath';
    },
    expect: {
      goFails: true,
      errors: ['gopath-relative'],
      vars: ['GOPATH'],
      stderr: /go: GOPATH entry is relative; must be absolute path: "relgopath"\./,
    },
  },
  {
    name: 'gopath-relative-envfile',
    about: 'A relative GOPATH in a hand-edited go env file fails the same way (go env -w would refuse it).',
    setup: (s) => {
      s.goEnvFile({ GOPATH: `${s.home}/go:relfile` });
    },
    expect: {
      goFails: true,
      errors: ['gopath-relative'],
      vars: ['GOPATH'],
      stderr: /go: GOPATH entry is relative; must be absolute path: "relfile"\./,
    },
  },
  {
    name: 'gopath-tilde-env',
    about: 'GOPATH="~/go" (quoted, so the shell kept the ~): go refuses it before doing anything.',
    setup: (s) => {
      s.env.GOPATH = '~/go';
    },
    expect: {
      goFails: true,
      errors: ['gopath-tilde'],
      absent: ['gopath-relative'],
      vars: ['GOPATH'],
      stderr: /go: GOPATH entry cannot start with shell metacharacter '~': "~\/go"/,
    },
  },
  {
    name: 'gopath-empty-elements-ok',
    about: 'Inner and trailing empty GOPATH elements are skipped by go: everything works.',
    setup: (s) => {
      s.env.GOPATH = `${s.home}/go::${s.dir}/gp2:`;
    },
    expect: { goFails: false, absent: ['gopath-relative', 'gopath-tilde', 'gopath-empty'] },
  },
  {
    name: 'gopath-leading-empty',
    about: 'GOPATH=":$HOME/go": GOPATH[0] is empty, so there is no module cache and no install directory.',
    setup: (s) => {
      s.env.GOPATH = `:${s.home}/go`;
    },
    expect: {
      goFails: true,
      errors: ['gopath-empty'],
      absent: ['gopath-relative'],
      vars: ['GOPATH'],
      stderr: /go: module cache not found: neither GOMODCACHE nor GOPATH is set/,
    },
  },
  {
    name: 'gopath-equals-goroot-home',
    about:
      'Go installed at $HOME/go with GOROOT unset: GOPATH is $HOME/go too; everything works but writes into the Go tree.',
    setup: (s) => {
      goAtHome(s);
    },
    expect: (v) => ({
      goFails: false,
      warnings: ['gopath-equals-goroot'],
      absent: ['gopath-empty'],
      // go1.19 and 1.21 compare with runtime.GOROOT() and say nothing.
      ...(atLeast(v, '1.22') ? { stderr: GOPATH_GOROOT_WARNING } : {}),
    }),
  },
  {
    name: 'gopath-empty-goroot-at-home',
    about: 'Go at $HOME/go and GOROOT=$HOME/go exported: the default GOPATH is dropped and downloads fail.',
    setup: (s) => {
      s.env.GOROOT = goAtHome(s);
    },
    expect: {
      goFails: true,
      errors: ['gopath-empty'],
      absent: ['gopath-equals-goroot'],
      vars: ['GOPATH'],
      stderr: /go: module cache not found: neither GOMODCACHE nor GOPATH is set/,
    },
  },
  {
    name: 'gopath-empty-modcache-gobin-set',
    about:
      'No GOPATH but GOMODCACHE and GOBIN set: builds and installs work, a checksum-database lookup fails (before any network use).',
    setup: (s) => {
      s.env.GOROOT = goAtHome(s);
      s.env.GOMODCACHE = `${s.dir}/modcache`;
      s.env.GOBIN = s.mkdir('gobin');
      s.env.PATH = `${s.env.PATH}:${s.env.GOBIN}`;
    },
    probes: [...STANDARD_PROBES, PROBES.fetchNew],
    expect: {
      goFails: true,
      errors: ['gopath-empty'],
      vars: ['GOPATH'],
      stderr: /could not locate sumdb file: missing \$GOPATH: cannot set GOROOT as GOPATH/,
    },
  },
  {
    name: 'install-dir-readonly-gobin',
    about: 'GOBIN on a read-only mount: only go install fails.',
    setup: (s) => {
      const dir = `${s.dir}/robin`;
      s.readOnly(dir);
      s.env.GOBIN = dir;
    },
    expect: {
      goFails: true,
      errors: ['install-dir-unwritable'],
      vars: ['GOBIN'],
      stderr: /read-only file system/,
    },
  },
  {
    name: 'install-dir-gopath-bin-file',
    about: 'GOBIN unset and $HOME/go/bin is a file: go install cannot create its target directory.',
    setup: (s) => {
      s.write('home/go/bin', 'not a directory\n');
    },
    expect: {
      goFails: true,
      errors: ['install-dir-unwritable'],
      vars: ['GOPATH'],
      stderr: /mkdir .*\/home\/go\/bin\/: file exists/,
    },
  },
  {
    name: 'gobin-missing-creatable',
    about: 'A GOBIN that does not exist yet is created by go install (MkdirAll): not an error.',
    setup: (s) => {
      s.env.GOBIN = `${s.dir}/new/deep/bin`;
    },
    expect: {
      goFails: false,
      absent: ['install-dir-unwritable', 'gobin-relative'],
      warnings: ['gobin-not-on-path'],
    },
  },
  {
    name: 'gobin-relative-env',
    about: 'GOBIN=relbin: go install refuses it ("cannot install, GOBIN must be an absolute path").',
    setup: (s) => {
      s.env.GOBIN = 'relbin';
    },
    expect: {
      goFails: true,
      errors: ['gobin-relative'],
      absent: ['install-dir-unwritable'],
      vars: ['GOBIN'],
      stderr: /cannot install, GOBIN must be an absolute path/,
    },
  },
  {
    name: 'gobin-relative-envfile',
    about:
      'A relative GOBIN written with go env -w (accepted without a check) fails go install the same way.',
    setup: (s) => {
      s.goEnvFile({ GOBIN: 'bin' });
    },
    expect: {
      goFails: true,
      errors: ['gobin-relative'],
      vars: ['GOBIN'],
      stderr: /cannot install, GOBIN must be an absolute path/,
    },
  },
  {
    name: 'gobin-not-on-path',
    about: 'GOBIN is a writable directory that is not on PATH: go install works, the command is not found.',
    setup: (s) => {
      s.env.GOBIN = s.mkdir('tools/bin');
    },
    expect: { goFails: false, warnings: ['gobin-not-on-path'] },
  },
  {
    name: 'gobin-on-path-via-link',
    about: 'PATH reaches GOBIN through a symbolic link: the same directory, so no finding.',
    setup: (s) => {
      s.env.GOBIN = s.mkdir('real/bin');
      const link = s.symlink(`${s.dir}/real/bin`, 'linkbin');
      s.env.PATH = `${s.env.PATH}:${link}`;
    },
    expect: { goFails: false, absent: ['gobin-not-on-path'] },
  },
  {
    name: 'gobin-cross-compile-386',
    about:
      'GOBIN set and GOARCH=386 on amd64: build and test work, go install refuses cross-compiled binaries.',
    setup: (s) => {
      if (goarch !== 'amd64') s.skip('needs an amd64 host (386 binaries must run for go test)');
      s.env.GOBIN = s.mkdir('gobin');
      s.env.PATH = `${s.env.PATH}:${s.env.GOBIN}`;
      s.env.GOARCH = '386';
    },
    expect: {
      goFails: true,
      errors: ['gobin-cross-compile'],
      vars: ['GOBIN'],
      stderr: /go: cannot install cross-compiled binaries when GOBIN is set/,
    },
  },
  {
    name: 'gobin-host-target-explicit',
    about: 'GOBIN set and GOOS/GOARCH set to the host values: not cross-compiling, go install works.',
    setup: (s) => {
      s.env.GOBIN = s.mkdir('gobin');
      s.env.PATH = `${s.env.PATH}:${s.env.GOBIN}`;
      s.env.GOOS = 'linux';
      s.env.GOARCH = goarch;
    },
    expect: { goFails: false, absent: ['gobin-cross-compile', 'gobin-not-on-path'] },
  },
];
