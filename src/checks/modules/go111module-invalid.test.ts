import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile } from '../../../test/support/facts.js';
import check from './go111module-invalid.js';

describe('go111module-invalid', () => {
  it('passes on a healthy machine and for every valid value', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    for (const v of ['', 'on', 'off', 'auto']) {
      expect(runCheck(check, setEnv(linuxFacts(), 'GO111MODULE', v)).findings, v).toEqual([]);
    }
  });

  it('reports an unknown value from the environment as an error quoting go', () => {
    // go env -json fails too, so the value is not confirmed by go.
    const f = setEnv(linuxFacts(), 'GO111MODULE', 'yes');
    if (f.goEnv) {
      f.goEnv.ok = false;
      f.goEnv.values = null;
    }
    const r = runCheck(check, f);
    expect(r.findings).toHaveLength(1);
    const x = r.findings[0];
    expect(x?.severity).toBe('error');
    expect(x?.vars).toEqual(['GO111MODULE']);
    expect(x?.message).toContain('"yes"');
    expect(x?.why).toContain('go: unknown environment setting GO111MODULE=yes');
    expect(x?.fixes.map((y) => y.text)).toEqual(['unset GO111MODULE']);
  });

  it('is case-sensitive, and fixes a hand-written go env file value with go env -u', () => {
    const r = runCheck(check, setEnvFile(linuxFacts(), 'GO111MODULE', 'On'));
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.message).toContain('go env -w');
    expect(r.findings[0]?.fixes.map((y) => y.text)).toEqual(['go env -u GO111MODULE']);
  });
});
