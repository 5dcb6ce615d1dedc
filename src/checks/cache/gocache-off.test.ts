import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile, setGoVersion } from '../../../test/support/facts.js';
import check from './gocache-off.js';

describe('gocache-off', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('reports GOCACHE=off from the environment as an error, fixed by unsetting it', () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOCACHE', 'off'));
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.vars).toEqual(['GOCACHE']);
    expect(f?.message).toContain('set in the environment');
    expect(f?.fixes.map((x) => x.text)).toEqual(['unset GOCACHE']);
  });

  it('reports GOCACHE=off from the go env file, fixed with go env -u', () => {
    const r = runCheck(check, setEnvFile(linuxFacts(), 'GOCACHE', 'off'));
    expect(r.findings[0]?.message).toContain('go env -w');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['go env -u GOCACHE']);
  });

  it('writes the fix in fish and PowerShell syntax', () => {
    const facts = setEnv(linuxFacts(), 'GOCACHE', 'off');
    expect(runCheck(check, facts, 'fish').findings[0]?.fixes[0]?.text).toBe('set -e GOCACHE');
    expect(runCheck(check, facts, 'powershell').findings[0]?.fixes[0]?.text).toBe('Remove-Item Env:GOCACHE');
  });

  it('does not treat an empty GOCACHE as off', () => {
    expect(
      runCheck(check, setEnv(linuxFacts(), 'GOCACHE', '', '/home/alice/.cache/go-build')).findings,
    ).toEqual([]);
  });

  it('leaves a relative GOCACHE (which go env also prints as "off") to gocache-relative', () => {
    expect(runCheck(check, setEnv(linuxFacts(), 'GOCACHE', 'rel/cache', 'off')).findings).toEqual([]);
  });

  it('does not apply before Go 1.12', () => {
    const r = runCheck(check, setGoVersion(setEnv(linuxFacts(), 'GOCACHE', 'off'), '1.11.13'));
    expect(r.status).toBe('skipped');
  });
});
