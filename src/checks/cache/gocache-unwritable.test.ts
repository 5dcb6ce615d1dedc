import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile, setPath } from '../../../test/support/facts.js';
import check from './gocache-unwritable.js';

const ROVOL = { free: 1e9, total: 2e9, mountPoint: '/srv/ro', fsType: 'ext4', readOnly: true };

describe('gocache-unwritable', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('reports an existing read-only cache directory as an error', () => {
    const f = setEnv(linuxFacts(), 'GOCACHE', '/srv/ro/cache');
    setPath(f, 'GOCACHE', { path: '/srv/ro/cache', kind: 'dir', writable: false, volume: ROVOL });
    const r = runCheck(check, f);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.code).toBe('existing');
    expect(r.findings[0]?.message).toContain('read-only file system');
    expect(r.findings[0]?.fixes.map((x) => x.text)[0]).toBe('unset GOCACHE');
  });

  it('reports a directory without write permission (permission denied)', () => {
    const f = setEnvFile(linuxFacts(), 'GOCACHE', '/srv/cache');
    setPath(f, 'GOCACHE', { path: '/srv/cache', kind: 'dir', writable: false });
    const r = runCheck(check, f);
    expect(r.findings[0]?.why).toContain('permission denied');
    expect(r.findings[0]?.fixes.map((x) => x.text)[0]).toBe('go env -u GOCACHE');
  });

  it('reports a missing cache whose parent cannot be written', () => {
    const f = setEnv(linuxFacts(), 'GOCACHE', '/srv/ro/x/cache');
    setPath(f, 'GOCACHE', {
      path: '/srv/ro/x/cache',
      kind: 'missing',
      nearestExisting: '/srv/ro',
      writable: false,
      volume: ROVOL,
    });
    const r = runCheck(check, f);
    expect(r.findings[0]?.code).toBe('uncreatable');
    expect(r.findings[0]?.message).toContain('"/srv/ro" is on a read-only file system');
  });

  it('names HOME for the default cache under HOME', () => {
    const f = setPath(linuxFacts(), 'GOCACHE', {
      path: '/home/alice/.cache/go-build',
      kind: 'dir',
      writable: false,
    });
    const r = runCheck(check, f);
    expect(r.findings[0]?.vars).toEqual(['GOCACHE', 'HOME']);
    expect(r.findings[0]?.fixes[0]?.fix.kind).toBe('advice');
  });

  it('is silent when the missing cache can be created', () => {
    const f = setPath(linuxFacts(), 'GOCACHE', {
      path: '/home/alice/.cache/go-build',
      kind: 'missing',
      nearestExisting: '/home/alice',
      writable: true,
    });
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('stays silent when HOME is unset (GOCACHE is off; the home checks report)', () => {
    const f = setEnv(linuxFacts(), 'HOME', undefined);
    if (f.goEnv?.values) f.goEnv.values.GOCACHE = 'off';
    delete f.paths.GOCACHE;
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('leaves not-a-directory problems to gocache-not-dir', () => {
    const f = setEnv(linuxFacts(), 'GOCACHE', '/dev/null');
    setPath(f, 'GOCACHE', { path: '/dev/null', kind: 'other', writable: true });
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('names HOME when a set GOCACHE under an unwritable HOME cannot be created', () => {
    const f = setEnv(linuxFacts(), 'GOCACHE', '/home/alice/cache');
    setPath(f, 'HOME', { path: '/home/alice', kind: 'dir', writable: false });
    setPath(f, 'GOCACHE', {
      path: '/home/alice/cache',
      kind: 'missing',
      nearestExisting: '/home/alice',
      writable: false,
    });
    const r = runCheck(check, f);
    expect(r.findings[0]?.code).toBe('uncreatable');
    expect(r.findings[0]?.vars).toEqual(['GOCACHE', 'HOME']);
  });
});
