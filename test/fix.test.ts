/**
 * go-doctor fix as users meet it: plan, --apply, --undo and --format json against a temp HOME whose
 * ~/.bashrc exports a GOFLAGS with a flag go does not know (goflags-invalid, an error: every go build
 * fails with `go: parsing $GOFLAGS: unknown flag -bogus`), with the real go and real bash.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, hasStackTrace } from './support/cli.js';

let tmp = '';
let home = '';
let proj = '';
let env: Record<string, string> = {};
const BASHRC = `# ~/.bashrc\ncase $- in *i*) ;; *) return;; esac\nexport GOFLAGS=-bogus\nalias ll='ls -l'\n`;

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'gd-fix-'));
  home = path.join(tmp, 'home');
  proj = path.join(tmp, 'proj');
  mkdirSync(home);
  mkdirSync(proj);
  writeFileSync(path.join(proj, 'go.mod'), 'module example.test/p\n\ngo 1.21\n');
  writeFileSync(path.join(home, '.bashrc'), BASHRC, { mode: 0o600 });
  writeFileSync(path.join(home, '.bash_profile'), '[ -f ~/.bashrc ] && . ~/.bashrc\n');
  mkdirSync(path.join(home, 'go', 'bin'), { recursive: true });
  env = {
    PATH: `/usr/local/go/bin:/usr/bin:/bin:${path.join(home, 'go', 'bin')}`,
    HOME: home,
    PWD: proj,
    SHELL: '/bin/bash',
    // what this terminal inherited from ~/.bashrc
    GOFLAGS: '-bogus',
    GOPATH: path.join(home, 'go'),
    GOCACHE: path.join(tmp, 'cache'),
    GOENV: path.join(home, '.config', 'go', 'env'),
    GOTOOLCHAIN: 'local',
    XDG_STATE_HOME: path.join(tmp, 'state'),
  };
});

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
});

function bashSees(mode: string[]): string {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: shell syntax
  const r = spawnSync('/bin/bash', [...mode, '-c', 'printf "[%s]" "${GOFLAGS-unset}"'], {
    env: { HOME: home, PATH: '/usr/bin:/bin', TERM: 'dumb' },
    encoding: 'utf8',
  });
  return r.stdout;
}

describe('go-doctor fix', () => {
  it('the finding is real: go build fails with the GOFLAGS the rc file exports', () => {
    const r = spawnSync('/usr/local/go/bin/go', ['list', '.'], {
      env: { ...env },
      cwd: proj,
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('go: parsing $GOFLAGS: unknown flag -bogus');
    expect(bashSees(['-i'])).toBe('[-bogus]');
  });

  it('without --apply prints the plan with a diff and changes nothing (exit 1)', () => {
    const r = cli(['fix'], env, proj);
    expect(r.status).toBe(1);
    expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    expect(r.stdout).toContain('goflags-invalid: unset-env → ~/.bashrc');
    expect(r.stdout).toContain('-export GOFLAGS=-bogus');
    expect(r.stdout).toContain('+: # go-doctor fix removed: export GOFLAGS=-bogus');
    expect(r.stdout).toContain('Nothing was changed.');
    expect(readFileSync(path.join(home, '.bashrc'), 'utf8')).toBe(BASHRC);
  });

  it('--format json gives the plan contract', () => {
    const r = cli(['fix', '--format', 'json'], env, proj);
    expect(r.status).toBe(1);
    const j = JSON.parse(r.stdout) as {
      plan: Record<string, unknown>[];
      applied: boolean;
      verified: unknown[];
    };
    expect(j.applied).toBe(false);
    expect(j.verified).toEqual([]);
    expect(j.plan).toContainEqual(
      expect.objectContaining({
        finding: 'goflags-invalid',
        kind: 'unset-env',
        file: path.join(home, '.bashrc'),
        diff: expect.stringContaining('-export GOFLAGS=-bogus'),
      }),
    );
  });

  it('--only/--ignore pick findings; an unknown id is a usage error', () => {
    const none = cli(['fix', '--ignore', 'goflags-invalid,goflags-mod-workspace'], env, proj);
    expect(none.stdout).not.toContain('goflags-invalid');
    const bad = cli(['fix', '--only', 'no-such-check'], env, proj);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown check id "no-such-check"');
  });

  it('--apply edits ~/.bashrc, re-checks in fresh shells (finding gone, exit 0), --undo restores it exactly', () => {
    const r = cli(['fix', '--apply', '--only', 'goflags-invalid', '--format', 'json'], env, proj);
    expect(r.stderr).toBe('');
    const j = JSON.parse(r.stdout) as {
      applied: boolean;
      verified: { finding: string; gone: boolean }[];
      contexts: { label: string }[];
    };
    expect(j.applied).toBe(true);
    expect(j.verified).toEqual([
      { finding: 'goflags-invalid', code: expect.any(String), gone: true, remainsIn: [] },
    ]);
    expect(j.contexts.map((c) => c.label)).toEqual([
      'bash login+interactive',
      'bash interactive',
      'bash login',
    ]);
    expect(r.status).toBe(0);
    expect(bashSees(['-i'])).toBe('[unset]');
    expect(bashSees(['-l', '-i'])).toBe('[unset]');
    // this (old) terminal still has GOFLAGS: the plan says to open a new one, and changes nothing
    const same = cli(['fix', '--format', 'json', '--only', 'goflags-invalid'], env, proj);
    const js = JSON.parse(same.stdout) as { plan: { status: string; note?: string }[] };
    expect(js.plan.map((p) => p.status)).toEqual(['done']);
    expect(js.plan[0]?.note).toContain('this terminal still has the old value: open a new one');
    // a new terminal (no GOFLAGS inherited): nothing left to fix
    const fresh = { ...env, GOFLAGS: undefined };
    const again = cli(['fix', '--format', 'json', '--only', 'goflags-invalid'], fresh, proj);
    expect(again.status).toBe(0);
    expect((JSON.parse(again.stdout) as { plan: unknown[] }).plan).toEqual([]);

    const u = cli(['fix', '--undo'], env, proj);
    expect(u.status).toBe(0);
    expect(u.stdout).toContain('Restored: ~/.bashrc');
    expect(readFileSync(path.join(home, '.bashrc'), 'utf8')).toBe(BASHRC);
    const u2 = cli(['fix', '--undo'], env, proj);
    expect(u2.status).toBe(2);
    expect(u2.stdout).toContain('nothing to undo');
  });

  it('--facts FILE plans from a snapshot (its recorded startup lines) and changes nothing', () => {
    const snap = path.join(tmp, 'facts.json');
    const f = cli(['facts', '--output', snap], env, proj);
    expect(f.status).toBe(0);
    const r = cli(['fix', '--facts', snap], { ...env, HOME: path.join(tmp, 'elsewhere') }, proj);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('-export GOFLAGS=-bogus');
    expect(readFileSync(path.join(home, '.bashrc'), 'utf8')).toBe(BASHRC);
  });

  it('--apply with --facts is refused', () => {
    const r = cli(['fix', '--apply', '--facts', path.join(tmp, 'nope.json')], env, proj);
    expect(r.status).toBe(2);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

describe('go-doctor fix, PATH (zsh)', () => {
  it('a quoted ~ in PATH from ~/.zshrc (path-tilde): the line goes, $HOME/go/bin is added, fresh zsh shells no longer have it', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'gd-fix-path-'));
    try {
      const h = path.join(root, 'home');
      const p = path.join(root, 'proj');
      mkdirSync(path.join(h, 'go', 'bin'), { recursive: true });
      mkdirSync(p);
      writeFileSync(path.join(p, 'go.mod'), 'module example.test/p\n\ngo 1.21\n');
      writeFileSync(path.join(h, '.zshrc'), 'export PATH="~/go/bin:$PATH"\n');
      const e = {
        HOME: h,
        PWD: p,
        PATH: '~/go/bin:/usr/local/go/bin:/usr/bin:/bin',
        SHELL: '/usr/bin/zsh',
        GOPATH: path.join(h, 'go'),
        GOCACHE: path.join(root, 'cache'),
        GOTOOLCHAIN: 'local',
        XDG_STATE_HOME: path.join(root, 'state'),
      };
      const r = cli(['fix', '--apply', '--only', 'path-tilde'], e, p);
      expect(r.stdout).toContain('-export PATH="~/go/bin:$PATH"');
      expect(r.stdout).toContain(`+export PATH="${h}/go/bin:$PATH"`);
      expect(r.stdout).toContain('fixed: path-tilde');
      expect(r.status).toBe(0);
      const z = spawnSync('/usr/bin/zsh', ['-c', 'print -r -- $PATH'], {
        env: { HOME: h, PATH: '/usr/bin:/bin' },
        encoding: 'utf8',
      });
      expect(z.stdout.trim().split(':')[0]).toBe(`${h}/go/bin`);
      expect(z.stdout).not.toContain('~');
    } finally {
      rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    }
  });
});
