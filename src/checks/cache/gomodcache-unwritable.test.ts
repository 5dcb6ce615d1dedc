import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setPath } from '../../../test/support/facts.js';
import check from './gomodcache-unwritable.js';

const ROVOL = { free: 1e9, total: 2e9, mountPoint: '/srv/ro', fsType: 'ext4', readOnly: true };

describe('gomodcache-unwritable', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('reports a file as an error quoting go', () => {
    const f = setEnv(linuxFacts(), 'GOMODCACHE', '/srv/file');
    setPath(f, 'GOMODCACHE', { path: '/srv/file', kind: 'file' });
    const r = runCheck(check, f);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.vars).toEqual(['GOMODCACHE']);
    expect(r.findings[0]?.why).toContain('could not create module cache: "..." is not a directory');
    expect(r.findings[0]?.fixes[0]?.text).toBe('unset GOMODCACHE');
  });

  it('reports a missing cache that cannot be created', () => {
    const f = setEnv(linuxFacts(), 'GOMODCACHE', '/srv/ro/mc');
    setPath(f, 'GOMODCACHE', {
      path: '/srv/ro/mc',
      kind: 'missing',
      nearestExisting: '/srv/ro',
      writable: false,
      volume: ROVOL,
    });
    const r = runCheck(check, f);
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.message).toContain('cannot be created');
  });

  it('reports an empty read-only cache as an error', () => {
    const f = setEnv(linuxFacts(), 'GOMODCACHE', '/srv/ro');
    setPath(f, 'GOMODCACHE', { path: '/srv/ro', kind: 'dir', writable: false, empty: true, volume: ROVOL });
    const r = runCheck(check, f);
    expect(r.findings[0]?.code).toBe('readonly-empty');
    expect(r.findings[0]?.severity).toBe('error');
  });

  it('reports a populated read-only cache only as a warning (go reads it fine)', () => {
    const f = setEnv(linuxFacts(), 'GOMODCACHE', '/srv/ro');
    setPath(f, 'GOMODCACHE', { path: '/srv/ro', kind: 'dir', writable: false, empty: false, volume: ROVOL });
    const r = runCheck(check, f);
    expect(r.findings[0]?.code).toBe('readonly');
    expect(r.findings[0]?.severity).toBe('warning');
    expect(r.findings[0]?.message).toContain('anything new fails to download');
  });

  it('names GOPATH for the default cache', () => {
    const f = setPath(linuxFacts(), 'GOMODCACHE', { path: '/home/alice/go/pkg/mod', kind: 'file' });
    const r = runCheck(check, f);
    expect(r.findings[0]?.vars).toEqual(['GOMODCACHE', 'GOPATH']);
    expect(r.findings[0]?.fixes[0]?.fix.kind).toBe('advice');
  });

  it('is silent for a creatable missing cache and leaves relative values to gomodcache-relative', () => {
    const f = setPath(linuxFacts(), 'GOMODCACHE', {
      path: '/home/alice/go/pkg/mod',
      kind: 'missing',
      nearestExisting: '/home/alice',
      writable: true,
    });
    expect(runCheck(check, f).findings).toEqual([]);
    expect(runCheck(check, setEnv(linuxFacts(), 'GOMODCACHE', 'rel')).findings).toEqual([]);
  });

  it('leaves a default cache under an unusable HOME to the home checks', () => {
    const f = linuxFacts();
    setPath(f, 'HOME', { path: '/home/alice', kind: 'file' });
    setPath(f, 'GOMODCACHE', { path: '/home/alice/go/pkg/mod', kind: 'missing', error: 'ENOTDIR' });
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('names HOME when the default cache cannot be created because HOME is read-only (scenario home-readonly)', () => {
    const f = setPath(linuxFacts(), 'HOME', {
      path: '/home/alice',
      kind: 'dir',
      writable: false,
      volume: ROVOL,
    });
    setPath(f, 'GOMODCACHE', {
      path: '/home/alice/go/pkg/mod',
      kind: 'missing',
      nearestExisting: '/home/alice',
      writable: false,
      volume: ROVOL,
    });
    const r = runCheck(check, f);
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.vars).toEqual(['GOMODCACHE', 'GOPATH', 'HOME']);
  });
});
