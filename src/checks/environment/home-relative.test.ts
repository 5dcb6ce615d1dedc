import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setGoVersion } from '../../../test/support/facts.js';
import { goEnvFailed, goSays } from '../_lib/pathlist.fixtures.js';
import check from './home-relative.js';

describe('home-relative', () => {
  it('passes with an absolute HOME', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('reports HOME=relhome as an error: GOMODCACHE becomes relative', () => {
    const f = goEnvFailed(setEnv(linuxFacts(), 'HOME', 'relhome'));
    const r = runCheck(check, f);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.code).toBe('relative');
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.vars).toContain('HOME');
    expect(r.findings[0]?.vars).toContain('GOMODCACHE');
    expect(r.findings[0]?.why).toContain(
      'go: GOMODCACHE entry is relative; must be absolute path: "relhome/go/pkg/mod".',
    );
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['export HOME=/home/alice']);
  });

  it('reports HOME="~" with its own message: every command fails on the "~/go" GOPATH', () => {
    const r = runCheck(check, goEnvFailed(setEnv(linuxFacts(), 'HOME', '~')));
    expect(r.findings[0]?.code).toBe('tilde');
    expect(r.findings[0]?.why).toContain(`GOPATH entry cannot start with shell metacharacter '~'`);
  });

  it('with GOPATH set and the cache relative, go test fails from go1.21 but not on go1.19', () => {
    const f = goSays(
      setEnv(setEnv(linuxFacts(), 'HOME', 'relhome'), 'GOPATH', '/srv/go'),
      'GOCACHE',
      'relhome/.cache/go-build',
    );
    const r = runCheck(check, f);
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.data.fails).toEqual(['gocache-test']);
    const old = runCheck(check, setGoVersion(f, '1.19.8'));
    expect(old.findings[0]?.severity).toBe('warning');
    expect(old.findings[0]?.data.risks).toEqual(['gocache', 'goenv']);
  });

  it('is a warning when only the go env file is affected', () => {
    let f = setEnv(setEnv(linuxFacts(), 'HOME', 'relhome'), 'GOPATH', '/srv/go');
    f = setEnv(f, 'XDG_CACHE_HOME', '/srv/cache');
    const r = runCheck(check, f);
    expect(r.findings[0]?.severity).toBe('warning');
    expect(r.findings[0]?.vars).toEqual(['HOME', 'GOENV']);
  });

  it('is silent when HOME is unset (home-unset)', () => {
    expect(runCheck(check, setEnv(linuxFacts(), 'HOME', undefined)).findings).toEqual([]);
  });
});
