import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linuxFacts } from '../../test/support/facts.js';
import { DEFAULT_THRESHOLDS, duExitCode, duView, GiB, isLow, parseMinFree, parseSize } from './du.js';
import type { DuFacts, DuLocation, DuVolume, Facts } from './facts.js';
import { parseFacts } from './factsfile.js';

const fixture = (name: string): Facts => {
  const file = path.join(import.meta.dirname, '../../test/fixtures/du', name);
  return parseFacts(readFileSync(file, 'utf8'), file);
};

function loc(
  v: string,
  p: string,
  bytes: number,
  volume: DuVolume,
  extra: Partial<DuLocation> = {},
): DuLocation {
  return {
    var: v,
    path: p,
    exists: true,
    bytes,
    files: 10,
    dirs: 1,
    links: 0,
    errorCount: 0,
    errors: [],
    volume,
    ...extra,
  };
}

function linuxWith(du: DuFacts): Facts {
  const f = linuxFacts();
  f.du = du;
  return f;
}

describe('thresholds', () => {
  it('parses sizes and percentages', () => {
    expect(parseSize('10GiB')).toBe(10 * GiB);
    expect(parseSize('10G')).toBe(10 * GiB);
    expect(parseSize('10GB')).toBe(10e9);
    expect(parseSize('512 MiB')).toBe(512 * 1024 ** 2);
    expect(parseSize('1000')).toBe(1000);
    expect(parseSize('ten')).toBeUndefined();
    expect(parseSize('5XB')).toBeUndefined();
    expect(parseMinFree('15%')).toEqual({ percent: 15 });
    expect(parseMinFree('5GiB')).toEqual({ bytes: 5 * GiB });
    expect(parseMinFree('150%')).toBeUndefined();
  });
  it('default: low only below 10% and below 10 GiB', () => {
    const m = DEFAULT_THRESHOLDS.minFree;
    expect(isLow({ free: 5 * GiB, total: 100 * GiB }, m)).toBe(true);
    expect(isLow({ free: 300 * GiB, total: 4096 * GiB }, m)).toBe(false); // 7% of 4 TiB is plenty
    expect(isLow({ free: 9 * GiB, total: 50 * GiB }, m)).toBe(false); // 18%
    expect(isLow({ free: 9 * GiB, total: 50 * GiB }, { percent: 20 })).toBe(true);
    expect(isLow({ free: 9 * GiB, total: 50 * GiB }, { bytes: 10 * GiB })).toBe(true);
  });
});

describe('Windows snapshot: caches on a nearly full C:, D: has room', () => {
  const facts = fixture('windows-c-full.json');
  const view = duView(facts);
  const ids = view.findings.map((f) => f.id);
  it('reports the full volume, the system drive and the large GOCACHE', () => {
    expect(ids).toEqual(['du-volume-low', 'du-system-drive', 'du-gocache-large']);
    const low = view.findings[0];
    expect(low?.message).toContain(
      'The volume C:\\ holding GOCACHE and GOMODCACHE has 6 GiB free of 237 GiB (3%)',
    );
    const sys = view.findings[1];
    expect(sys?.severity).toBe('warning');
    expect(sys?.message).toContain('D:\\ has 800 GiB free');
    expect(sys?.fix).toEqual([
      'go clean -cache',
      'go env -w GOCACHE=D:\\go\\cache',
      'go clean -modcache',
      'go env -w GOMODCACHE=D:\\go\\pkg\\mod',
    ]);
    expect(duExitCode(view, 'warning')).toBe(1);
    expect(duExitCode(view, 'never')).toBe(0);
  });
  it('says what each go clean flag frees', () => {
    const by = Object.fromEntries(view.cleanups.map((c) => [c.command, c.reclaims]));
    expect(by).toEqual({
      'go clean -cache': Math.floor(13.5 * GiB),
      'go clean -testcache': 0,
      'go clean -fuzzcache': 300 * 1024 ** 2,
      'go clean -modcache': 8 * GiB,
    });
  });
  it('follows the thresholds', () => {
    const relaxed = duView(facts, { minFree: { bytes: 1 * GiB }, maxCache: 20 * GiB });
    // C: is no longer "low", but the 21.8 GiB of caches are still worth moving: info only.
    expect(relaxed.findings.map((f) => [f.id, f.severity])).toEqual([['du-system-drive', 'info']]);
    expect(duExitCode(relaxed, 'warning')).toBe(0);
    expect(duExitCode(relaxed, 'info')).toBe(1);
  });
});

describe('Linux', () => {
  const root: DuVolume = { path: '/', free: 3 * GiB, total: 100 * GiB, system: true };
  it('a full / with no other volume: the volume finding only', () => {
    const f = linuxWith({
      locations: [
        loc('GOCACHE', '/home/alice/.cache/go-build', 2 * GiB, root, {
          parts: [
            {
              name: 'build',
              paths: [],
              bytes: 2 * GiB,
              files: 1,
              dirs: 0,
              links: 0,
              errorCount: 0,
              errors: [],
            },
          ],
        }),
        loc('GOMODCACHE', '/home/alice/go/pkg/mod', GiB, root),
      ],
      volumes: [root],
      durationMs: 1,
    });
    const view = duView(f);
    expect(view.findings.map((x) => x.id)).toEqual(['du-volume-low']);
    expect(view.findings[0]?.fix).toEqual(['go clean -cache', 'go clean -modcache']);
    // No fuzz corpus, so no -fuzzcache suggestion.
    expect(view.cleanups.map((c) => c.command)).toEqual([
      'go clean -cache',
      'go clean -testcache',
      'go clean -modcache',
    ]);
  });
  it('caches on / while /data has room, / not low: info when worth moving, nothing when small', () => {
    const sys: DuVolume = { path: '/', free: 40 * GiB, total: 100 * GiB, system: true };
    const data: DuVolume = { path: '/data', free: 900 * GiB, total: 1000 * GiB };
    const make = (bytes: number): Facts =>
      linuxWith({
        locations: [loc('GOMODCACHE', '/home/alice/go/pkg/mod', bytes, sys)],
        volumes: [sys, data],
        durationMs: 1,
      });
    const big = duView(make(5 * GiB));
    expect(big.findings.map((x) => [x.id, x.severity])).toEqual([['du-system-drive', 'info']]);
    expect(big.findings[0]?.fix).toEqual(['go clean -modcache', 'go env -w GOMODCACHE=/data/go/pkg/mod']);
    expect(duView(make(100 * 1024 ** 2)).findings).toEqual([]);
  });
  it('no du part: no findings (the default check never walks)', () => {
    expect(duView(linuxFacts()).findings).toEqual([]);
  });
  it('unreadable entries: an info finding, sizes are lower bounds', () => {
    const f = linuxWith({
      locations: [
        loc('GOPATH[0]', '/home/alice/go', 100, root, {
          errorCount: 1,
          errors: [{ path: '/home/alice/go/x', code: 'EACCES' }],
        }),
      ],
      volumes: [{ ...root, free: 50 * GiB }],
      durationMs: 1,
    });
    const view = duView(f);
    expect(view.findings.map((x) => [x.id, x.severity])).toEqual([['du-unreadable', 'info']]);
    expect(view.findings[0]?.message).toContain('/home/alice/go/x: EACCES');
  });
});
