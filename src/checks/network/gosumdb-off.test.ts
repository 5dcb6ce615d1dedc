import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile } from '../../../test/support/facts.js';
import check from './gosumdb-off.js';

describe('gosumdb-off', () => {
  it('passes on a healthy machine and with the mainland-China alias', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    expect(runCheck(check, setEnv(linuxFacts(), 'GOSUMDB', 'sum.golang.google.cn')).findings).toEqual([]);
  });

  it('warns about GOSUMDB=off and suggests GOPRIVATE/GONOSUMDB or the alias instead', () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOSUMDB', 'off'));
    const f = r.findings[0];
    expect(f?.severity).toBe('warning');
    expect(f?.vars).toEqual(['GOSUMDB']);
    expect(f?.why).toContain('GONOSUMDB');
    expect(f?.why).toContain('sum.golang.google.cn');
    expect(f?.why).toContain('Toolchain downloads');
    expect(f?.fixes.map((x) => x.text)).toEqual(['unset GOSUMDB']);
  });

  it('fixes a go env -w off with go env -u', () => {
    const r = runCheck(check, setEnvFile(linuxFacts(), 'GOSUMDB', 'off'));
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['go env -u GOSUMDB']);
  });
});
