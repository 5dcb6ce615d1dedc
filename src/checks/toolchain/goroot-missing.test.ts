import { describe, expect, it } from 'vitest';
import {
  linuxFacts,
  runCheck,
  setEnv,
  setEnvFile,
  setGoVersion,
  setPath,
} from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import check from './goroot-missing.js';

/** GOROOT set to a directory that does not exist: go env fails at start-up. */
function brokenGoroot(f: Facts, where: 'env' | 'envfile', dir = '/opt/old-go'): Facts {
  if (where === 'env') setEnv(f, 'GOROOT', dir, undefined);
  else setEnvFile(f, 'GOROOT', dir, undefined);
  if (f.goEnv) {
    f.goEnv.ok = false;
    f.goEnv.exitCode = 2;
    f.goEnv.values = null;
    f.goEnv.stderr = `go: cannot find GOROOT directory: ${dir}\n`;
  }
  f.goroot = { path: dir, version: null, pkgTool: false };
  setPath(f, 'GOROOT', { path: dir, kind: 'missing', nearestExisting: '/opt' });
  return f;
}

/** The go binary was copied to ~/bin, outside any installation. */
function copiedBinary(f: Facts, trimmed: boolean): Facts {
  const b = f.goBinaries[0];
  if (!b) throw new Error('no go');
  b.path = '/home/alice/bin/go';
  b.realPath = '/home/alice/bin/go';
  b.goroot = null;
  if (trimmed) {
    b.version = null;
    b.versionSource = 'unknown';
    if (f.goEnv) {
      f.goEnv.ok = false;
      f.goEnv.exitCode = 2;
      f.goEnv.values = null;
      f.goEnv.stderr = "go: cannot find GOROOT directory: 'go' binary is trimmed and GOROOT is not set\n";
    }
  } else {
    setGoVersion(f, '1.19.8');
    b.versionSource = 'go env';
    if (f.goEnv?.values) f.goEnv.values.GOROOT = '/usr/lib/go-1.19';
    f.goroot = { path: '/usr/lib/go-1.19', version: '1.19.8', pkgTool: true };
    setPath(f, 'GOROOT', { path: '/usr/lib/go-1.19', kind: 'dir' });
  }
  return f;
}

describe('goroot-missing', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('reports a GOROOT from the environment that does not exist, fixed by unsetting it', () => {
    const r = runCheck(check, brokenGoroot(linuxFacts(), 'env'));
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.code).toBe('missing');
    expect(f?.vars).toEqual(['GOROOT']);
    expect(f?.message).toContain('"/opt/old-go"');
    expect(f?.why).toContain('go: cannot find GOROOT directory: "/opt/old-go"');
    expect(f?.fixes.map((x) => x.text)).toEqual(['unset GOROOT']);
  });

  it('fixes a broken GOROOT in the go env file by editing the file (go env -u cannot start)', () => {
    const r = runCheck(check, brokenGoroot(linuxFacts(), 'envfile'));
    expect(r.findings[0]?.message).toContain('go env -w');
    expect(r.findings[0]?.fixes[0]?.fix).toMatchObject({
      kind: 'edit-line',
      file: '/home/alice/.config/go/env',
      line: 1,
      from: 'GOROOT=/opt/old-go',
      to: '',
    });
  });

  it('reports GOROOT pointing at a file', () => {
    const f = brokenGoroot(linuxFacts(), 'env', '/etc/hostname');
    setPath(f, 'GOROOT', { path: '/etc/hostname', kind: 'file' });
    expect(runCheck(check, f).findings[0]?.code).toBe('missing');
  });

  it('reports an existing GOROOT that is not a Go tree', () => {
    const f = setEnv(linuxFacts(), 'GOROOT', '/tmp/empty');
    f.goroot = { path: '/tmp/empty', version: null, pkgTool: false };
    setPath(f, 'GOROOT', { path: '/tmp/empty', kind: 'dir' });
    const r = runCheck(check, f);
    expect(r.findings.map((x) => [x.code, x.severity])).toEqual([['not-go-tree', 'error']]);
    expect(r.findings[0]?.why).toContain('package fmt is not in std');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['unset GOROOT']);
  });

  it('reports a trimmed go binary copied out of its installation', () => {
    const r = runCheck(check, copiedBinary(linuxFacts(), true));
    expect(r.findings.map((x) => [x.code, x.severity])).toEqual([['trimmed', 'error']]);
    expect(r.findings[0]?.message).toContain('/home/alice/bin/go');
    expect(r.findings[0]?.why).toContain("'go' binary is trimmed and GOROOT is not set");
  });

  it('only informs about an untrimmed (Go 1.19) copy that uses its built-in GOROOT', () => {
    const r = runCheck(check, copiedBinary(linuxFacts(), false));
    expect(r.findings.map((x) => [x.code, x.severity])).toEqual([['built-in', 'info']]);
    expect(r.findings[0]?.message).toContain('/usr/lib/go-1.19');
  });

  it('reports a built-in GOROOT that does not exist', () => {
    const f = copiedBinary(linuxFacts(), true);
    if (f.goEnv) f.goEnv.stderr = 'go: cannot find GOROOT directory: /build/go\n';
    const r = runCheck(check, f);
    expect(r.findings.map((x) => [x.code, x.severity])).toEqual([['built-in-missing', 'error']]);
    expect(r.findings[0]?.message).toContain('/build/go');
  });

  it('is only a warning when GOTOOLCHAIN switches to a goX.Y.Z on PATH (selection runs first)', () => {
    const f = setEnv(brokenGoroot(linuxFacts(), 'env'), 'GOTOOLCHAIN', 'go1.99.0', undefined);
    f.goBinaries.push({
      name: 'go1.99.0',
      path: '/home/alice/go/bin/go1.99.0',
      pathIndex: 1,
      realPath: '/home/alice/sdk/go1.99.0/bin/go',
      goroot: '/home/alice/sdk/go1.99.0',
      version: '1.99.0',
      versionSource: 'VERSION file',
      executable: true,
    });
    const r = runCheck(check, f);
    expect(r.findings.map((x) => [x.code, x.severity])).toEqual([['missing', 'warning']]);
    expect(r.findings[0]?.why).toContain('only because GOTOOLCHAIN switches to go1.99.0');
  });

  it('leaves a GOROOT that works alone', () => {
    expect(runCheck(check, setEnv(linuxFacts(), 'GOROOT', '/usr/local/go')).findings).toEqual([]);
  });

  it('says nothing when there is no go on PATH', () => {
    const f = brokenGoroot(linuxFacts(), 'env');
    f.goBinaries = [];
    f.goEnv = null;
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('uses Windows paths and fixes', () => {
    const f = brokenGoroot(linuxFacts(), 'env', 'C:\\Go1.20');
    f.host.os = 'windows';
    f.host.shell = 'powershell';
    setPath(f, 'GOROOT', { path: 'C:\\Go1.20', kind: 'missing' });
    const r = runCheck(check, f, 'powershell');
    expect(r.findings[0]?.message).toContain('C:\\\\Go1.20');
    expect(r.findings[0]?.fixes[0]?.text).toBe('Remove-Item Env:GOROOT');
  });
});
