import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile } from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import check from './goexperiment-invalid.js';

/** go env failed with this stderr. */
function goEnvFailed(f: Facts, stderr: string): Facts {
  if (f.goEnv) {
    f.goEnv.ok = false;
    f.goEnv.exitCode = 2;
    f.goEnv.values = null;
    f.goEnv.stderr = stderr;
  }
  return f;
}

describe('goexperiment-invalid', () => {
  it('passes on a healthy machine and with a valid experiment', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    expect(runCheck(check, setEnv(linuxFacts(), 'GOEXPERIMENT', 'rangefunc')).findings).toEqual([]);
  });

  it("reports go's own rejection, from the environment", () => {
    const facts = goEnvFailed(
      setEnv(linuxFacts(), 'GOEXPERIMENT', 'bogus'),
      'go: unknown GOEXPERIMENT bogus\n',
    );
    const f = runCheck(check, facts).findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.vars).toEqual(['GOEXPERIMENT']);
    expect(f?.message).toContain('"bogus"');
    expect(f?.why).toContain('go: unknown GOEXPERIMENT bogus');
    expect(f?.fixes.map((x) => x.text)).toEqual(['unset GOEXPERIMENT']);
  });

  it('keeps the valid experiments in the fix', () => {
    const facts = goEnvFailed(
      setEnvFile(linuxFacts(), 'GOEXPERIMENT', 'rangefunc,nounified'),
      'go: unknown GOEXPERIMENT unified\n',
    );
    expect(runCheck(check, facts).findings[0]?.fixes.map((x) => x.text)).toEqual([
      'go env -w GOEXPERIMENT=rangefunc',
    ]);
  });

  it('stays silent when go env failed for another reason', () => {
    const facts = goEnvFailed(linuxFacts(), 'go: cannot find GOROOT directory: /nope\n');
    expect(runCheck(check, facts).findings).toEqual([]);
  });
});
