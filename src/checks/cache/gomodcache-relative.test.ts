import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile, setGoVersion } from '../../../test/support/facts.js';
import check from './gomodcache-relative.js';

describe('gomodcache-relative', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('reports a relative GOMODCACHE from the environment as an error quoting go', () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOMODCACHE', 'relmc'));
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.vars).toEqual(['GOMODCACHE']);
    expect(f?.why).toContain('go: GOMODCACHE entry is relative; must be absolute path: "relmc".');
    expect(f?.fixes.map((x) => x.text)).toEqual(['unset GOMODCACHE']);
  });

  it('reports a relative value in the go env file, fixed with go env -u', () => {
    const r = runCheck(check, setEnvFile(linuxFacts(), 'GOMODCACHE', './mc'));
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['go env -u GOMODCACHE']);
  });

  it('explains an unexpanded ~', () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOMODCACHE', '~/go/pkg/mod'));
    expect(r.findings[0]?.message).toContain('~');
  });

  it('leaves a relative default from a relative HOME to the home checks', () => {
    const f = linuxFacts();
    f.env.HOME = 'relhome';
    if (f.goEnv?.values) {
      f.goEnv.values.GOPATH = '';
      f.goEnv.values.GOMODCACHE = 'relhome/go/pkg/mod';
    }
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('is silent for an absolute value', () => {
    expect(runCheck(check, setEnv(linuxFacts(), 'GOMODCACHE', '/srv/mod')).findings).toEqual([]);
  });

  it('uses Windows path rules', () => {
    const f = setEnv(linuxFacts(), 'GOMODCACHE', 'D:\\mod');
    f.host.os = 'windows';
    expect(runCheck(check, f).findings).toEqual([]);
    const g = setEnv(linuxFacts(), 'GOMODCACHE', 'mod');
    g.host.os = 'windows';
    expect(runCheck(check, g).findings).toHaveLength(1);
  });

  it('does not apply before Go 1.15', () => {
    expect(runCheck(check, setGoVersion(setEnv(linuxFacts(), 'GOMODCACHE', 'x'), '1.14.15')).status).toBe(
      'skipped',
    );
  });
});
