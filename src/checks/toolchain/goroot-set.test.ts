import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile, setPath } from '../../../test/support/facts.js';
import check from './goroot-set.js';

describe('goroot-set', () => {
  it('passes when GOROOT is not set', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it("warns about GOROOT set to the go command's own installation", () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOROOT', '/usr/local/go'));
    expect(r.findings.map((x) => [x.code, x.severity])).toEqual([['same', 'warning']]);
    expect(r.findings[0]?.vars).toEqual(['GOROOT']);
    expect(r.findings[0]?.why).toContain('does not match go tool version');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['unset GOROOT']);
  });

  it('matches with a trailing slash, and through links', () => {
    expect(runCheck(check, setEnv(linuxFacts(), 'GOROOT', '/usr/local/go/')).findings[0]?.code).toBe('same');
    const f = setEnv(linuxFacts(), 'GOROOT', '/opt/go');
    setPath(f, 'GOROOT', { path: '/opt/go', kind: 'dir', realPath: '/usr/local/go' });
    expect(runCheck(check, f).findings[0]?.code).toBe('same');
  });

  it('fixes a GOROOT from the go env file with go env -u', () => {
    const r = runCheck(check, setEnvFile(linuxFacts(), 'GOROOT', '/usr/local/go'));
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['go env -u GOROOT']);
  });

  it('warns about another installation of the same release', () => {
    const f = setEnv(linuxFacts(), 'GOROOT', '/opt/go-1.23.5');
    setPath(f, 'GOROOT', { path: '/opt/go-1.23.5', kind: 'dir' });
    f.goroot = { path: '/opt/go-1.23.5', version: '1.23.5', pkgTool: true };
    const r = runCheck(check, f);
    expect(r.findings.map((x) => [x.code, x.severity])).toEqual([['other-copy', 'warning']]);
  });

  it('leaves a GOROOT of another release to goroot-mismatch and a missing one to goroot-missing', () => {
    const other = setEnv(linuxFacts(), 'GOROOT', '/usr/lib/go-1.21');
    other.goroot = { path: '/usr/lib/go-1.21', version: '1.21.13', pkgTool: true };
    setPath(other, 'GOROOT', { path: '/usr/lib/go-1.21', kind: 'dir' });
    expect(runCheck(check, other).findings).toEqual([]);
    const missing = setEnv(linuxFacts(), 'GOROOT', '/nope', undefined);
    setPath(missing, 'GOROOT', { path: '/nope', kind: 'missing' });
    expect(runCheck(check, missing).findings).toEqual([]);
    const notGo = setEnv(linuxFacts(), 'GOROOT', '/tmp');
    notGo.goroot = { path: '/tmp', version: null, pkgTool: false };
    expect(runCheck(check, notGo).findings).toEqual([]);
  });

  it('does not ask to unset the GOROOT a go binary outside any installation needs', () => {
    const f = setEnv(linuxFacts(), 'GOROOT', '/usr/local/go');
    const b = f.goBinaries[0];
    if (b) {
      b.path = '/home/alice/bin/go';
      b.goroot = null;
    }
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('compares Windows paths without regard to case', () => {
    const f = setEnv(linuxFacts(), 'GOROOT', 'c:\\program files\\go');
    f.host.os = 'windows';
    const b = f.goBinaries[0];
    if (b) {
      b.path = 'C:\\Program Files\\Go\\bin\\go.exe';
      b.realPath = b.path;
      b.goroot = 'C:\\Program Files\\Go';
    }
    setPath(f, 'GOROOT', { path: 'c:\\program files\\go', kind: 'dir' });
    expect(runCheck(check, f, 'powershell').findings[0]?.fixes[0]?.text).toBe('Remove-Item Env:GOROOT');
  });
});
