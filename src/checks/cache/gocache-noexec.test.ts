import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setGoVersion, setPath } from '../../../test/support/facts.js';
import check from './gocache-noexec.js';

const NOEXEC = { free: 1e9, total: 2e9, mountPoint: '/cache', fsType: 'tmpfs', noexec: true };

function noexecCache(version: string) {
  const f = setGoVersion(setEnv(linuxFacts(), 'GOCACHE', '/cache/go-build'), version);
  return setPath(f, 'GOCACHE', { path: '/cache/go-build', kind: 'dir', writable: true, volume: NOEXEC });
}

describe('gocache-noexec', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, setGoVersion(linuxFacts(), '1.26.8')).findings).toEqual([]);
  });

  it('reports a noexec build cache on Go 1.24+ as an error', () => {
    const r = runCheck(check, noexecCache('1.26.8'));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.vars).toEqual(['GOCACHE']);
    expect(r.findings[0]?.message).toContain('"/cache"');
    expect(r.findings[0]?.why).toContain('fork/exec');
    expect(r.findings[0]?.fixes[0]?.text).toBe('unset GOCACHE');
  });

  it('does not apply before Go 1.24 (nothing runs from the cache)', () => {
    expect(runCheck(check, noexecCache('1.23.5')).status).toBe('skipped');
  });

  it('also covers a missing cache whose volume is noexec', () => {
    const f = setGoVersion(linuxFacts(), '1.24.0');
    setPath(f, 'GOCACHE', {
      path: '/home/alice/.cache/go-build',
      kind: 'missing',
      nearestExisting: '/home/alice',
      writable: true,
      volume: { ...NOEXEC, mountPoint: '/home' },
    });
    const r = runCheck(check, f);
    expect(r.findings[0]?.vars).toEqual(['GOCACHE', 'HOME']);
  });
});
