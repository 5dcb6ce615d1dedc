import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile, setGoVersion } from '../../../test/support/facts.js';
import check from './gocache-relative.js';

describe('gocache-relative', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('reports a relative GOCACHE from the environment as an error, fixed by unsetting it', () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOCACHE', 'cache', 'off'));
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.vars).toEqual(['GOCACHE']);
    expect(f?.message).toContain('"cache"');
    expect(f?.message).toContain('set in the environment');
    expect(f?.why).toContain('GOCACHE is not an absolute path');
    expect(f?.fixes.map((x) => x.text)).toEqual(['unset GOCACHE']);
  });

  it('reports a relative GOCACHE written with go env -w, fixed with go env -u', () => {
    const r = runCheck(check, setEnvFile(linuxFacts(), 'GOCACHE', 'rel/cache', 'off'));
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['go env -u GOCACHE']);
  });

  it('explains an unexpanded ~', () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOCACHE', '~/.cache/go-build', 'off'));
    expect(r.findings[0]?.message).toContain('does not expand a quoted ~');
  });

  it('ignores absolute, empty and "off" values (off is gocache-off)', () => {
    expect(runCheck(check, setEnv(linuxFacts(), 'GOCACHE', '/srv/cache')).findings).toEqual([]);
    expect(
      runCheck(check, setEnv(linuxFacts(), 'GOCACHE', '', '/home/alice/.cache/go-build')).findings,
    ).toEqual([]);
    expect(runCheck(check, setEnv(linuxFacts(), 'GOCACHE', 'off')).findings).toEqual([]);
  });

  it('stays silent when a missing HOME turns the default into "off"', () => {
    const f = setEnv(linuxFacts(), 'HOME', undefined);
    if (f.goEnv?.values) f.goEnv.values.GOCACHE = 'off';
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('uses Windows path rules: C:\\cache is absolute, \\cache is not', () => {
    const win = (v: string) => {
      const f = setEnv(linuxFacts(), 'GOCACHE', v, 'off');
      f.host.os = 'windows';
      return runCheck(check, f).findings;
    };
    expect(win('C:\\cache')).toEqual([]);
    expect(win('\\cache')).toHaveLength(1);
  });

  it('does not apply before Go 1.12', () => {
    const r = runCheck(check, setGoVersion(setEnv(linuxFacts(), 'GOCACHE', 'rel', 'off'), '1.11.13'));
    expect(r.status).toBe('skipped');
  });
});
