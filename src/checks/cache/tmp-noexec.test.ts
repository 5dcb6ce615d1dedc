import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setPath } from '../../../test/support/facts.js';
import check from './tmp-noexec.js';

const NOEXEC = { free: 1e9, total: 2e9, mountPoint: '/tmp', fsType: 'tmpfs', noexec: true };

describe('tmp-noexec', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('reports a noexec /tmp as an error naming TMPDIR, fixed with GOTMPDIR next to the cache', () => {
    const f = setPath(linuxFacts(), 'TMPDIR', { path: '/tmp', kind: 'dir', writable: true, volume: NOEXEC });
    const r = runCheck(check, f);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.vars).toEqual(['TMPDIR']);
    expect(r.findings[0]?.why).toContain('fork/exec');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual([
      'mkdir -p /home/alice/.cache/go-tmp',
      'go env -w GOTMPDIR=/home/alice/.cache/go-tmp',
    ]);
  });

  it('reports a noexec GOTMPDIR naming GOTMPDIR, fixed where it is set', () => {
    const f = setEnv(linuxFacts(), 'GOTMPDIR', '/mnt/nx');
    setPath(f, 'GOTMPDIR', {
      path: '/mnt/nx',
      kind: 'dir',
      writable: true,
      volume: { ...NOEXEC, mountPoint: '/mnt/nx' },
    });
    const r = runCheck(check, f);
    expect(r.findings[0]?.vars).toEqual(['GOTMPDIR']);
    expect(r.findings[0]?.fixes.map((x) => x.text)[1]).toBe('export GOTMPDIR=/home/alice/.cache/go-tmp');
  });

  it('is silent when GOTMPDIR moves the work directory off a noexec /tmp', () => {
    const f = setEnv(linuxFacts(), 'GOTMPDIR', '/srv/tmp');
    setPath(f, 'GOTMPDIR', {
      path: '/srv/tmp',
      kind: 'dir',
      writable: true,
      volume: { free: 1e9, total: 2e9 },
    });
    setPath(f, 'TMPDIR', { path: '/tmp', kind: 'dir', writable: true, volume: NOEXEC });
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('gives advice when the cache is on a noexec volume too', () => {
    const f = setPath(linuxFacts(), 'TMPDIR', { path: '/tmp', kind: 'dir', writable: true, volume: NOEXEC });
    setPath(f, 'GOCACHE', { path: '/home/alice/.cache/go-build', kind: 'dir', volume: NOEXEC });
    expect(runCheck(check, f).findings[0]?.fixes[0]?.fix.kind).toBe('advice');
  });

  it('leaves a missing work directory to tmpdir-invalid', () => {
    const f = setPath(linuxFacts(), 'TMPDIR', { path: '/tmp', kind: 'missing', volume: NOEXEC });
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('does not run on Windows or macOS', () => {
    const f = setPath(linuxFacts(), 'TMPDIR', { path: '/tmp', kind: 'dir', volume: NOEXEC });
    f.host.os = 'darwin';
    expect(runCheck(check, f).status).toBe('skipped');
  });
});
