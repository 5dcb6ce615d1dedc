import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv } from '../../../test/support/facts.js';
import { dirInfo, missingInfo } from '../_lib/pathlist.fixtures.js';
import check from './home-dangling.js';

const DANGLING = {
  path: '/home/alice',
  absolute: true,
  kind: 'missing' as const,
  symlink: { target: '/data/alice', resolved: null, dangling: true, loop: false },
};

describe('home-dangling', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('does not flag a valid symlinked HOME', () => {
    const f = linuxFacts();
    f.paths.HOME = dirInfo('/home/alice', {
      realPath: '/data/alice',
      symlink: { target: '/data/alice', resolved: '/data/alice', dangling: false, loop: false },
    });
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('reports a dangling HOME with the module cache, install dir and cache under it as an error', () => {
    const f = linuxFacts();
    f.paths.HOME = DANGLING;
    const r = runCheck(check, f);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.vars).toEqual(['HOME', 'GOPATH', 'GOMODCACHE', 'GOCACHE', 'GOENV']);
    expect(r.findings[0]?.message).toContain('symbolic link to a directory that does not exist');
    expect(r.findings[0]?.why).toContain('could not create module cache');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['mkdir -p /data/alice']);
  });

  it('is a warning when only the go env file lives under it', () => {
    let f = setEnv(linuxFacts(), 'GOPATH', '/srv/go');
    f = setEnv(setEnv(f, 'GOMODCACHE', '/srv/go/pkg/mod'), 'GOCACHE', '/srv/cache');
    f.paths.HOME = DANGLING;
    expect(runCheck(check, f).findings[0]?.severity).toBe('warning');
  });

  it('reports a HOME that is a file, or missing under an unwritable parent', () => {
    const f = linuxFacts();
    f.paths.HOME = { ...dirInfo('/home/alice'), kind: 'file' };
    expect(runCheck(check, f).findings[0]?.data.problem).toBe('not-dir');
    f.paths.HOME = missingInfo('/home/alice', '/home', false);
    expect(runCheck(check, f).findings[0]?.data.problem).toBe('uncreatable');
  });

  it('only warns about a missing HOME that go can create', () => {
    const f = linuxFacts();
    f.paths.HOME = missingInfo('/home/alice', '/home');
    const r = runCheck(check, f);
    expect(r.findings[0]?.code).toBe('missing');
    expect(r.findings[0]?.severity).toBe('warning');
    expect(r.findings[0]?.fixes[0]?.text).toBe('mkdir -p /home/alice');
  });

  it('leaves an unwritable (but existing) HOME to the cache checks', () => {
    const f = linuxFacts();
    f.paths.HOME = dirInfo('/home/alice', { writable: false });
    expect(runCheck(check, f).findings).toEqual([]);
  });
});
