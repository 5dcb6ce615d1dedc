/**
 * Property tests with a small seeded generator: random startup files and fix sets.
 *  - applying twice gives the same bytes as applying once;
 *  - apply then undo gives back the original bytes and modes (files go-doctor created are removed);
 *  - after apply, the startup analysis sees the planned value in every mode of every shell used,
 *    and real shells agree for a few of the seeds.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seen, type TempHome, tempHome } from '../../test/support/fixhome.js';
import type { Fix } from '../core/fix.js';
import { analyzeStartup, modesReadingStartup } from '../shells/startup.js';
import { applyPlan, planFixes, undoLast } from './index.js';

/** mulberry32 */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const VARS = ['GOFLAGS', 'GOPATH', 'GOPROXY', 'GOTOOLCHAIN'];

function gen(seed: number, t: TempHome): Fix[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const posixLine = (): string =>
    pick([
      () => `export ${pick(VARS)}=${pick(['-mod=mod', 'off', '"$HOME/gp"', "'a b'", 'local'])}`,
      () => `${pick(VARS)}=x; export ${pick(VARS)}`,
      () => `unset ${pick(VARS)}`,
      () => `export PATH="$HOME/${pick(['old', 'sdk'])}/go/bin:$PATH"`,
      () => `PATH=$PATH:$HOME/go/bin:$HOME/.local/bin`,
      () => `alias ll='ls -l'`,
      () => `# a comment about GOPATH`,
      () => `if [ -n "$PS1" ]; then\n  export ${pick(VARS)}=inter\nfi`,
      () => `[ -f ~/.aliases ] && . ~/.aliases`,
      () => `export EDITOR=vi`,
    ])();
  const fishLine = (): string =>
    pick([
      () => `set -gx ${pick(VARS)} ${pick(['-mod=mod', 'off', "'a b'"])}`,
      () => `fish_add_path -g $HOME/old/go/bin`,
      () => `if status is-interactive\n    set -gx ${pick(VARS)} inter\nend`,
      () => `set -e ${pick(VARS)}`,
      () => `abbr -a g git`,
    ])();
  const files: [string, 'posix' | 'fish'][] = [
    ['.bashrc', 'posix'],
    ['.bash_profile', 'posix'],
    ['.profile', 'posix'],
    ['.zshenv', 'posix'],
    ['.zshrc', 'posix'],
    ['.config/fish/config.fish', 'fish'],
    ['.config/fish/conf.d/env.fish', 'fish'],
  ];
  for (const [f, syntax] of files) {
    if (r() < 0.4) continue;
    const n = 1 + Math.floor(r() * 6);
    const lines = Array.from({ length: n }, () => (syntax === 'fish' ? fishLine() : posixLine()));
    if (r() < 0.2)
      lines.push(
        '# >>> go-doctor >>>',
        syntax === 'fish' ? 'set -gx GOFLAGS -old' : 'export GOFLAGS=-old',
        '# <<< go-doctor <<<',
      );
    const text = lines.join('\n') + (r() < 0.8 ? '\n' : '');
    t.write(f, text, pick([0o600, 0o644, 0o640]));
  }
  const fixes: Fix[] = [];
  const vars = [...VARS].sort(() => r() - 0.5).slice(0, 1 + Math.floor(r() * 3));
  for (const v of vars)
    fixes.push(
      r() < 0.5
        ? { kind: 'unset-env', var: v }
        : { kind: 'set-env', var: v, value: pick(['-mod=readonly', `${t.home}/gopath`, 'direct', "it's"]) },
    );
  if (r() < 0.5) fixes.push({ kind: 'path-remove', entry: `${t.home}/old/go/bin` });
  if (r() < 0.5)
    fixes.push({
      kind: 'path-add',
      dir: `${t.home}/sdk/go/bin`,
      position: pick(['prepend', 'append'] as const),
    });
  if (r() < 0.3) fixes.push({ kind: 'mkdir', path: `${t.home}/gopath/bin` });
  return fixes;
}

function snapshot(dir: string): Map<string, { text: string; mode: number }> {
  const out = new Map<string, { text: string; mode: number }>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        out.set(`${p}/`, { text: '', mode: statSync(p).mode & 0o777 });
        walk(p);
      } else out.set(p, { text: readFileSync(p, 'utf8'), mode: statSync(p).mode & 0o777 });
    }
  };
  walk(dir);
  return out;
}

let w: TempHome | null = null;
afterEach(() => {
  w?.cleanup();
  w = null;
});

const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);

describe('fix properties (seeded)', () => {
  it.each(SEEDS)(
    'seed %i: apply twice = same bytes; apply + undo = original bytes and modes; analysis agrees',
    async (seed) => {
      w = tempHome();
      const fixes = gen(seed, w);
      const original = snapshot(w.home);
      const plan1 = planFixes([{ finding: 'p', fixes }], {
        facts: w.facts(),
        env: w.env,
        loginShell: '/bin/bash',
      });
      const r1 = await applyPlan(plan1, { stateDir: w.state, env: w.env, applyOnly: true });
      expect(r1.errors).toEqual([]);
      const once = snapshot(w.home);

      // the analysis of the result: every set-env wins, every unset-env is gone, in every mode
      const facts = w.facts();
      if (!facts.startup) throw new Error('no startup facts');
      const a = analyzeStartup(facts.startup, 'linux', plan1.shells);
      const advised = plan1.advice.map((x) => x.text).join('\n');
      for (const c of a.contexts) {
        if (!modesReadingStartup(c.shell, facts.startup).includes(c.mode)) continue;
        for (const f of fixes) {
          if (f.kind === 'set-env' && !advised.includes(f.var))
            expect(c.env[f.var], `${seed} ${c.shell} ${c.mode} ${f.var}`).toBe(f.value);
          if (f.kind === 'unset-env' && !advised.includes(f.var))
            expect(c.env[f.var], `${seed} ${c.shell} ${c.mode} ${f.var}`).toBeUndefined();
        }
      }

      const plan2 = planFixes([{ finding: 'p', fixes }], { facts, env: w.env, loginShell: '/bin/bash' });
      expect(plan2.files.map((f) => f.diff)).toEqual([]);
      await applyPlan(plan2, { stateDir: path.join(w.root, 'state2'), env: w.env, applyOnly: true });
      expect(snapshot(w.home)).toEqual(once);

      // real shells, for a few seeds (bash login and zsh script read the files for real)
      if (seed <= 6) {
        for (const f of fixes) {
          if (advised.includes('var' in f ? f.var : '\u0000')) continue;
          if (f.kind === 'set-env') {
            if (plan1.shells.includes('bash')) expect(seen('bash', 'login', f.var, w.env)).toBe(f.value);
            if (plan1.shells.includes('zsh')) expect(seen('zsh', 'script', f.var, w.env)).toBe(f.value);
          }
          if (f.kind === 'unset-env') {
            if (plan1.shells.includes('bash')) expect(seen('bash', 'login', f.var, w.env)).toBeNull();
            if (plan1.shells.includes('zsh')) expect(seen('zsh', 'script', f.var, w.env)).toBeNull();
          }
        }
      }

      const u = undoLast({ stateDir: w.state });
      expect(u.refused).toBeUndefined();
      expect(snapshot(w.home)).toEqual(original);
      expect(existsSync(path.join(w.home, 'gopath'))).toBe(original.has(`${path.join(w.home, 'gopath')}/`));
    },
  );
});
