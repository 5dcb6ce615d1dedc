import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile, setPath } from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import check from './goroot-mismatch.js';

function otherRelease(f: Facts, dir = '/usr/lib/go-1.21', version = '1.21.13'): Facts {
  f.goroot = { path: dir, version, pkgTool: true };
  setPath(f, 'GOROOT', { path: dir, kind: 'dir' });
  return f;
}

describe('goroot-mismatch', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('reports GOROOT of another release as an error that names GOROOT', () => {
    const r = runCheck(check, otherRelease(setEnv(linuxFacts(), 'GOROOT', '/usr/lib/go-1.21')));
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.vars).toEqual(['GOROOT']);
    expect(f?.message).toContain('go1.21.13');
    expect(f?.message).toContain('go1.23.5');
    expect(f?.why).toContain('compile: version "go1.21.13" does not match go tool version "go1.23.5"');
    expect(f?.fixes.map((x) => x.text)).toEqual(['unset GOROOT']);
  });

  it('fixes a GOROOT from the go env file with go env -u', () => {
    const r = runCheck(check, otherRelease(setEnvFile(linuxFacts(), 'GOROOT', '/usr/lib/go-1.21')));
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['go env -u GOROOT']);
  });

  it('reports a go binary dropped into another release tree, with advice', () => {
    const f = otherRelease(linuxFacts(), '/usr/local/go', '1.22.12');
    const r = runCheck(check, f);
    expect(r.findings[0]?.message).toContain('where the go binary is installed');
    expect(r.findings[0]?.fixes[0]?.fix.kind).toBe('advice');
  });

  it('stays silent when GOTOOLCHAIN switches to another toolchain (it runs with its own GOROOT)', () => {
    const f = otherRelease(setEnv(linuxFacts(), 'GOROOT', '/usr/lib/go-1.21'));
    setEnv(f, 'GOTOOLCHAIN', 'go1.99.0');
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('stays silent when the versions are unknown or the tree is not a Go tree', () => {
    const a = otherRelease(linuxFacts());
    if (a.goroot) a.goroot.version = null;
    expect(runCheck(check, a).findings).toEqual([]);
    const b = otherRelease(linuxFacts());
    if (b.goroot) b.goroot.pkgTool = false;
    expect(runCheck(check, b).findings).toEqual([]);
  });
});
