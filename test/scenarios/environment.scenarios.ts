/**
 * HOME and PATH, against the real go command of every release. The world's warm build cache is reached
 * through XDG_CACHE_HOME, so HOME problems show up in GOPATH, GOMODCACHE and the install directory unless
 * a scenario removes XDG_CACHE_HOME.
 */
import { compare } from '../../src/core/version.js';
import type { Scenario } from '../support/scenario.js';

const atLeast = (v: string, x: string) => compare(v, x) >= 0;

export const scenarios: Scenario[] = [
  {
    name: 'home-unset',
    about: 'HOME unset (cron, env -i): no default GOPATH, so module downloads and builds fail.',
    setup: (s) => {
      delete s.env.HOME;
    },
    expect: {
      goFails: true,
      errors: ['home-unset'],
      absent: ['gopath-empty'],
      vars: ['HOME'],
      stderr: /go: module cache not found: neither GOMODCACHE nor GOPATH is set/,
    },
  },
  {
    name: 'home-unset-gopath-set',
    about:
      'HOME unset but GOPATH set (and the cache via XDG_CACHE_HOME): everything works, the go env file is lost.',
    setup: (s) => {
      delete s.env.HOME;
      s.env.GOPATH = `${s.dir}/gopath`;
    },
    expect: { goFails: false, warnings: ['home-unset'], absent: ['gopath-empty'] },
  },
  {
    name: 'home-relative',
    about: 'HOME=relhome: GOPATH is dropped, but GOMODCACHE becomes relhome/go/pkg/mod and is refused.',
    setup: (s) => {
      s.env.HOME = 'relhome';
    },
    expect: {
      goFails: true,
      errors: ['home-relative'],
      absent: ['gopath-relative', 'gopath-empty'],
      vars: ['HOME'],
      stderr: /go: GOMODCACHE entry is relative; must be absolute path: "relhome\/go\/pkg\/mod"\./,
    },
  },
  {
    name: 'home-tilde',
    about: 'HOME="~" (quoted): the inferred GOPATH "~/go" stops every go command.',
    setup: (s) => {
      s.env.HOME = '~';
    },
    expect: {
      goFails: true,
      errors: ['home-relative'],
      absent: ['gopath-tilde'],
      vars: ['HOME'],
      stderr: /go: GOPATH entry cannot start with shell metacharacter '~': "~\/go"/,
    },
  },
  {
    name: 'home-relative-gocache',
    about:
      'HOME=relhome with GOPATH set and no XDG_CACHE_HOME: GOCACHE is relative; go test fails from go1.21 (vet), not on 1.19.',
    setup: (s) => {
      s.env.HOME = 'relhome';
      s.env.GOPATH = `${s.dir}/gopath`;
      delete s.env.XDG_CACHE_HOME;
    },
    expect: (v) =>
      atLeast(v, '1.21')
        ? {
            goFails: true,
            errors: ['home-relative'],
            vars: ['HOME'],
            stderr: /relhome\/\.cache\/go-build\/.*no such file or directory/,
          }
        : { goFails: false, warnings: ['home-relative'] },
  },
  {
    name: 'home-dangling',
    about: 'HOME is a symbolic link to a directory that does not exist: go cannot create the module cache.',
    setup: (s) => {
      s.env.HOME = s.symlink(`${s.dir}/gone`, 'homelink');
    },
    expect: {
      goFails: true,
      errors: ['home-dangling'],
      vars: ['HOME'],
      stderr: /go: could not create module cache: mkdir .*homelink: file exists/,
    },
  },
  {
    name: 'home-symlink-valid',
    about:
      'HOME is a symbolic link to a real directory: go works exactly as with the directory (seed claims are false).',
    setup: (s) => {
      s.env.HOME = s.symlink(s.home, 'homelink');
    },
    expect: {
      goFails: false,
      absent: ['home-dangling', 'home-relative', 'home-unset', 'install-dir-unwritable', 'gopath-empty'],
    },
  },
  {
    name: 'home-missing-creatable',
    about:
      'HOME names a missing directory under a writable parent, with GOPATH and the config dir elsewhere: go works, a warning.',
    setup: (s) => {
      // go would create HOME on first use (verified by hand); keep everything off HOME so the probes
      // leave it missing for go-doctor to see.
      s.env.HOME = `${s.dir}/missing/home`;
      s.env.GOPATH = `${s.dir}/gopath`;
      s.env.XDG_CONFIG_HOME = s.mkdir('xdg-config');
    },
    expect: { goFails: false, warnings: ['home-dangling'], absent: ['install-dir-unwritable', 'home-unset'] },
  },
  {
    name: 'home-missing-created-by-go',
    about:
      'HOME names a missing directory and everything defaults to it: go creates it (MkdirAll) and every command works.',
    setup: (s) => {
      s.env.HOME = `${s.dir}/missing2/home`;
    },
    // By the time go-doctor looks, go has created HOME; the point is that go does not fail.
    expect: { goFails: false, absent: ['install-dir-unwritable', 'home-unset', 'home-relative'] },
  },
  {
    name: 'path-empty-entry',
    about: 'PATH with "::" and a trailing ":" (the current directory for shells): go works, a warning.',
    setup: (s) => {
      s.env.PATH = `${s.world.release.goroot}/bin::/usr/bin:/bin:`;
    },
    expect: { goFails: false, warnings: ['path-empty-entry'], absent: ['path-relative-entry'] },
  },
  {
    name: 'path-relative-entry',
    about: 'PATH with "." and "relbin": looked up from the current directory, refused by Go programs.',
    setup: (s) => {
      s.env.PATH = `${s.world.release.goroot}/bin:.:relbin:/usr/bin:/bin`;
    },
    expect: { goFails: false, warnings: ['path-relative-entry'], absent: ['path-empty-entry', 'path-tilde'] },
  },
  {
    name: 'path-tilde',
    about: 'PATH with a literal "~/go/bin" (quoted export): only bash expands it; go itself works.',
    setup: (s) => {
      s.env.PATH = `${s.world.release.goroot}/bin:~/go/bin:/usr/bin:/bin`;
    },
    expect: {
      goFails: false,
      warnings: ['path-tilde'],
      absent: ['path-relative-entry', 'gobin-not-on-path'],
    },
  },
];
