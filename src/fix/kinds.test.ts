/**
 * Every fix kind carried out for real: go env -w/-u with the real go and a temp GOENV, mkdir, run,
 * edit-line, advice; undo of each.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type TempHome, tempHome } from '../../test/support/fixhome.js';
import { applyPlan, planFixes, undoLast } from './index.js';

const GO = '/usr/local/go/bin/go';

let w: TempHome | null = null;
afterEach(() => {
  w?.cleanup();
  w = null;
});

function goEnv(t: TempHome, ...names: string[]): Record<string, string> {
  const out = execFileSync(GO, ['env', '-json', ...names], {
    env: { ...t.env, GOTOOLCHAIN: 'local', GOCACHE: path.join(t.root, 'cache') },
    encoding: 'utf8',
  });
  return JSON.parse(out) as Record<string, string>;
}

describe('fix kinds, for real', () => {
  it('go env -w and -u run the real go (GOTOOLCHAIN=local); undo restores the go env file byte for byte', async () => {
    w = tempHome();
    const file = w.env.GOENV ?? '';
    mkdirSync(path.dirname(file), { recursive: true });
    const original = 'GOFLAGS=-mod=mod\nGOPRIVATE=*.corp.example\n';
    writeFileSync(file, original, { mode: 0o600 });
    const plan = planFixes(
      [
        {
          finding: 'x',
          fixes: [
            { kind: 'go-env-w', var: 'GOPROXY', value: 'https://proxy.example,direct' },
            { kind: 'go-env-u', var: 'GOFLAGS' },
          ],
        },
      ],
      { facts: w.facts(), env: w.env },
    );
    expect(plan.commands.map((c) => c.display)).toEqual([
      'GOTOOLCHAIN=local go env -w GOPROXY=https://proxy.example,direct',
      'GOTOOLCHAIN=local go env -u GOFLAGS',
    ]);
    expect(plan.commands[1]?.predicted?.after).toBe(
      'GOPRIVATE=*.corp.example\nGOPROXY=https://proxy.example,direct\n',
    );
    expect(goEnv(w, 'GOFLAGS').GOFLAGS).toBe('-mod=mod');
    const res = await applyPlan(plan, { stateDir: w.state, env: w.env, applyOnly: false });
    expect(res.errors).toEqual([]);
    const after = goEnv(w, 'GOFLAGS', 'GOPROXY');
    expect(after).toEqual({ GOFLAGS: '', GOPROXY: 'https://proxy.example,direct' });
    // the prediction matches what go wrote
    expect(readFileSync(file, 'utf8')).toBe(plan.commands[1]?.predicted?.after);
    const u = undoLast({ stateDir: w.state });
    expect(u.ok).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it("a go env -w that go rejects is reported with go's own message; a new go env file is removed by undo", async () => {
    w = tempHome();
    const plan = planFixes(
      [
        {
          finding: 'x',
          fixes: [
            { kind: 'go-env-w', var: 'GOPATH', value: 'relative/dir' },
            { kind: 'go-env-w', var: 'GOPROXY', value: 'off' },
          ],
        },
      ],
      { facts: w.facts(), env: w.env },
    );
    const res = await applyPlan(plan, { stateDir: w.state, env: w.env, applyOnly: false });
    expect(res.errors.join('\n')).toContain(
      'go: GOPATH entry is relative; must be absolute path: "relative/dir"',
    );
    expect(readFileSync(w.env.GOENV ?? '', 'utf8')).toBe('GOPROXY=off\n');
    expect(undoLast({ stateDir: w.state }).ok).toBe(true);
    expect(existsSync(w.env.GOENV ?? '')).toBe(false);
  });

  it('mkdir creates the directory (and parents); undo removes what it created while empty', async () => {
    w = tempHome();
    const dir = path.join(w.home, 'go', 'bin');
    const plan = planFixes([{ finding: 'x', fixes: [{ kind: 'mkdir', path: dir }] }], {
      facts: w.facts(),
      env: w.env,
    });
    expect(plan.entries[0]?.command).toBe(`mkdir -p ${dir}`);
    await applyPlan(plan, { stateDir: w.state, env: w.env, applyOnly: false });
    expect(statSync(dir).isDirectory()).toBe(true);
    const u = undoLast({ stateDir: w.state });
    expect(u.dirsRemoved).toEqual([dir, path.join(w.home, 'go')]);
    expect(existsSync(path.join(w.home, 'go'))).toBe(false);
    // planned again once it exists: nothing to do
    mkdirSync(dir, { recursive: true });
    const again = planFixes([{ finding: 'x', fixes: [{ kind: 'mkdir', path: dir }] }], {
      facts: w.facts(),
      env: w.env,
    });
    expect(again.mkdirs).toEqual([]);
    expect(again.entries[0]?.status).toBe('done');
  });

  it('undo keeps a created directory that is no longer empty', async () => {
    w = tempHome();
    const dir = path.join(w.home, 'gocache');
    await applyPlan(
      planFixes([{ finding: 'x', fixes: [{ kind: 'mkdir', path: dir }] }], { facts: w.facts(), env: w.env }),
      {
        stateDir: w.state,
        env: w.env,
        applyOnly: false,
      },
    );
    writeFileSync(path.join(dir, 'README'), 'x');
    const u = undoLast({ stateDir: w.state });
    expect(u.dirsKept).toEqual([dir]);
    expect(existsSync(path.join(dir, 'README'))).toBe(true);
  });

  it('run: shown, run only with --apply, marked irreversible', async () => {
    w = tempHome();
    const marker = path.join(w.root, 'ran');
    const fixes = [{ kind: 'run' as const, argv: ['/bin/sh', '-c', `echo ran > ${marker}`] }];
    const plan = planFixes([{ finding: 'x', fixes }], { facts: w.facts(), env: w.env });
    expect(plan.commands[0]).toMatchObject({ irreversible: true, applyOnly: true });
    const prompted = await applyPlan(plan, { stateDir: w.state, env: w.env, applyOnly: false });
    expect(prompted.commands[0]?.skipped).toBe('runs only with --apply');
    expect(existsSync(marker)).toBe(false);
    await applyPlan(plan, { stateDir: w.state, env: w.env, applyOnly: true });
    expect(readFileSync(marker, 'utf8')).toBe('ran\n');
    expect(undoLast({ stateDir: w.state }).irreversible).toEqual([plan.commands[0]?.display]);
  });

  it('edit-line replaces or deletes the line, and refuses when it no longer matches', async () => {
    w = tempHome();
    const file = w.env.GOENV ?? '';
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, 'GOROOT=/old/go\nGOPROXY=off\n');
    const del = { kind: 'edit-line' as const, file, line: 1, from: 'GOROOT=/old/go', to: '' };
    const plan = planFixes([{ finding: 'x', fixes: [del] }], { facts: w.facts(), env: w.env });
    await applyPlan(plan, { stateDir: w.state, env: w.env, applyOnly: false });
    expect(readFileSync(file, 'utf8')).toBe('GOPROXY=off\n');
    const stale = planFixes([{ finding: 'x', fixes: [del] }], { facts: w.facts(), env: w.env });
    expect(stale.files).toEqual([]);
    expect(stale.entries[0]).toMatchObject({ status: 'refused' });
    expect(stale.entries[0]?.note).toContain('line 1 of');
    expect(stale.entries[0]?.note).toContain('no longer reads "GOROOT=/old/go"');
    const repl = { kind: 'edit-line' as const, file, line: 1, from: 'GOPROXY=off', to: 'GOPROXY=direct' };
    await applyPlan(planFixes([{ finding: 'x', fixes: [repl] }], { facts: w.facts(), env: w.env }), {
      stateDir: w.state,
      env: w.env,
      applyOnly: false,
    });
    expect(readFileSync(file, 'utf8')).toBe('GOPROXY=direct\n');
    // twice: already done, nothing changes
    const twice = planFixes([{ finding: 'x', fixes: [repl] }], { facts: w.facts(), env: w.env });
    expect(twice.files).toEqual([]);
    expect(twice.entries[0]?.status).toBe('done');
  });

  it('advice stays advice', () => {
    w = tempHome();
    const plan = planFixes(
      [{ finding: 'cgo-no-compiler', fixes: [{ kind: 'advice', text: 'install a C compiler' }] }],
      {
        facts: w.facts(),
        env: w.env,
      },
    );
    expect(plan.advice).toEqual([
      {
        finding: 'cgo-no-compiler',
        text: 'install a C compiler',
        say: { code: 'advice', text: 'install a C compiler' },
      },
    ]);
    expect(plan.files.length + plan.commands.length + plan.mkdirs.length).toBe(0);
  });

  it('bad input: an rc file that is a directory or a symlink loop becomes advice, not a crash', async () => {
    w = tempHome();
    mkdirSync(path.join(w.home, '.bashrc'));
    symlinkSync(path.join(w.home, '.zshrc'), path.join(w.home, '.zshrc'));
    const plan = planFixes(
      [{ finding: 'x', fixes: [{ kind: 'set-env', var: 'GOFLAGS', value: '-mod=mod' }] }],
      {
        facts: w.facts(),
        env: w.env,
        loginShell: '/bin/bash',
      },
    );
    expect(plan.files.map((f) => path.basename(f.path)).sort()).toEqual(['.profile', '.zshenv']);
    expect(plan.advice.map((a) => a.text).join('\n')).toContain(
      `GOFLAGS could not be made to win in bash interactive: go-doctor cannot edit ${w.home}/.bashrc (EISDIR)`,
    );
    const res = await applyPlan(plan, { stateDir: w.state, env: w.env, applyOnly: true });
    expect(res.errors).toEqual([]);
  });

  it('set-env that the startup files already make in every mode changes nothing', () => {
    w = tempHome();
    w.write('.profile', 'export GOPATH="$HOME/go"\n');
    const plan = planFixes(
      [{ finding: 'x', fixes: [{ kind: 'set-env', var: 'GOPATH', value: `${w.home}/go` }] }],
      {
        facts: w.facts(),
        env: w.env,
        loginShell: '/bin/sh',
      },
    );
    expect(plan.files).toEqual([]);
    expect(plan.entries[0]).toMatchObject({ status: 'done' });
    expect(plan.entries[0]?.note).toContain('already set GOPATH=');
  });

  it('undo goes back one applied plan at a time', async () => {
    w = tempHome();
    const p = w.write('.bashrc', 'export GOFLAGS=-x\nexport GOPATH=go\n');
    const original = readFileSync(p, 'utf8');
    const step = async (fixes: Parameters<typeof planFixes>[0][number]['fixes']) =>
      applyPlan(
        planFixes([{ finding: 'x', fixes }], {
          facts: w?.facts() ?? ({} as never),
          env: w?.env ?? {},
          loginShell: '/bin/bash',
        }),
        {
          stateDir: w?.state ?? '',
          env: w?.env ?? {},
          applyOnly: true,
        },
      );
    await step([{ kind: 'unset-env', var: 'GOFLAGS' }]);
    const afterFirst = readFileSync(p, 'utf8');
    await step([{ kind: 'set-env', var: 'GOPATH', value: `${w.home}/go` }]);
    expect(readFileSync(p, 'utf8')).not.toBe(afterFirst);
    expect(undoLast({ stateDir: w.state }).ok).toBe(true);
    expect(readFileSync(p, 'utf8')).toBe(afterFirst);
    expect(undoLast({ stateDir: w.state }).ok).toBe(true);
    expect(readFileSync(p, 'utf8')).toBe(original);
    expect(undoLast({ stateDir: w.state }).refused).toMatch(/nothing to undo/);
  });

  it('apply refuses when a file changed between plan and apply', async () => {
    w = tempHome();
    const p = w.write('.bashrc', 'export GOFLAGS=-x\n');
    const plan = planFixes([{ finding: 'x', fixes: [{ kind: 'unset-env', var: 'GOFLAGS' }] }], {
      facts: w.facts(),
      env: w.env,
    });
    writeFileSync(p, 'export GOFLAGS=-y\n');
    const res = await applyPlan(plan, { stateDir: w.state, env: w.env, applyOnly: true });
    expect(res.errors[0]).toMatch(/changed since go-doctor read it/);
    expect(readFileSync(p, 'utf8')).toBe('export GOFLAGS=-y\n');
  });
});
