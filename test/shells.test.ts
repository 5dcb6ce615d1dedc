/**
 * go-doctor shells against real shells (bash, dash, zsh, fish) and real Go releases, each in a temp HOME
 * (HOME, ZDOTDIR and XDG_CONFIG_HOME point into it; the real HOME is never read). PowerShell, macOS and
 * Windows through startup-file fixtures (test/fixtures/shells/, each with its "origin").
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allChecks } from '../src/checks/index.js';
import { parseFacts } from '../src/core/factsfile.js';
import { runChecks } from '../src/core/run.js';
import { renderShellsText } from '../src/report/shells.js';
import { buildShellsReport } from '../src/shells/differences.js';
import { cli, hasStackTrace, ROOT } from './support/cli.js';
import { goReleases } from './support/releases.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function home(files: Record<string, string>): { home: string; env: Record<string, string> } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'gd-shells-'));
  roots.push(root);
  const h = path.join(root, 'home');
  mkdirSync(h);
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(h, rel);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
  return {
    home: h,
    env: {
      HOME: h,
      ZDOTDIR: h,
      XDG_CONFIG_HOME: path.join(h, '.config'),
      PATH: '/usr/bin:/bin',
      NO_COLOR: '1',
    },
  };
}

interface Json {
  contexts: {
    shell: string;
    mode: string;
    go: string | null;
    goVersion: string | null;
    env: Record<string, string>;
    ms: number;
    error?: string;
  }[];
  assignments: { file: string; line: number; var: string; value: string }[];
  differences: {
    kind: string;
    message: string;
    var?: string;
    contexts?: string[];
    sources?: string[];
    fix?: string;
  }[];
}

function shells(
  env: Record<string, string>,
  ...args: string[]
): { json: Json; status: number | null; ms: number } {
  const start = Date.now();
  const r = cli(['shells', '--format', 'json', ...args], env);
  expect(hasStackTrace(r.stderr), r.stderr).toBe(false);
  return { json: JSON.parse(r.stdout) as Json, status: r.status, ms: Date.now() - start };
}

const ctx = (j: Json, shell: string, mode: string) =>
  j.contexts.find((c) => c.shell === shell && c.mode === mode);

const releases = goReleases().filter((r) => r.goroot.startsWith('/usr/lib/go-'));
const A = releases[0];
const B = releases[releases.length - 1];

describe('go-doctor shells with real shells', () => {
  it('finds go only in interactive zsh when .zshrc alone puts it on PATH, and says who will not see it', () => {
    if (!A) return;
    const { home: h, env } = home({ '.zshrc': `path=(${A.goroot}/bin $path)\n` });
    const { json, status, ms } = shells(env, '--shell', 'zsh,bash');
    expect(status).toBe(1);
    expect(ctx(json, 'zsh', 'interactive')).toMatchObject({ go: `${A.goroot}/bin/go`, goVersion: A.version });
    expect(ctx(json, 'zsh', 'login-interactive')?.go).toBe(`${A.goroot}/bin/go`);
    for (const m of ['login', 'script']) expect(ctx(json, 'zsh', m)?.go).toBeNull();
    expect(ctx(json, 'sh', 'minimal')?.go).toBeNull();
    expect(json.assignments).toContainEqual({
      file: path.join(h, '.zshrc'),
      line: 1,
      var: 'PATH',
      value: `${A.goroot}/bin`,
    });
    const d = json.differences.find((x) => x.kind === 'go-missing');
    expect(d?.message).toMatch(
      /^go is found only in zsh login\+interactive and zsh interactive: .*scripts.*cron/,
    );
    expect(d?.sources).toEqual(['~/.zshrc:1']);
    expect(json.differences.find((x) => x.kind === 'where-to-set')?.message).toContain('~/.zshenv (zsh)');
    expect(ms).toBeLessThan(5000);
  });

  it('names the startup file that hangs, and still finishes within a few seconds', () => {
    const { env } = home({
      '.bashrc': 'export GOPATH=/tmp/x\nsleep 100\n',
      '.config/fish/config.fish': 'if status is-interactive\n  sleep 100\nend\n',
    });
    const start = Date.now();
    const { json, status } = shells(env, '--timeout', '1.5');
    expect(Date.now() - start).toBeLessThan(6000);
    expect(status).toBe(1);
    for (const [shell, mode, file] of [
      ['bash', 'interactive', '.bashrc:2'],
      ['fish', 'interactive', 'config.fish:2'],
      ['fish', 'login-interactive', 'config.fish:2'],
    ] as const) {
      const c = ctx(json, shell, mode);
      expect(c?.error, `${shell} ${mode}`).toMatch(/did not finish within 1.5 s: hung in .*/);
      expect(c?.error).toContain(file);
      expect(c?.ms).toBeLessThan(3000);
    }
    expect(ctx(json, 'bash', 'login')?.error).toBeUndefined();
    expect(json.differences.filter((d) => d.kind === 'hang').length).toBeGreaterThanOrEqual(3);
  });

  it('reports a stale GOROOT from ~/.profile as go failing in login shells, with file:line', () => {
    if (!A) return;
    const { env } = home({
      '.profile': `export GOROOT=/nonexistent/go\nexport PATH=${A.goroot}/bin:$PATH\n`,
    });
    const { json } = shells(env, '--shell', 'bash,sh');
    for (const shell of ['bash', 'sh']) {
      const c = ctx(json, shell, 'login');
      expect(c?.go).toBe(`${A.goroot}/bin/go`);
      expect(c?.goVersion).toBeNull();
      expect(c?.error).toContain('go: cannot find GOROOT directory: /nonexistent/go');
    }
    expect(json.differences.some((d) => d.kind === 'go-fails' && d.sources?.includes('~/.profile:1'))).toBe(
      true,
    );
    expect(
      json.differences.some(
        (d) => d.kind === 'missing-path' && d.message.startsWith('~/.profile:1 sets GOROOT'),
      ),
    ).toBe(true);
  });

  it('sees GOPATH from a Debian-style ~/.bashrc only in interactive bash, and fish conf.d in every fish mode', () => {
    const { env } = home({
      '.bashrc': 'case $- in\n    *i*) ;;\n      *) return;;\nesac\nexport GOPATH=$HOME/gopath\n',
      '.profile':
        'if [ -n "$BASH_VERSION" ]; then\n    if [ -f "$HOME/.bashrc" ]; then\n\t. "$HOME/.bashrc"\n    fi\nfi\n',
      '.config/fish/conf.d/go.fish': 'set -gx GOPROXY off\n',
    });
    const { json } = shells(env, '--shell', 'bash,fish');
    const gopath = (m: string) => ctx(json, 'bash', m)?.env.GOPATH;
    expect(gopath('interactive')).toMatch(/\/gopath$/);
    expect(gopath('login-interactive')).toMatch(/\/gopath$/);
    expect(gopath('login')).toBeUndefined();
    expect(gopath('script')).toBeUndefined();
    for (const m of ['login-interactive', 'interactive', 'login', 'script'])
      expect(ctx(json, 'fish', m)?.env.GOPROXY).toBe('off');
    const d = json.differences.find((x) => x.kind === 'var-differs' && x.var === 'GOPATH');
    expect(d?.message).toMatch(
      /^GOPATH=.*gopath is set only in bash login\+interactive and bash interactive; elsewhere/,
    );
    expect(d?.sources).toEqual(['~/.bashrc:5']);
  });

  it('shows different go commands in different shells, and dash reads $ENV only when interactive', () => {
    if (!A || !B || A === B) return;
    const { env } = home({
      '.zshenv': `path=(${A.goroot}/bin $path)\n`,
      '.shrc': `PATH=${B.goroot}/bin:$PATH\n`,
    });
    const { json } = shells({ ...env, ENV: `${env.HOME}/.shrc` }, '--shell', 'zsh');
    expect(ctx(json, 'zsh', 'script')?.goVersion).toBe(A.version);
    expect(json.assignments.map((a) => a.var)).toContain('PATH');
    // The static analysis lists $ENV's file for sh even though only zsh ran.
    const { json: j2 } = shells({ ...env, ENV: `${env.HOME}/.shrc` }, '--shell', 'sh');
    expect(ctx(j2, 'sh', 'interactive')?.goVersion).toBe(B.version);
    expect(ctx(j2, 'sh', 'script')?.go).toBeNull();
  });

  it('keeps the JSON contract', () => {
    const { env } = home({ '.profile': 'export GOPATH=$HOME/go\n' });
    const { json } = shells(env, '--shell', 'sh');
    expect(Object.keys(json).sort()).toEqual(['assignments', 'contexts', 'differences']);
    expect(json.contexts.length).toBe(5);
    for (const c of json.contexts) {
      expect(
        Object.keys(c)
          .filter((k) => k !== 'error')
          .sort(),
      ).toEqual(['env', 'go', 'goVersion', 'mode', 'ms', 'shell']);
      expect(typeof c.ms).toBe('number');
    }
    for (const a of json.assignments) expect(Object.keys(a).sort()).toEqual(['file', 'line', 'value', 'var']);
    for (const d of json.differences) expect(typeof d.message).toBe('string');
  });

  it('rejects an unknown shell with exit code 2, and analyses a facts snapshot without running shells', () => {
    const { env } = home({ '.zshrc': 'export GOROOT=/nonexistent\n' });
    const bad = cli(['shells', '--shell', 'tcsh'], env);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--shell');
    const f = path.join(env.HOME ?? '', 'facts.json');
    expect(cli(['facts', '-o', f], env).status).toBe(0);
    const r = cli(['shells', '--facts', f], env);
    expect(r.stdout).toContain('the shells were not run');
    expect(r.stdout).toContain('~/.zshrc:1  GOROOT  /nonexistent');
    expect(r.stdout).toContain('~/.zshrc:1 sets GOROOT to /nonexistent, which does not exist.');
  });
});

describe('startup-file fixtures (macOS, Windows/PowerShell)', () => {
  const load = (facts: string, startup: string) => {
    const f = parseFacts(readFileSync(path.join(ROOT, 'test/fixtures/facts', facts), 'utf8'), facts);
    const s = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/shells', startup), 'utf8')) as {
      origin: string;
      startup: NonNullable<typeof f.startup>;
    };
    expect(s.origin.length).toBeGreaterThan(20);
    f.startup = s.startup;
    return f;
  };

  it('macOS: stale GOROOT in ~/.zprofile and goenv in ~/.zshrc only', () => {
    const f = load('darwin-homebrew.json', 'darwin-zsh-stale-goroot.json');
    const found = runChecks(allChecks, f).results.flatMap((r) => r.findings);
    const stale = found.find((x) => x.id === 'goroot-stale-startup');
    expect(stale?.severity).toBe('warning');
    expect(stale?.data).toMatchObject({
      where: '~/.zprofile:3',
      contexts: 'zsh login+interactive and login shells',
    });
    const vm = found.find((x) => x.id === 'version-manager-interactive-only');
    expect(vm?.severity).toBe('warning');
    expect(vm?.data).toMatchObject({ manager: 'goenv', where: '~/.zshrc:12', shell: 'zsh' });
    const report = buildShellsReport([], f.startup ?? null, 'darwin');
    expect(report.assignments).toContainEqual({
      file: '/Users/filippo/.zprofile',
      line: 3,
      var: 'GOROOT',
      value: '/usr/local/go',
    });
    expect(report.assignments.find((a) => a.var === 'brew')?.line).toBe(1);
    const text = renderShellsText(report, { color: false, home: '/Users/filippo' });
    expect(text).toContain('~/.zprofile:3 sets GOROOT to /usr/local/go, which does not exist.');
  });

  it('Windows: a PowerShell profile exporting a removed GOROOT', () => {
    const f = load('windows-msi-default.json', 'windows-pwsh-profile.json');
    const found = runChecks(allChecks, f).results.flatMap((r) => r.findings);
    const stale = found.find((x) => x.id === 'goroot-stale-startup');
    expect(stale?.severity).toBe('warning');
    expect(stale?.data.where).toBe('~\\Documents\\PowerShell\\Microsoft.PowerShell_profile.ps1:2');
    expect(found.some((x) => x.id === 'version-manager-interactive-only')).toBe(false);
    const report = buildShellsReport([], f.startup ?? null, 'windows');
    expect(report.assignments.map((a) => `${a.var}:${a.line}`)).toEqual(['GOROOT:2', 'GOPATH:3', 'PATH:4']);
  });
});
