/**
 * Verification reads what freshly started shells see: before the fix they report the bad value, after it
 * they do not (so a "fixed" in go-doctor fix's output can be wrong only if the shells are).
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type TempHome, tempHome } from '../../test/support/fixhome.js';
import { applyPlan, freshEnvs, planFixes } from './index.js';

let w: TempHome | null = null;
afterEach(() => {
  w?.cleanup();
  w = null;
});

describe('freshEnvs', () => {
  it('starts each shell in each mode and reads the changed variables (bash, zsh, fish)', async () => {
    w = tempHome();
    w.write('.bashrc', 'export GOFLAGS=-bogus\n');
    w.write('.profile', 'export GOFLAGS=-bogus\n');
    w.write('.zshenv', 'export GOFLAGS=-bogus\n');
    w.write('.config/fish/config.fish', 'set -gx GOFLAGS -bogus\n');
    const fixes = [{ kind: 'unset-env' as const, var: 'GOFLAGS' }];
    const env = { ...w.env, GOFLAGS: '-bogus', SHELL: '/bin/bash' };
    const plan = planFixes([{ finding: 'x', fixes }], { facts: w.facts(), env });
    const before = await freshEnvs(plan, { env, facts: w.facts(), fixes });
    expect(before.map((c) => c.label).sort()).toEqual(
      [
        'bash login+interactive',
        'bash interactive',
        'bash login',
        'sh login+interactive',
        'sh login',
        ...['login+interactive', 'interactive', 'login', 'script'].flatMap((m) => [`zsh ${m}`, `fish ${m}`]),
      ].sort(),
    );
    for (const c of before) {
      expect(c.error, c.label).toBeUndefined();
      expect(c.env.GOFLAGS, c.label).toBe('-bogus');
    }
    await applyPlan(plan, { stateDir: path.join(w.root, 'state'), env, applyOnly: true });
    const after = await freshEnvs(plan, { env, facts: w.facts(), fixes });
    for (const c of after) expect(c.env.GOFLAGS, c.label).toBeUndefined();
  });

  it('PATH: the entries startup files add are taken off first, so removed ones do not come back from this process', async () => {
    w = tempHome();
    const old = `${w.home}/old/go/bin`;
    w.write('.profile', 'export PATH="$HOME/old/go/bin:$PATH"\n');
    const fixes = [{ kind: 'path-remove' as const, entry: old }];
    const env = { ...w.env, PATH: `${old}:/usr/bin:/bin`, SHELL: '/bin/sh' };
    // the facts from before the fix, as go-doctor fix has them
    const facts = w.facts();
    const plan = planFixes([{ finding: 'x', fixes }], { facts, env });
    await applyPlan(plan, { stateDir: path.join(w.root, 'state'), env, applyOnly: true });
    const after = await freshEnvs(plan, { env, facts, fixes });
    expect(after.length).toBeGreaterThan(0);
    for (const c of after) {
      expect(c.error, c.label).toBeUndefined();
      expect((c.env.PATH ?? '').split(':'), c.label).not.toContain(old);
    }
  });
});
