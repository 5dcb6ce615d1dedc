import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile } from '../../../test/support/facts.js';
import check from './cgo-enabled-invalid.js';

describe('cgo-enabled-invalid', () => {
  it('passes on a healthy machine and for 0, 1 and empty', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    for (const v of ['0', '1', '']) {
      expect(runCheck(check, setEnv(linuxFacts(), 'CGO_ENABLED', v, v || '1')).findings, v).toEqual([]);
    }
  });

  it('warns that "yes" is ignored and suggests 1', () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'CGO_ENABLED', 'yes', '1'));
    const f = r.findings[0];
    expect(f?.severity).toBe('warning');
    expect(f?.vars).toEqual(['CGO_ENABLED']);
    expect(f?.message).toContain('"yes"');
    expect(f?.message).toContain('cgo is on');
    expect(f?.why).toContain('CGO_ENABLED=1');
    expect(f?.fixes.map((x) => x.text)).toEqual(['export CGO_ENABLED=1']);
  });

  it('suggests 0 for "false" in the go env file', () => {
    const r = runCheck(check, setEnvFile(linuxFacts(), 'CGO_ENABLED', 'false', '1'));
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['go env -w CGO_ENABLED=0']);
  });

  it('unsets a value with no obvious meaning, and sees " 0" with a space', () => {
    expect(
      runCheck(check, setEnv(linuxFacts(), 'CGO_ENABLED', 'maybe', '1')).findings[0]?.fixes.map(
        (x) => x.text,
      ),
    ).toEqual(['unset CGO_ENABLED']);
    expect(runCheck(check, setEnv(linuxFacts(), 'CGO_ENABLED', ' 0', '1')).findings).toHaveLength(1);
  });
});
