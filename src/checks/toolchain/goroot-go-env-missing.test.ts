import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile, setGoVersion } from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import check from './goroot-go-env-missing.js';

/** $GOROOT/go.env is missing; go env reports what it then sees. */
function noGoEnv(f: Facts): Facts {
  if (f.gorootEnvFile) {
    f.gorootEnvFile.exists = false;
    f.gorootEnvFile.entries = [];
  }
  if (f.goEnv?.values) {
    f.goEnv.values.GOPROXY = '';
    f.goEnv.values.GOSUMDB = '';
  }
  return f;
}

describe('goroot-go-env-missing', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('is an error when GOPROXY ends up empty, naming GOPROXY', () => {
    const r = runCheck(check, noGoEnv(linuxFacts()));
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.code).toBe('no-proxy');
    expect(f?.vars).toEqual(['GOROOT', 'GOPROXY', 'GOSUMDB', 'GOTOOLCHAIN']);
    expect(f?.message).toContain('"/usr/local/go/go.env" is missing');
    expect(f?.why).toContain('GOPROXY list is not the empty string, but contains no entries');
    expect(f?.fixes.map((x) => x.text)).toEqual([
      'go env -w GOPROXY=https://proxy.golang.org,direct',
      'go env -w GOSUMDB=sum.golang.org',
      'Reinstall Go from https://go.dev/dl/ so that /usr/local/go/go.env exists again.',
    ]);
  });

  it('is an error whatever the module requires: fetching any new module fails', () => {
    const f = noGoEnv(linuxFacts());
    if (f.module.gomod) f.module.gomod.requires = 0;
    expect(runCheck(check, f).findings.map((x) => [x.code, x.severity])).toEqual([['no-proxy', 'error']]);
  });

  it('is an error when GOPROXY is set elsewhere but GOSUMDB stays empty', () => {
    const f = setEnv(noGoEnv(linuxFacts()), 'GOPROXY', 'https://goproxy.example');
    const r = runCheck(check, f);
    expect(r.findings.map((x) => [x.code, x.severity])).toEqual([['no-proxy', 'error']]);
    expect(r.findings[0]?.vars).toEqual(['GOROOT', 'GOSUMDB', 'GOTOOLCHAIN']);
    expect(r.findings[0]?.message).toContain('GOSUMDB and GOTOOLCHAIN are empty');
    expect(r.findings[0]?.why).toContain('missing GOSUMDB');
  });

  it('is a warning when only GOTOOLCHAIN stays empty', () => {
    const f = setEnv(
      setEnv(noGoEnv(linuxFacts()), 'GOPROXY', 'https://goproxy.example'),
      'GOSUMDB',
      'sum.golang.org',
    );
    const r = runCheck(check, f);
    expect(r.findings.map((x) => [x.code, x.severity, x.vars])).toEqual([
      ['missing', 'warning', ['GOROOT', 'GOTOOLCHAIN']],
    ]);
  });

  it('says nothing when the go env file sets all three', () => {
    const f = noGoEnv(linuxFacts());
    setEnvFile(f, 'GOPROXY', 'https://goproxy.example');
    setEnvFile(f, 'GOSUMDB', 'sum.golang.org');
    setEnvFile(f, 'GOTOOLCHAIN', 'local');
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('leaves an empty GOPROXY line in the go env file to goproxy-empty', () => {
    const f = setEnvFile(noGoEnv(linuxFacts()), 'GOPROXY', '');
    const r = runCheck(check, f);
    expect(r.findings.map((x) => x.code)).toEqual(['no-proxy']);
    expect(r.findings[0]?.vars).not.toContain('GOPROXY');
  });

  it('does not apply to Go 1.19, which has no go.env', () => {
    const f = setGoVersion(noGoEnv(linuxFacts()), '1.19.8');
    if (f.goEnv?.values) {
      f.goEnv.values.GOPROXY = 'https://proxy.golang.org,direct';
      f.goEnv.values.GOSUMDB = 'sum.golang.org';
    }
    expect(runCheck(check, f).status).toBe('skipped');
  });

  it('leaves a missing GOROOT or a tree of another release to the GOROOT checks', () => {
    const a = noGoEnv(linuxFacts());
    if (a.goroot) a.goroot.pkgTool = false;
    expect(runCheck(check, a).findings).toEqual([]);
    const b = noGoEnv(linuxFacts());
    if (b.goroot) b.goroot.version = '1.19.8';
    expect(runCheck(check, b).findings).toEqual([]);
  });
});
