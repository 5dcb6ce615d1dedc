import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setGoVersion } from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import check from './goflags-mod-workspace.js';

function workspace(goflags: string, version = '1.23.5'): Facts {
  const f = setEnv(setGoVersion(linuxFacts(), version), 'GOFLAGS', goflags);
  // go lines no newer than every release tested, so no toolchain switch picks another version.
  f.module.gowork = { path: '/home/alice/go.work', godebug: [], use: ['./proj'], go: '1.18' };
  if (f.module.gomod) f.module.gomod.go = '1.18';
  return f;
}

describe('goflags-mod-workspace', () => {
  it('passes outside workspace mode, even with -mod=mod', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    expect(runCheck(check, setEnv(linuxFacts(), 'GOFLAGS', '-mod=mod')).findings).toEqual([]);
  });

  it('is an error for -mod=mod in workspace mode, quoting the 1.22+ message', () => {
    const r = runCheck(check, workspace('-mod=mod'));
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.vars).toEqual(['GOFLAGS', 'GOWORK']);
    expect(f?.message).toContain('/home/alice/go.work');
    expect(f?.why).toContain(
      'go: -mod may only be set to readonly or vendor when in workspace mode, but it is set to "mod"',
    );
    expect(f?.fixes.map((x) => x.text)[0]).toBe('unset GOFLAGS');
  });

  it('refuses vendor before Go 1.22 and quotes the older message', () => {
    const r = runCheck(check, workspace('-mod=vendor', '1.21.13'));
    expect(r.findings[0]?.why).toContain(
      'go: -mod may only be set to readonly when in workspace mode, but it is set to "vendor"',
    );
    expect(runCheck(check, workspace('-mod=vendor', '1.22.12')).findings).toEqual([]);
  });

  it('accepts readonly and an empty -mod, and reports a bad mode with the workspace message', () => {
    expect(runCheck(check, workspace('-mod=readonly')).findings).toEqual([]);
    expect(runCheck(check, workspace('-mod=')).findings).toEqual([]);
    expect(runCheck(check, workspace('-mod=bad')).findings[0]?.why).toContain('it is set to "bad"');
  });

  it('is silent when GOWORK=off or GO111MODULE=off', () => {
    expect(runCheck(check, setEnv(workspace('-mod=mod'), 'GOWORK', 'off')).findings).toEqual([]);
    expect(runCheck(check, setEnv(workspace('-mod=mod'), 'GO111MODULE', 'off')).findings).toEqual([]);
  });

  it('does not apply before workspaces existed (Go 1.18)', () => {
    expect(runCheck(check, workspace('-mod=mod', '1.17.13')).status).toBe('skipped');
  });
});
