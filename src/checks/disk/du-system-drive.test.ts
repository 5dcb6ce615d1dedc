import { describe, expect, it } from 'vitest';
import { diskFindings, duFixture, fixTexts, GiB, linuxWith, loc } from '../../../test/support/du.js';
import { runCheck } from '../../../test/support/facts.js';
import type { DuVolume, Facts } from '../../core/facts.js';
import check from './du-system-drive.js';

describe('du-system-drive', () => {
  const sys: DuVolume = { path: '/', free: 40 * GiB, total: 100 * GiB, system: true };
  const data: DuVolume = { path: '/data', free: 900 * GiB, total: 1000 * GiB };
  const make = (bytes: number): Facts =>
    linuxWith({
      locations: [loc('GOMODCACHE', '/home/alice/go/pkg/mod', bytes, sys)],
      volumes: [sys, data],
      durationMs: 1,
    });
  it('caches on / while /data has room and / is not low: a note when worth moving, nothing when small', () => {
    const [f] = runCheck(check, make(5 * GiB)).findings;
    expect(f?.severity).toBe('info');
    expect(f?.message).toBe(
      'GOMODCACHE (5 GiB) is on the system drive /, which has 40 GiB free (40%); /data has 900 GiB free (90%).',
    );
    expect(fixTexts(f)).toEqual(['go clean -modcache', 'go env -w GOMODCACHE=/data/go/pkg/mod']);
    expect(runCheck(check, make(100 * 1024 ** 2)).findings).toEqual([]);
  });
  it('a warning when the system drive is low; the fix is rendered in the user shell', () => {
    const facts = duFixture('windows-c-full.json');
    const [f] = diskFindings(facts, undefined, [check]);
    expect(f?.severity).toBe('warning');
    expect(f?.message).toMatch(
      /^GOCACHE \(13\.8 GiB\) and GOMODCACHE \(8 GiB\) are on the system drive C:\\/,
    );
    const fish = runCheck(check, facts, 'fish').findings[0];
    expect(fixTexts(fish)).toContain("go env -w GOCACHE='D:\\\\go\\\\cache'");
  });
  it('no other volume with room: nothing', () => {
    const full: DuVolume = { ...data, free: 1 * GiB };
    const f = linuxWith({
      locations: [loc('GOMODCACHE', '/m', 5 * GiB, sys)],
      volumes: [sys, full],
      durationMs: 1,
    });
    expect(runCheck(check, f).findings).toEqual([]);
  });
});
