import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile } from '../../../test/support/facts.js';
import check from './gosumdb-invalid.js';

describe('gosumdb-invalid', () => {
  it('passes on a healthy machine and for valid values', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    for (const v of [
      'sum.golang.google.cn',
      'sum.golang.org https://sum.golang.google.cn',
      'sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8',
      'off',
    ]) {
      expect(runCheck(check, setEnv(linuxFacts(), 'GOSUMDB', v)).findings, v).toEqual([]);
    }
  });

  it("reports too many fields as an error with go's message", () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOSUMDB', 'a b c'));
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.vars).toEqual(['GOSUMDB']);
    expect(f?.message).toContain('invalid GOSUMDB: too many fields');
    expect(f?.why).toContain('verifying go.mod: invalid GOSUMDB: too many fields');
    expect(f?.fixes.map((x) => x.text)).toEqual(['unset GOSUMDB']);
  });

  it('fixes the alias with a leading space by trimming it', () => {
    const r = runCheck(check, setEnvFile(linuxFacts(), 'GOSUMDB', ' sum.golang.google.cn'));
    expect(r.findings[0]?.message).toContain('malformed verifier id');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['go env -w GOSUMDB=sum.golang.google.cn']);
  });

  it('explains that a private database needs its full key', () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOSUMDB', 'sumdb.corp.example.com'));
    expect(r.findings[0]?.why).toContain('name+hash+key');
  });

  it('is only a warning when GONOSUMDB matches every module', () => {
    const facts = setEnv(setEnv(linuxFacts(), 'GOSUMDB', 'bogus'), 'GONOSUMDB', '*');
    const f = runCheck(check, facts).findings[0];
    expect(f?.severity).toBe('warning');
    expect(f?.why).toContain('toolchain downloads');
  });

  it('leaves an empty GOSUMDB to gosumdb-empty', () => {
    expect(runCheck(check, setEnvFile(linuxFacts(), 'GOSUMDB', '')).findings).toEqual([]);
  });
});
