import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setGoVersion } from '../../../test/support/facts.js';
import check from './xdg-cache-home-relative.js';

describe('xdg-cache-home-relative', () => {
  it('passes on a healthy machine and with an absolute XDG_CACHE_HOME', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    expect(runCheck(check, setEnv(linuxFacts(), 'XDG_CACHE_HOME', '/srv/xdg')).findings).toEqual([]);
  });

  it('reports a relative XDG_CACHE_HOME on Go 1.23 (cache in the current directory, go test fails)', () => {
    const f = setEnv(linuxFacts(), 'XDG_CACHE_HOME', 'relx');
    if (f.goEnv?.values) f.goEnv.values.GOCACHE = 'relx/go-build';
    const r = runCheck(check, f);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.code).toBe('cwd-cache');
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.vars).toEqual(['XDG_CACHE_HOME', 'GOCACHE']);
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['unset XDG_CACHE_HOME']);
  });

  it('reports the Go 1.24+ rejection with go’s message', () => {
    const f = setGoVersion(setEnv(linuxFacts(), 'XDG_CACHE_HOME', 'relx'), '1.26.8');
    if (f.goEnv?.values) f.goEnv.values.GOCACHE = 'off';
    const r = runCheck(check, f);
    expect(r.findings[0]?.code).toBe('rejected');
    expect(r.findings[0]?.why).toContain('path in $XDG_CACHE_HOME is relative');
  });

  it('is silent when GOCACHE is set', () => {
    const f = setEnv(setEnv(linuxFacts(), 'XDG_CACHE_HOME', 'relx'), 'GOCACHE', '/srv/cache');
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('does not apply on macOS or Windows, which ignore XDG_CACHE_HOME', () => {
    const f = setEnv(linuxFacts(), 'XDG_CACHE_HOME', 'relx');
    f.host.os = 'darwin';
    expect(runCheck(check, f).status).toBe('skipped');
  });
});
