/**
 * Shell startup files against the real go command: a temp HOME's ~/.profile, ~/.bashrc or ~/.zshrc sets
 * Go things, go runs directly (this process's context) and through real shells in other modes (login,
 * interactive, non-interactive with the minimal PATH that IDEs, CI and cron start from), and go-doctor's
 * startup-file analysis must agree with what each shell's go does.
 */
import { compare } from '../../src/core/version.js';
import { analyzeStartup } from '../../src/shells/startup.js';
import { goReleases } from '../support/releases.js';
import { type Outcome, type Probe, type Scenario, STANDARD_PROBES } from '../support/scenario.js';

/** Another installed release than v (the next older one, else the next newer one). */
function otherGoroot(v: string): string {
  const all = goReleases();
  const older = all.filter((r) => compare(r.version, v) < 0);
  return (older[older.length - 1] ?? all.find((r) => compare(r.version, v) > 0))?.goroot ?? '/nonexistent';
}

const CLEAN = ['/usr/bin/env', 'PATH=/usr/bin:/bin'];

const loginBuild: Probe = {
  name: 'bash -lc build',
  args: ['build', './...'],
  shell: ['bash', '-lc'],
  observe: true,
};

const DEBIAN_BASHRC_GUARD = '# ~/.bashrc\ncase $- in\n    *i*) ;;\n      *) return;;\nesac\n';
const DEBIAN_PROFILE_TAIL =
  'if [ -n "$BASH_VERSION" ]; then\n    if [ -f "$HOME/.bashrc" ]; then\n\t. "$HOME/.bashrc"\n    fi\nfi\n';

/** Which (shell/mode) pairs go-doctor's analysis says see an assignment of VAR. */
function seenIn(o: Outcome, name: string): string[] {
  if (!o.facts?.startup) return [];
  const a = analyzeStartup(o.facts.startup, o.facts.host.os, ['bash', 'zsh']);
  return a.assignments
    .filter((x) => x.var === name)
    .flatMap((x) => x.seenIn.map((s) => `${s.shell}/${s.mode}`));
}

export const scenarios: Scenario[] = [
  {
    name: 'goroot-stale-profile-missing',
    about: '~/.profile exports a GOROOT that no longer exists: go works here, bash -lc go build fails',
    setup(s) {
      s.write(
        'home/.profile',
        `export GOROOT=${s.dir}/old-go\nexport PATH=${s.world.release.goroot}/bin:$PATH\n`,
      );
    },
    probes: [...STANDARD_PROBES, loginBuild],
    expect: {
      goFails: false,
      warnings: ['goroot-stale-startup'],
      absent: ['goroot-missing', 'version-manager-interactive-only'],
      observed: [
        { probe: 'bash -lc build', fails: true, output: /go: cannot find GOROOT directory: .*old-go/ },
      ],
    },
  },
  {
    name: 'goroot-stale-profile-other-release',
    about:
      '~/.profile exports the GOROOT of another Go release (left from an upgrade): bash -lc go build fails in compile',
    setup(s) {
      s.write(
        'home/.profile',
        `export GOROOT=${otherGoroot(s.version)}\nexport PATH=${s.world.release.goroot}/bin:$PATH\n`,
      );
    },
    probes: [...STANDARD_PROBES, loginBuild],
    expect: {
      goFails: false,
      warnings: ['goroot-stale-startup'],
      absent: ['goroot-mismatch'],
      observed: [
        {
          probe: 'bash -lc build',
          fails: true,
          output: /compile: version "go[0-9.]+" does not match go tool version/,
        },
      ],
    },
  },
  {
    name: 'goroot-stale-profile-current',
    about:
      'the stale GOROOT from ~/.profile is also in this process: go fails here, so it is an error with the line to delete',
    setup(s) {
      s.write(
        'home/.profile',
        `export GOROOT=${s.dir}/old-go\nexport PATH=${s.world.release.goroot}/bin:$PATH\n`,
      );
      s.env.GOROOT = `${s.dir}/old-go`;
    },
    probes: [...STANDARD_PROBES, loginBuild],
    expect: {
      goFails: true,
      errors: ['goroot-stale-startup'],
      vars: ['GOROOT'],
      stderr: /go: cannot find GOROOT directory/,
      observed: [{ probe: 'bash -lc build', fails: true, output: /cannot find GOROOT directory/ }],
    },
  },
  {
    name: 'goroot-profile-own-release',
    about:
      '~/.profile exports the GOROOT of the go it puts first on PATH: login shells build fine, nothing to report',
    setup(s) {
      s.write('home/.profile', `export GOROOT=${s.world.release.goroot}\nexport PATH=$GOROOT/bin:$PATH\n`);
    },
    probes: [...STANDARD_PROBES, loginBuild],
    expect: {
      goFails: false,
      absent: ['goroot-stale-startup', 'version-manager-interactive-only'],
      observed: [{ probe: 'bash -lc build', fails: false }],
    },
  },
  {
    name: 'version-manager-zshrc-only',
    about:
      'goenv-style shims put on PATH in ~/.zshrc only: zsh -ic finds go, zsh -c (IDEs, CI, cron) does not',
    setup(s) {
      s.symlink(`${s.world.release.goroot}/bin/go`, 'home/.goenv/shims/go');
      s.write('home/.zshrc', 'export PATH="$HOME/.goenv/shims:$PATH"\n');
      s.env.PATH = `${s.home}/.goenv/shims:${s.home}/go/bin:/usr/bin:/bin`;
      s.env.ZDOTDIR = s.home;
    },
    probes: [
      ...STANDARD_PROBES,
      { name: 'zsh -ic build', args: ['build', './...'], shell: [...CLEAN, 'zsh', '-ic'], observe: true },
      { name: 'zsh -c build', args: ['build', './...'], shell: [...CLEAN, 'zsh', '-c'], observe: true },
    ],
    expect: {
      goFails: false,
      warnings: ['version-manager-interactive-only'],
      observed: [
        { probe: 'zsh -ic build', fails: false },
        { probe: 'zsh -c build', fails: true, output: /command not found: go/ },
      ],
    },
  },
  {
    name: 'version-manager-bashrc-guarded',
    about:
      'shims added after the "not interactive: return" guard of a Debian ~/.bashrc: bash -ic has go, bash -lc has none',
    setup(s) {
      s.symlink(`${s.world.release.goroot}/bin/go`, 'home/.goenv/shims/go');
      s.write('home/.bashrc', `${DEBIAN_BASHRC_GUARD}export PATH="$HOME/.goenv/shims:$PATH"\n`);
      s.write('home/.profile', DEBIAN_PROFILE_TAIL);
      s.env.PATH = `${s.home}/.goenv/shims:${s.home}/go/bin:/usr/bin:/bin`;
    },
    probes: [
      ...STANDARD_PROBES,
      { name: 'bash -ic build', args: ['build', './...'], shell: [...CLEAN, 'bash', '-ic'], observe: true },
      { name: 'bash -lc build', args: ['build', './...'], shell: [...CLEAN, 'bash', '-lc'], observe: true },
    ],
    expect: {
      goFails: false,
      warnings: ['version-manager-interactive-only'],
      observed: [
        { probe: 'bash -ic build', fails: false },
        { probe: 'bash -lc build', fails: true, output: /go: command not found/ },
      ],
    },
  },
  {
    name: 'gopath-bashrc-only',
    about:
      'GOPATH set after the interactive guard of ~/.bashrc: interactive bash uses it, login bash (IDEs, CI) the default',
    setup(s) {
      s.write('home/.bashrc', `${DEBIAN_BASHRC_GUARD}export GOPATH="$HOME/gopath-interactive"\n`);
      s.write('home/.profile', `export PATH=${s.world.release.goroot}/bin:$PATH\n${DEBIAN_PROFILE_TAIL}`);
    },
    probes: [
      ...STANDARD_PROBES,
      { name: 'bash -ic env', args: ['env', 'GOPATH'], shell: ['bash', '-ic'], observe: true },
      { name: 'bash -lc env', args: ['env', 'GOPATH'], shell: ['bash', '-lc'], observe: true },
    ],
    expect: {
      goFails: false,
      absent: ['goroot-stale-startup', 'version-manager-interactive-only'],
      observed: [
        { probe: 'bash -ic env', fails: false, output: /\/home\/gopath-interactive\n/ },
        { probe: 'bash -lc env', fails: false, output: /\/home\/go\n/ },
      ],
    },
    verify(o) {
      const seen = seenIn(o, 'GOPATH');
      const problems: string[] = [];
      if (!seen.includes('bash/interactive'))
        problems.push('go-doctor does not see GOPATH in bash interactive');
      if (seen.includes('bash/login'))
        problems.push('go-doctor thinks bash -l sees the GOPATH from ~/.bashrc');
      return problems;
    },
  },
];
