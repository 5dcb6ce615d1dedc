/**
 * HOME, symbolic links and the working directory, against the real go command of every release. A valid
 * link (HOME, GOPATH, GOCACHE, the module reached through a linked working directory) must give nothing
 * above info; a dangling, read-only or foreign-owned HOME, and mixing link and resolved spellings, are what
 * bites.
 */
import { chownSync } from 'node:fs';
import path from 'node:path';
import { PROBES, type Scenario } from '../support/scenario.js';

/** A uid with no passwd entry: another user's tree. */
const FOREIGN = 12345;

/** Files in the world's warm build cache and module proxy stay shared; the link is the scenario's. */
const QUIET_ABSENT = ['home-dangling', 'home-foreign-owner', 'home-relative', 'home-unset'];

export const scenarios: Scenario[] = [
  {
    name: 'home-symlink-fine',
    about:
      'HOME and XDG_CACHE_HOME are symbolic links to real directories: go builds, tests, downloads and installs; nothing above info.',
    setup: (s) => {
      const link = s.symlink(s.home, 'homelink');
      s.env.HOME = link;
      s.env.XDG_CACHE_HOME = s.symlink(s.world.xdgCache, 'xdglink');
      s.env.PATH = `${s.world.release.goroot}/bin:${link}/go/bin:/usr/bin:/bin`;
    },
    expect: { goFails: false, quiet: true, absent: QUIET_ABSENT },
  },
  {
    name: 'gopath-symlink-fine',
    about:
      'GOPATH is a symbolic link to a real directory: module cache and go install go through it; nothing above info.',
    setup: (s) => {
      s.mkdir('gopath-real');
      const link = s.symlink(path.join(s.dir, 'gopath-real'), 'gopathlink');
      s.env.GOPATH = link;
      s.env.PATH = `${s.world.release.goroot}/bin:${link}/bin:/usr/bin:/bin`;
    },
    expect: { goFails: false, quiet: true, absent: QUIET_ABSENT },
  },
  {
    name: 'gocache-symlink-fine',
    about:
      'GOCACHE is a symbolic link to a real (warm) build cache: builds and tests work; nothing above info.',
    setup: (s) => {
      s.env.GOCACHE = s.symlink(path.join(s.world.xdgCache, 'go-build'), 'cachelink');
    },
    expect: { goFails: false, quiet: true, absent: QUIET_ABSENT },
  },
  {
    name: 'cwd-symlink-pwd-set',
    about:
      'The module is entered through a symbolic link with PWD set (a shell cd): go uses the link spelling and works; only an info.',
    setup: (s) => {
      s.cwd = s.symlink(s.mod, 'link');
    },
    expect: { goFails: false, quiet: true, infos: ['cwd-through-symlink'], absent: QUIET_ABSENT },
  },
  {
    name: 'cwd-symlink-pwd-unset',
    about:
      'The module is entered through a symbolic link with PWD unset: go sees the resolved path and works; go-doctor sees no link.',
    setup: (s) => {
      s.cwd = s.symlink(s.mod, 'link');
      delete s.env.PWD;
    },
    expect: { goFails: false, quiet: true, absent: ['cwd-through-symlink', ...QUIET_ABSENT] },
  },
  {
    name: 'cwd-symlink-physical-arg',
    about:
      'cd through a link (PWD set), then pass the resolved path, as an editor or $(pwd -P) does: "outside main module".',
    setup: (s) => {
      s.cwd = s.symlink(s.mod, 'link');
    },
    probes: [
      { name: 'build resolved path', args: ['build', '$DIR/work/...'] },
      { name: 'vet resolved path', args: ['vet', '$DIR/work'] },
    ],
    expect: {
      goFails: true,
      failsWithoutError: 'the probes spell the module by its resolved path while go uses the link spelling',
      infos: ['cwd-through-symlink'],
      stderr:
        /pattern .*\/work\/\.\.\.: directory prefix \.\.\/work does not contain main module or its selected dependencies[\s\S]*directory \.\.\/work outside main module or its selected dependencies/,
    },
  },
  {
    name: 'cwd-symlink-pwd-unset-link-arg',
    about:
      'The reverse: PWD unset (go sees the resolved path) and the argument spelled through the link fails the same way.',
    setup: (s) => {
      s.cwd = s.symlink(s.mod, 'link');
      delete s.env.PWD;
    },
    probes: [{ name: 'build link path', args: ['build', '$DIR/link/...'] }],
    expect: {
      goFails: true,
      failsWithoutError: 'the probe spells the module through the link while go uses the resolved path',
      absent: ['cwd-through-symlink'],
      stderr:
        /pattern .*\/link\/\.\.\.: directory prefix \.\.\/link does not contain main module or its selected dependencies/,
    },
  },
  {
    name: 'cwd-stale-pwd',
    about:
      'PWD names another directory (a tool changed directory without updating it): go ignores it and works.',
    setup: (s) => {
      s.env.PWD = s.home;
    },
    expect: { goFails: false, quiet: true, absent: ['cwd-through-symlink', ...QUIET_ABSENT] },
  },
  {
    name: 'home-dangling-gocache',
    about:
      'HOME is a dangling link, GOPATH elsewhere and no XDG_CACHE_HOME: downloads work, but the build cache under HOME cannot be created.',
    setup: (s) => {
      s.env.HOME = s.symlink(path.join(s.dir, 'gone'), 'homelink');
      s.env.GOPATH = path.join(s.dir, 'gopath');
      s.env.PATH = `${s.world.release.goroot}/bin:${s.dir}/gopath/bin:/usr/bin:/bin`;
      delete s.env.XDG_CACHE_HOME;
    },
    expect: {
      goFails: true,
      errors: ['home-dangling'],
      absent: ['gocache-unwritable'],
      vars: ['HOME'],
      stderr:
        /failed to initialize build cache at .*homelink\/\.cache\/go-build: mkdir .*homelink: file exists/,
    },
  },
  {
    name: 'home-readonly',
    about:
      'HOME exists but is read-only: the module cache and install directory under it cannot be created; the findings name HOME.',
    setup: (s) => {
      s.readOnly(s.home);
    },
    expect: {
      goFails: true,
      errors: ['gomodcache-unwritable'],
      absent: ['home-dangling', 'home-foreign-owner'],
      vars: ['HOME'],
      stderr: /go: could not create module cache: mkdir .*\/home\/go: read-only file system/,
    },
  },
  {
    name: 'home-readonly-gocache',
    about:
      'HOME is read-only, GOPATH elsewhere and no XDG_CACHE_HOME: the build cache under HOME cannot be created; the finding names HOME.',
    setup: (s) => {
      s.readOnly(s.home);
      s.env.GOPATH = path.join(s.dir, 'gopath');
      s.env.PATH = `${s.world.release.goroot}/bin:${s.dir}/gopath/bin:/usr/bin:/bin`;
      delete s.env.XDG_CACHE_HOME;
    },
    expect: {
      goFails: true,
      errors: ['gocache-unwritable'],
      absent: ['home-dangling', 'home-foreign-owner', 'gomodcache-unwritable'],
      vars: ['HOME'],
      stderr:
        /failed to initialize build cache at .*\/home\/\.cache\/go-build: mkdir .*\/home\/\.cache: read-only file system/,
    },
  },
  {
    name: 'home-foreign-owner',
    about:
      "HOME belongs to another uid (root after sudo -E): go works, but fills that user's caches with root-owned files.",
    setup: (s) => {
      if (process.getuid?.() !== 0) return s.skip('needs root to give HOME to another uid');
      chownSync(s.home, FOREIGN, FOREIGN);
    },
    expect: { goFails: false, warnings: ['home-foreign-owner'], absent: ['home-dangling'] },
  },
  {
    name: 'home-foreign-owner-later',
    about:
      "HOME belongs to uid 12345: root downloads a module into that user's cache, then the owner cannot add a version to it.",
    setup: (s) => {
      if (process.getuid?.() !== 0) return s.skip('needs root to give HOME to another uid and run as it');
      chownSync(s.home, FOREIGN, FOREIGN);
      // The new version is not in go.sum; do not ask the (unreachable) checksum database.
      s.env.GONOSUMDB = 'example.test';
    },
    probes: [PROBES.download, { ...PROBES.fetchNew, name: 'mod download (new) as the owner', uid: FOREIGN }],
    expect: {
      goFails: true,
      failsWithoutError: "the owner's later download fails: the consequence the warning predicts",
      warnings: ['home-foreign-owner'],
      stderr:
        /go: open .*\/home\/go\/pkg\/mod\/cache\/download\/example\.test\/dep\/@v\/v1\.1\.0\.lock: permission denied/,
    },
  },
];
