import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv } from '../../../test/support/facts.js';
import { dirInfo, goSays, missingInfo } from '../_lib/pathlist.fixtures.js';
import check from './install-dir-unwritable.js';

describe('install-dir-unwritable', () => {
  it('passes on a healthy machine', () => {
    const f = linuxFacts();
    f.paths['GOPATH[0]/bin'] = dirInfo('/home/alice/go/bin');
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('reports a read-only GOBIN as an error naming GOBIN', () => {
    const f = setEnv(linuxFacts(), 'GOBIN', '/opt/bin');
    f.paths.GOBIN = dirInfo('/opt/bin', { writable: false, volume: { free: 1, total: 2, readOnly: true } });
    const r = runCheck(check, f);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.vars).toEqual(['GOBIN']);
    expect(r.findings[0]?.message).toContain('read-only file system');
    expect(r.findings[0]?.why).toContain('read-only file system');
  });

  it('reports GOPATH[0]/bin that is a file, naming GOPATH', () => {
    const f = linuxFacts();
    f.paths['GOPATH[0]/bin'] = { ...dirInfo('/home/alice/go/bin'), kind: 'file' };
    const r = runCheck(check, f);
    expect(r.findings[0]?.vars).toEqual(['GOPATH']);
    expect(r.findings[0]?.data.problem).toBe('not-dir');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual([
      'remove or rename /home/alice/go/bin',
      'mkdir -p /home/alice/go/bin',
    ]);
  });

  it('accepts a missing directory go can create, and reports one it cannot', () => {
    const f = setEnv(linuxFacts(), 'GOBIN', '/home/alice/new/bin');
    f.paths.GOBIN = missingInfo('/home/alice/new/bin', '/home/alice');
    expect(runCheck(check, f).findings).toEqual([]);
    f.paths.GOBIN = missingInfo('/opt/new/bin', '/opt', false);
    expect(runCheck(check, f).findings[0]?.data.problem).toBe('uncreatable');
  });

  it('reports a dangling GOBIN link', () => {
    const f = setEnv(linuxFacts(), 'GOBIN', '/home/alice/bin');
    f.paths.GOBIN = {
      path: '/home/alice/bin',
      absolute: true,
      kind: 'missing',
      symlink: { target: '/gone', resolved: null, dangling: true, loop: false },
    };
    expect(runCheck(check, f).findings[0]?.data.problem).toBe('dangling');
  });

  it('leaves relative GOBIN, empty GOPATH and a broken HOME to other checks', () => {
    expect(runCheck(check, setEnv(linuxFacts(), 'GOBIN', 'rel')).findings).toEqual([]);
    expect(runCheck(check, goSays(linuxFacts(), 'GOPATH', '')).findings).toEqual([]);
    const f = linuxFacts();
    f.paths.HOME = {
      path: '/home/alice',
      absolute: true,
      kind: 'missing',
      symlink: { target: '/gone', resolved: null, dangling: true, loop: false },
    };
    f.paths['GOPATH[0]/bin'] = {
      path: '/home/alice/go/bin',
      absolute: true,
      kind: 'missing',
      error: 'ENOTDIR',
    };
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('names HOME when the default install directory lies under an unwritable HOME', () => {
    const f = linuxFacts();
    f.paths.HOME = dirInfo('/home/alice', { writable: false });
    f.paths['GOPATH[0]/bin'] = missingInfo('/home/alice/go/bin', '/home/alice', false);
    const r = runCheck(check, f);
    expect(r.findings[0]?.vars).toEqual(['GOPATH', 'HOME']);
  });
});
