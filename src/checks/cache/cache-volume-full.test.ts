import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setPath } from '../../../test/support/facts.js';
import type { VolumeInfo } from '../../core/facts.js';
import check from './cache-volume-full.js';

const MiB = 1024 ** 2;

function vol(free: number, mountPoint = '/', extra: Partial<VolumeInfo> = {}): VolumeInfo {
  return { free, total: 100 * 1024 * MiB, mountPoint, fsType: 'ext4', ...extra };
}

/** All of home (GOCACHE, GOMODCACHE) and /tmp on one volume with `free` bytes. */
function allOn(free: number, extra: Partial<VolumeInfo> = {}) {
  const f = linuxFacts();
  const v = vol(free, '/', extra);
  for (const label of ['GOCACHE', 'GOMODCACHE', 'TMPDIR']) {
    const p = f.paths[label];
    if (p) p.volume = v;
  }
  return f;
}

describe('cache-volume-full', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('warns below 1 GiB, once per volume, naming everything on it', () => {
    const r = runCheck(check, allOn(300 * MiB));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.severity).toBe('warning');
    expect(r.findings[0]?.code).toBe('low');
    expect(r.findings[0]?.vars).toEqual(['GOCACHE', 'GOMODCACHE', 'TMPDIR']);
    expect(r.findings[0]?.message).toContain('300 MiB free');
    expect(r.findings[0]?.fixes.map((x) => x.text)[0]).toBe('go clean -cache');
  });

  it('reports a full build cache volume as an error', () => {
    const r = runCheck(check, allOn(0));
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.code).toBe('full');
  });

  it('reports a work directory with less than 2 MiB as an error (the linker needs room)', () => {
    const f = linuxFacts();
    setPath(f, 'TMPDIR', { path: '/tmp', kind: 'dir', writable: true, volume: vol(MiB, '/tmp') });
    const r = runCheck(check, f);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.vars).toEqual(['TMPDIR']);
    expect(r.findings[0]?.why).toContain('mapping output file failed');
  });

  it('only warns when 3 MiB are left in the work directory', () => {
    const f = linuxFacts();
    setPath(f, 'TMPDIR', { path: '/tmp', kind: 'dir', writable: true, volume: vol(3 * MiB, '/tmp') });
    expect(runCheck(check, f).findings[0]?.severity).toBe('warning');
  });

  it('reports a full module cache volume as an error, even when the cache is populated', () => {
    const populated = linuxFacts();
    setPath(populated, 'GOMODCACHE', {
      path: '/home/alice/go/pkg/mod',
      kind: 'dir',
      empty: false,
      volume: vol(0, '/mod'),
    });
    expect(runCheck(check, populated).findings[0]?.severity).toBe('error');
    const missing = setEnv(linuxFacts(), 'GOMODCACHE', '/mod/mc');
    setPath(missing, 'GOMODCACHE', {
      path: '/mod/mc',
      kind: 'missing',
      nearestExisting: '/mod',
      volume: vol(0, '/mod'),
    });
    const r = runCheck(check, missing);
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.vars).toEqual(['GOMODCACHE']);
    expect(r.findings[0]?.fixes.map((x) => x.fix.kind)).toEqual(['advice']);
  });

  it('counts the root reserve for root (ext4 lets root write into it)', () => {
    const f = allOn(0, { freePrivileged: 500 * MiB });
    f.host.uid = 0;
    const r = runCheck(check, f);
    expect(r.findings[0]?.severity).toBe('warning');
    f.host.uid = 1000;
    expect(runCheck(check, f).findings[0]?.severity).toBe('error');
  });

  it('skips read-only volumes (the unwritable checks report them)', () => {
    expect(runCheck(check, allOn(0, { readOnly: true })).findings).toEqual([]);
  });

  it('works without mount points (macOS, Windows) by grouping equal volumes', () => {
    const f = linuxFacts();
    f.host.os = 'windows';
    const v = { free: 10 * MiB, total: 100 * 1024 * MiB };
    f.env.TMP = 'C:\\Temp';
    if (f.goEnv?.values) {
      f.goEnv.values.GOCACHE = 'C:\\Users\\alice\\AppData\\Local\\go-build';
      f.goEnv.values.GOMODCACHE = 'C:\\Users\\alice\\go\\pkg\\mod';
    }
    f.paths.GOCACHE = {
      path: 'C:\\Users\\alice\\AppData\\Local\\go-build',
      absolute: true,
      kind: 'dir',
      volume: v,
    };
    f.paths.GOMODCACHE = { path: 'C:\\Users\\alice\\go\\pkg\\mod', absolute: true, kind: 'dir', volume: v };
    f.paths.TMPDIR = { path: 'C:\\Temp', absolute: true, kind: 'dir', writable: true, volume: v };
    const r = runCheck(check, f, 'powershell');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.vars).toEqual(['GOCACHE', 'GOMODCACHE', 'TMP']);
  });
});
