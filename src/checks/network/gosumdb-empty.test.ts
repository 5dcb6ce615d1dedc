import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile, setGoVersion } from '../../../test/support/facts.js';
import check from './gosumdb-empty.js';

describe('gosumdb-empty', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('reports an empty go env file line as an error, fixed with go env -u', () => {
    const r = runCheck(check, setEnvFile(linuxFacts(), 'GOSUMDB', ''));
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.vars).toEqual(['GOSUMDB']);
    expect(f?.message).toContain('empty GOSUMDB= line');
    expect(f?.why).toContain('verifying go.mod: missing GOSUMDB');
    expect(f?.fixes.map((x) => x.text)).toEqual(['go env -u GOSUMDB']);
  });

  it('is a warning when GOPRIVATE matches every module', () => {
    const facts = setEnv(setEnvFile(linuxFacts(), 'GOSUMDB', ''), 'GOPRIVATE', '*');
    if (facts.goEnv?.values) facts.goEnv.values.GONOSUMDB = '*';
    expect(runCheck(check, facts).findings[0]?.severity).toBe('warning');
  });

  it('stays silent when go.env is missing, and does not apply before Go 1.21', () => {
    const facts = setEnvFile(linuxFacts(), 'GOSUMDB', '');
    if (facts.gorootEnvFile) facts.gorootEnvFile.exists = false;
    expect(runCheck(check, facts).findings).toEqual([]);
    const old = setGoVersion(setEnvFile(linuxFacts(), 'GOSUMDB', '', 'sum.golang.org'), '1.19.8');
    expect(runCheck(check, old).status).toBe('skipped');
  });
});
