import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile } from '../../../test/support/facts.js';
import check from './gobin-cross-compile.js';

describe('gobin-cross-compile', () => {
  it('passes on a healthy machine, and cross-compiling without GOBIN is fine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    expect(runCheck(check, setEnv(linuxFacts(), 'GOOS', 'windows')).findings).toEqual([]);
  });

  it('reports GOBIN with another GOOS as an error naming GOBIN', () => {
    const f = setEnv(setEnv(linuxFacts(), 'GOBIN', '/home/alice/bin'), 'GOOS', 'windows');
    const r = runCheck(check, f);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.message).toContain('windows/amd64');
    expect(r.findings[0]?.message).toContain('GOOS set in the environment');
    expect(r.findings[0]?.why).toContain('go: cannot install cross-compiled binaries when GOBIN is set');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['unset GOBIN']);
  });

  it('counts another GOARCH (386 on amd64) too, also from the go env file', () => {
    const f = setEnvFile(setEnvFile(linuxFacts(), 'GOBIN', '/home/alice/bin'), 'GOARCH', '386');
    const r = runCheck(check, f);
    expect(r.findings[0]?.message).toContain('linux/386');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['go env -u GOBIN']);
  });

  it('is silent when GOOS/GOARCH are set to the host values', () => {
    const f = setEnv(setEnv(setEnv(linuxFacts(), 'GOBIN', '/b'), 'GOOS', 'linux'), 'GOARCH', 'amd64');
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('compares with the go binary (GOHOSTARCH), not only the machine', () => {
    const f = setEnv(setEnv(linuxFacts(), 'GOBIN', '/b'), 'GOARCH', '386');
    if (f.goEnv?.values) f.goEnv.values.GOHOSTARCH = '386';
    expect(runCheck(check, f).findings).toEqual([]);
  });
});
