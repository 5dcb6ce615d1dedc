import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile } from '../../../test/support/facts.js';
import check from './goflags-mod-invalid.js';

describe('goflags-mod-invalid', () => {
  it('passes on a healthy machine and for the four modes', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    for (const v of ['-mod=', '-mod=mod', '-mod=readonly', '-mod=vendor', '--mod=mod'])
      expect(runCheck(check, setEnv(linuxFacts(), 'GOFLAGS', v)).findings, v).toEqual([]);
  });

  it('reports an unknown mode as an error with go message, keeping other flags in the fix', () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOFLAGS', '-trimpath -mod=mood'));
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.vars).toEqual(['GOFLAGS']);
    expect(f?.why).toContain("-mod=mood not supported (can be '', 'mod', 'readonly', or 'vendor')");
    expect(f?.fixes.map((x) => x.text)).toEqual(['export GOFLAGS=-trimpath']);
  });

  it('looks only at the last -mod, which wins', () => {
    expect(runCheck(check, setEnv(linuxFacts(), 'GOFLAGS', '-mod=bad -mod=mod')).findings).toEqual([]);
    expect(
      runCheck(check, setEnvFile(linuxFacts(), 'GOFLAGS', '-mod=mod -mod=bad')).findings[0]?.fixes[0]?.text,
    ).toBe('go env -u GOFLAGS');
  });

  it('leaves -mod without a value to goflags-invalid, and workspace mode to goflags-mod-workspace', () => {
    expect(runCheck(check, setEnv(linuxFacts(), 'GOFLAGS', '-mod')).findings).toEqual([]);
    const f = setEnv(linuxFacts(), 'GOFLAGS', '-mod=bad');
    f.module.gowork = { path: '/home/alice/go.work', godebug: [], use: ['./proj'] };
    expect(runCheck(check, f).findings).toEqual([]);
  });
});
