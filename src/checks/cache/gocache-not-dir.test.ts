import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setPath } from '../../../test/support/facts.js';
import check from './gocache-not-dir.js';

const HOME_CACHE = '/home/alice/.cache/go-build';

describe('gocache-not-dir', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('reports GOCACHE=/dev/null as an error quoting go', () => {
    const f = setEnv(linuxFacts(), 'GOCACHE', '/dev/null');
    setPath(f, 'GOCACHE', { path: '/dev/null', kind: 'other', writable: true });
    const r = runCheck(check, f);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.vars).toEqual(['GOCACHE']);
    expect(r.findings[0]?.message).toContain('is not a directory');
    expect(r.findings[0]?.why).toContain('failed to initialize build cache');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['unset GOCACHE']);
  });

  it('reports a path under a regular file (ENOTDIR)', () => {
    const f = setEnv(linuxFacts(), 'GOCACHE', '/tmp/file/sub');
    setPath(f, 'GOCACHE', { path: '/tmp/file/sub', kind: 'missing', error: 'ENOTDIR' });
    expect(runCheck(check, f).findings[0]?.message).toContain('lies under a file');
  });

  it('reports a dangling symbolic link with "file exists"', () => {
    const f = setEnv(linuxFacts(), 'GOCACHE', '/tmp/link');
    setPath(f, 'GOCACHE', {
      path: '/tmp/link',
      kind: 'missing',
      symlink: { target: '/gone', resolved: null, dangling: true, loop: false },
    });
    const r = runCheck(check, f);
    expect(r.findings[0]?.message).toContain('"/gone", which does not exist');
    expect(r.findings[0]?.why).toContain('file exists');
  });

  it('names XDG_CACHE_HOME and gives advice when the default path is the problem', () => {
    const f = setEnv(linuxFacts(), 'XDG_CACHE_HOME', '/srv/xdg');
    if (f.goEnv?.values) f.goEnv.values.GOCACHE = '/srv/xdg/go-build';
    setPath(f, 'GOCACHE', { path: '/srv/xdg/go-build', kind: 'file' });
    const r = runCheck(check, f);
    expect(r.findings[0]?.vars).toEqual(['GOCACHE', 'XDG_CACHE_HOME']);
    expect(r.findings[0]?.fixes[0]?.fix.kind).toBe('advice');
  });

  it('is silent for a directory, a creatable missing path, and off', () => {
    expect(
      runCheck(check, setPath(linuxFacts(), 'GOCACHE', { path: HOME_CACHE, kind: 'dir' })).findings,
    ).toEqual([]);
    const missing = setPath(linuxFacts(), 'GOCACHE', {
      path: HOME_CACHE,
      kind: 'missing',
      nearestExisting: '/home/alice',
      writable: true,
    });
    expect(runCheck(check, missing).findings).toEqual([]);
    expect(runCheck(check, setEnv(linuxFacts(), 'GOCACHE', 'off')).findings).toEqual([]);
  });

  it('leaves a default cache under a broken HOME to the home checks', () => {
    const f = linuxFacts();
    f.env.HOME = '/etc/passwd';
    setPath(f, 'HOME', { path: '/etc/passwd', kind: 'file' });
    if (f.goEnv?.values) f.goEnv.values.GOCACHE = '/etc/passwd/.cache/go-build';
    setPath(f, 'GOCACHE', { path: '/etc/passwd/.cache/go-build', kind: 'missing', error: 'ENOTDIR' });
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('handles Windows paths', () => {
    const f = setEnv(linuxFacts(), 'GOCACHE', 'C:\\cache\\file.txt');
    f.host.os = 'windows';
    setPath(f, 'GOCACHE', { path: 'C:\\cache\\file.txt', kind: 'file' });
    f.paths.GOCACHE = { ...f.paths.GOCACHE, path: 'C:\\cache\\file.txt', absolute: true, kind: 'file' };
    expect(runCheck(check, f).findings[0]?.severity).toBe('error');
  });
});
