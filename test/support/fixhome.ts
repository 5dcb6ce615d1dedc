/**
 * Helpers for the fix engine's tests: a temp HOME, facts collected from it, and what real shells see.
 * Never the real HOME: every shell runs with HOME, XDG_* and PATH set here.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ptyCommand } from '../../src/collect/runner.js';
import { collectStartup } from '../../src/collect/startup.js';
import type { Facts } from '../../src/core/facts.js';
import type { Mode, ShellKind } from '../../src/shells/startup.js';
import { linuxFacts } from './facts.js';

export interface TempHome {
  root: string;
  home: string;
  state: string;
  env: Record<string, string>;
  write(rel: string, text: string, mode?: number): string;
  facts(): Facts;
  cleanup(): void;
}

export function tempHome(): TempHome {
  const root = mkdtempSync(path.join(os.tmpdir(), 'go-doctor-fix-'));
  const home = path.join(root, 'home');
  mkdirSync(home);
  const state = path.join(root, 'state');
  const env: Record<string, string> = {
    HOME: home,
    PATH: '/usr/bin:/bin',
    XDG_STATE_HOME: state,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    GOENV: path.join(home, '.config', 'go', 'env'),
    LANG: 'C.UTF-8',
  };
  return {
    root,
    home,
    state,
    env,
    write(rel, text, mode = 0o644) {
      const p = path.join(home, rel);
      mkdirSync(path.dirname(p), { recursive: true });
      writeFileSync(p, text, { mode });
      return p;
    },
    facts() {
      const f = linuxFacts();
      f.env = { HOME: home };
      f.host.accountHome = home;
      f.startup = collectStartup(env, 'linux', false);
      f.envFile = { path: env.GOENV ?? '', origin: 'GOENV', exists: false, entries: [], ignored: [] };
      f.goBinaries = f.goBinaries.map((b) => ({ ...b, path: '/usr/local/go/bin/go' }));
      return f;
    },
    cleanup() {
      rmSync(root, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    },
  };
}

export const BIN: Record<Exclude<ShellKind, 'powershell'>, string> = {
  bash: '/bin/bash',
  zsh: '/usr/bin/zsh',
  fish: '/usr/bin/fish',
  sh: '/usr/bin/dash',
};

/** What a real shell sees for a variable in a mode (null: unset). Interactive modes get a TTY. */
export function seen(
  shell: Exclude<ShellKind, 'powershell'>,
  mode: Mode,
  name: string,
  env: Record<string, string>,
): string | null {
  const flags = [
    ...(mode === 'login' || mode === 'login-interactive' ? ['-l'] : []),
    ...(mode === 'interactive' || mode === 'login-interactive' ? ['-i'] : []),
  ];
  const script =
    shell === 'fish'
      ? `if set -q ${name}; printf '@@%s@@' (string join : -- $${name}); else; printf '@@<unset>@@'; end`
      : `if [ -n "\${${name}+x}" ]; then printf '@@%s@@' "$${name}"; else printf '@@<unset>@@'; fi`;
  const clean = {
    HOME: env.HOME ?? '',
    PATH: env.PATH ?? '/usr/bin:/bin',
    TERM: 'dumb',
    ...(env.XDG_CONFIG_HOME ? { XDG_CONFIG_HOME: env.XDG_CONFIG_HOME } : {}),
  };
  const args = [...flags, '-c', script];
  let out: string;
  if (flags.includes('-i')) {
    const [f, a] = ptyCommand(BIN[shell], args);
    out = spawnSync(f, a, {
      env: clean,
      encoding: 'utf8',
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    }).stdout;
  } else out = spawnSync(BIN[shell], args, { env: clean, encoding: 'utf8', timeout: 10_000 }).stdout;
  const m = /@@([\s\S]*?)@@/.exec(out.replace(/\r/g, ''));
  if (!m) throw new Error(`${shell} ${mode} printed no result: ${out}`);
  return m[1] === '<unset>' ? null : (m[1] ?? '');
}

export function run(file: string, args: string[], env: Record<string, string>): string {
  return execFileSync(file, args, { env, encoding: 'utf8' });
}
