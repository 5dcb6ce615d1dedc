/**
 * Fixes applied to temp HOMEs, then real bash, zsh, fish and dash read the result in every mode.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seen, type TempHome, tempHome } from '../../test/support/fixhome.js';
import type { Fix } from '../core/fix.js';
import { MODES, type Mode } from '../shells/startup.js';
import { applyPlan, planFixes, undoLast } from './index.js';

type Sh = 'bash' | 'zsh' | 'fish' | 'sh';
const ALL: [Sh, Mode][] = [
  ...(['login-interactive', 'interactive', 'login'] as Mode[]).map((m): [Sh, Mode] => ['bash', m]),
  ...MODES.map((m): [Sh, Mode] => ['zsh', m]),
  ...MODES.map((m): [Sh, Mode] => ['fish', m]),
  ['sh', 'login'],
  ['sh', 'login-interactive'],
];

let w: TempHome | null = null;
afterEach(() => {
  w?.cleanup();
  w = null;
});

async function fixIt(t: TempHome, fixes: Fix[], shell = '/bin/bash') {
  const plan = planFixes([{ finding: 'test', fixes }], { facts: t.facts(), env: t.env, loginShell: shell });
  const res = await applyPlan(plan, { stateDir: t.state, env: t.env, applyOnly: true });
  expect(res.errors).toEqual([]);
  return plan;
}

function rcFiles(t: TempHome) {
  t.write('.bashrc', `case $- in\n  *i*) ;;\n  *) return;;\nesac\nexport GOFLAGS=-bogus\nalias ll='ls -l'\n`);
  t.write('.bash_profile', `export GOFLAGS=-mod=bogus\n[ -f ~/.bashrc ] && . ~/.bashrc\n`);
  t.write('.profile', `export GOFLAGS=-x\n`);
  t.write('.zshenv', `export GOFLAGS=-zshenv\n`);
  t.write('.zshrc', `if [[ -o interactive ]]; then\n  export GOFLAGS=-zshrc\nfi\n`);
  t.write('.config/fish/config.fish', `if status is-interactive\n    set -gx GOFLAGS -fish\nend\n`);
  t.write('.config/fish/conf.d/env.fish', `set -gx GOFLAGS -confd\n`);
}

describe('fix with real shells', () => {
  it('unset-env takes the variable out of every startup file, in every mode', async () => {
    w = tempHome();
    rcFiles(w);
    for (const [sh, m] of ALL) expect(seen(sh, m, 'GOFLAGS', w.env), `${sh} ${m} before`).not.toBeNull();
    const plan = await fixIt(w, [{ kind: 'unset-env', var: 'GOFLAGS' }]);
    expect(plan.shells).toEqual(['bash', 'zsh', 'sh', 'fish']);
    for (const [sh, m] of ALL) expect(seen(sh, m, 'GOFLAGS', w.env), `${sh} ${m}`).toBeNull();
    // the if … then whose only command was the export is still valid zsh
    expect(readFileSync(path.join(w.home, '.zshrc'), 'utf8')).toContain(
      ': # go-doctor fix removed: export GOFLAGS=-zshrc',
    );
  });

  it('set-env wins in every mode of every shell, and applying twice changes nothing', async () => {
    w = tempHome();
    rcFiles(w);
    const fixes: Fix[] = [{ kind: 'set-env', var: 'GOFLAGS', value: '-mod=mod -trimpath' }];
    await fixIt(w, fixes);
    for (const [sh, m] of ALL) expect(seen(sh, m, 'GOFLAGS', w.env), `${sh} ${m}`).toBe('-mod=mod -trimpath');
    const snap = (t: TempHome) =>
      [
        '.bashrc',
        '.bash_profile',
        '.profile',
        '.zshenv',
        '.zshrc',
        '.config/fish/config.fish',
        '.config/fish/conf.d/env.fish',
        '.config/fish/conf.d/go.fish',
      ].map((f) => (existsSync(path.join(t.home, f)) ? readFileSync(path.join(t.home, f), 'utf8') : null));
    const once = snap(w);
    const again = planFixes([{ finding: 'test', fixes }], {
      facts: w.facts(),
      env: w.env,
      loginShell: '/bin/bash',
    });
    expect(again.files).toEqual([]);
    await applyPlan(again, { stateDir: w.state, env: w.env, applyOnly: true });
    expect(snap(w)).toEqual(once);
  });

  it('set-env when bash has no login file of its own: ~/.profile for login, ~/.bashrc for interactive', async () => {
    w = tempHome();
    w.write('.bashrc', `[ -z "$PS1" ] && return\nexport GOPATH=go\n`);
    await fixIt(w, [{ kind: 'set-env', var: 'GOPATH', value: `${w.home}/gopath` }]);
    for (const m of ['login', 'interactive', 'login-interactive'] as Mode[])
      expect(seen('bash', m, 'GOPATH', w.env), m).toBe(`${w.home}/gopath`);
    for (const m of ['login', 'login-interactive'] as Mode[])
      expect(seen('sh', m, 'GOPATH', w.env), m).toBe(`${w.home}/gopath`);
  });

  it('path-remove edits the lines that add the entry; path-add puts the new one in front', async () => {
    w = tempHome();
    const old = `${w.home}/old/go/bin`;
    w.write('.profile', `export PATH="$HOME/old/go/bin:$PATH"\n`);
    w.write('.bashrc', `export PATH=$PATH:$HOME/old/go/bin:$HOME/.local/bin\n`);
    w.write('.zshrc', `path+=($HOME/old/go/bin)\n`);
    w.write('.config/fish/config.fish', `fish_add_path -g $HOME/old/go/bin\n`);
    mkdirSync(old, { recursive: true });
    await fixIt(w, [
      { kind: 'path-remove', entry: old },
      { kind: 'path-add', dir: `${w.home}/sdk/go1.26/bin`, position: 'prepend' },
    ]);
    for (const [sh, m] of ALL) {
      const p = (seen(sh, m, 'PATH', w.env) ?? '').split(':');
      expect(p, `${sh} ${m}`).not.toContain(old);
      expect(p[0], `${sh} ${m}`).toBe(`${w.home}/sdk/go1.26/bin`);
    }
    // the other entry on the bashrc line stays
    expect(seen('bash', 'interactive', 'PATH', w.env)).toContain(`${w.home}/.local/bin`);
  });

  it('follows a symlinked rc file: the target is edited, the link stays a link; undo restores it', async () => {
    w = tempHome();
    const dots = path.join(w.root, 'dotfiles');
    mkdirSync(dots);
    const target = path.join(dots, 'zshenv');
    writeFileSync(target, 'export GOFLAGS=-bad\n', { mode: 0o640 });
    symlinkSync(target, path.join(w.home, '.zshenv'));
    await fixIt(w, [{ kind: 'unset-env', var: 'GOFLAGS' }], '/usr/bin/zsh');
    expect(lstatSync(path.join(w.home, '.zshenv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toContain('go-doctor fix removed');
    expect(statSync(target).mode & 0o777).toBe(0o640);
    for (const m of MODES) expect(seen('zsh', m, 'GOFLAGS', w.env)).toBeNull();
    const u = undoLast({ stateDir: path.join(w.state) });
    expect(u.ok).toBe(true);
    expect(lstatSync(path.join(w.home, '.zshenv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('export GOFLAGS=-bad\n');
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });

  it('non-Go variables too (CGO_ENABLED is not in the collected lines)', async () => {
    w = tempHome();
    w.write('.bashrc', 'export CGO_ENABLED=0\n');
    w.write('.zshrc', 'export CC=/opt/old/gcc\n');
    await fixIt(w, [
      { kind: 'set-env', var: 'CGO_ENABLED', value: '1' },
      { kind: 'unset-env', var: 'CC' },
    ]);
    expect(readFileSync(path.join(w.home, '.bashrc'), 'utf8')).toContain(
      'go-doctor fix removed: export CGO_ENABLED=0',
    );
    for (const m of ['login', 'interactive', 'login-interactive'] as Mode[])
      expect(seen('bash', m, 'CGO_ENABLED', w.env), m).toBe('1');
    for (const m of MODES) {
      expect(seen('zsh', m, 'CGO_ENABLED', w.env), m).toBe('1');
      expect(seen('zsh', m, 'CC', w.env), m).toBeNull();
    }
  });

  it('a fish universal variable (fish_variables) is taken out too', async () => {
    w = tempHome();
    w.write(
      '.config/fish/fish_variables',
      '# This file contains fish universal variable definitions.\n# VERSION: 3.0\nSETUVAR --export GOFLAGS:\\x2dbogus\nSETUVAR fish_greeting:\n',
    );
    expect(seen('fish', 'script', 'GOFLAGS', w.env)).toBe('-bogus');
    await fixIt(w, [{ kind: 'unset-env', var: 'GOFLAGS' }], '/usr/bin/fish');
    for (const m of MODES) expect(seen('fish', m, 'GOFLAGS', w.env), m).toBeNull();
    expect(readFileSync(path.join(w.home, '.config/fish/fish_variables'), 'utf8')).toContain(
      'SETUVAR fish_greeting:',
    );
  });

  it('undo refuses when a file changed after apply, and leaves it alone', async () => {
    w = tempHome();
    const p = w.write('.bashrc', 'export GOFLAGS=-bad\n');
    await fixIt(w, [{ kind: 'unset-env', var: 'GOFLAGS' }]);
    writeFileSync(p, `${readFileSync(p, 'utf8')}echo edited by hand\n`);
    const edited = readFileSync(p, 'utf8');
    const u = undoLast({ stateDir: w.state });
    expect(u.ok).toBe(false);
    expect(u.refused).toMatch(/changed since go-doctor fix wrote it: .*\.bashrc/);
    expect(readFileSync(p, 'utf8')).toBe(edited);
  });
});
