import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile } from '../../../test/support/facts.js';
import check from './gobin-relative.js';

describe('gobin-relative', () => {
  it('passes when GOBIN is unset or absolute', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    expect(runCheck(check, setEnv(linuxFacts(), 'GOBIN', '/home/alice/bin')).findings).toEqual([]);
  });

  it('reports a relative GOBIN from the environment as an error', () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOBIN', 'relbin'));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.vars).toEqual(['GOBIN']);
    expect(r.findings[0]?.why).toContain('cannot install, GOBIN must be an absolute path');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['unset GOBIN']);
  });

  it('reports a relative GOBIN written with go env -w, fixed with go env -u', () => {
    const r = runCheck(check, setEnvFile(linuxFacts(), 'GOBIN', 'bin'));
    expect(r.findings[0]?.message).toContain('go env -w');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['go env -u GOBIN']);
  });

  it('treats "\\bin" as relative on Windows, like Go', () => {
    const f = linuxFacts();
    f.host.os = 'windows';
    f.env = { USERPROFILE: 'C:\\Users\\bob', GOBIN: '\\bin' };
    if (f.goEnv?.values) f.goEnv.values.GOBIN = '\\bin';
    expect(runCheck(check, f).findings[0]?.severity).toBe('error');
    if (f.goEnv?.values) f.goEnv.values.GOBIN = 'D:\\bin';
    expect(runCheck(check, f).findings).toEqual([]);
  });
});
