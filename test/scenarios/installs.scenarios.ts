/**
 * Installed commands and PATH directories: what the shell runs by name, and Go tools built by an older
 * release. go itself keeps working in all of them (these are warnings), which the probes confirm.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { goReleases } from '../support/releases.js';
import type { Scenario, Setup } from '../support/scenario.js';

const oldest = goReleases()[0];
const lang = (v: string) => v.split('.').slice(0, 2).join('.');

/** A real Go program named `name`, built by `go` (default: the oldest installed release) into $HOME/go/bin. */
function oldTool(s: Setup, name: string, go = oldest?.go): string {
  if (!go) throw new Error('no Go release');
  if (go === oldest?.go && oldest && lang(oldest.version) === lang(s.version)) {
    s.skip('the oldest release is the one under test');
    return '';
  }
  const src = s.mkdir(`toolsrc/${name}`);
  s.write(`toolsrc/go.mod`, 'module example.test/tools\n\ngo 1.19\n');
  s.write(`toolsrc/${name}/main.go`, 'package main\n\nfunc main() { println("tool") }\n');
  const out = path.join(s.home, 'go', 'bin', name);
  execFileSync(go, ['build', '-o', out, '.'], {
    cwd: src,
    env: {
      PATH: '/usr/bin:/bin',
      HOME: s.home,
      GOCACHE: path.join(os.tmpdir(), 'go-doctor-test-gocache'),
      GOTOOLCHAIN: 'local',
      GOFLAGS: '-buildvcs=false',
      CGO_ENABLED: '0',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return out;
}

export const scenarios: Scenario[] = [
  {
    name: 'gobin-shadows-system-command',
    about: 'a command named sort in $HOME/go/bin, which comes before /usr/bin on PATH',
    setup(s) {
      s.write('home/go/bin/sort', '#!/bin/sh\nexec /usr/bin/sort "$@"\n', 0o755);
    },
    expect: { goFails: false, warnings: ['gobin-shadows-system'] },
  },
  {
    name: 'gobin-tool-shadowed-by-system',
    about: 'a command named sort in $HOME/go/bin, which comes after /usr/bin on PATH: it never runs by name',
    setup(s) {
      s.write('home/go/bin/sort', '#!/bin/sh\nexec /usr/bin/sort "$@"\n', 0o755);
      s.env.PATH = `${s.world.release.goroot}/bin:/usr/bin:/bin:${s.home}/go/bin`;
    },
    expect: { goFails: false, warnings: ['gobin-shadows-system'] },
  },
  {
    name: 'path-world-writable-dir',
    about: 'a directory with mode 0777 at the front of PATH, before the system directories',
    setup(s) {
      const dir = s.mkdir('shared-bin');
      chmodSync(dir, 0o777);
      s.env.PATH = `${dir}:${s.env.PATH}`;
    },
    expect: { goFails: false, warnings: ['path-writable-by-others'], absent: ['gobin-shadows-system'] },
  },
  {
    name: 'path-sticky-tmp-dir',
    about: 'a sticky world-writable directory (like /tmp) at the front of PATH: anyone can still add files',
    setup(s) {
      const dir = s.mkdir('sticky-bin');
      chmodSync(dir, 0o1777);
      s.env.PATH = `${dir}:${s.env.PATH}`;
    },
    expect: { goFails: false, warnings: ['path-writable-by-others'] },
  },
  {
    name: 'path-world-writable-dir-last',
    about: 'a 0777 directory after every system directory on PATH: it cannot shadow them',
    setup(s) {
      const dir = s.mkdir('shared-bin');
      chmodSync(dir, 0o777);
      s.env.PATH = `${s.env.PATH}:${dir}`;
    },
    expect: { goFails: false, absent: ['path-writable-by-others'] },
  },
  {
    name: 'gobin-tool-built-by-old-go',
    about: 'gopls in $HOME/go/bin built by the oldest release, go.mod asking for the running release',
    go: { since: '1.21' },
    setup(s) {
      oldTool(s, 'gopls');
      s.setGoLine(`go ${lang(s.version)}`);
    },
    expect: { goFails: false, warnings: ['gobin-tool-old-go'] },
  },
  {
    name: 'gobin-tool-older-than-toolchain',
    about: 'staticcheck in $HOME/go/bin built by the oldest release, go.mod at go 1.19',
    go: { since: '1.21' },
    setup(s) {
      oldTool(s, 'staticcheck');
    },
    expect: { goFails: false, warnings: ['gobin-tool-old-go'] },
  },
  {
    name: 'gobin-tool-same-release',
    about: 'gopls in $HOME/go/bin built by the release that runs: nothing to say',
    setup(s) {
      oldTool(s, 'gopls', s.world.release.go);
    },
    expect: { goFails: false, absent: ['gobin-tool-old-go', 'gobin-shadows-system'] },
  },
];
