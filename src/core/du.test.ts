import { describe, expect, it } from 'vitest';
import { diskFindings, duFixture, fixTexts, GiB, linuxWith, loc } from '../../test/support/du.js';
import { linuxFacts } from '../../test/support/facts.js';
import { diskChecks } from '../checks/index.js';
import { DEFAULT_THRESHOLDS, duView, isLow, parseMinFree, parseSize } from './du.js';
import type { DuVolume } from './facts.js';
import { exitCodeFor, summarize } from './findings.js';
import { runChecks } from './run.js';

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

const exitCode = (
  facts: ReturnType<typeof linuxFacts>,
  failOn: 'warning' | 'info' | 'never',
  t = DEFAULT_THRESHOLDS,
) => {
  const { results } = runChecks(diskChecks, facts, { thresholds: t });
  return exitCodeFor(summarize(results, diskFindings(facts, t)), failOn);
};

describe('Windows snapshot: caches on a nearly full C:, D: has room', () => {
  const facts = duFixture('windows-c-full.json');
  const view = duView(facts);
  const findings = diskFindings(facts);
  it('reports the full volume, the system drive and the large GOCACHE', () => {
    expect(findings.map((f) => f.id)).toEqual(['du-gocache-large', 'du-system-drive', 'du-volume-low']);
    expect(findings[2]?.message).toContain(
      'The volume C:\\ holding GOCACHE and GOMODCACHE has 6 GiB free of 237 GiB (3%)',
    );
    const sys = findings[1];
    expect(sys?.severity).toBe('warning');
    expect(sys?.message).toContain('D:\\ has 800 GiB free');
    expect(fixTexts(sys)).toEqual([
      'go clean -cache',
      'go env -w GOCACHE=D:\\go\\cache',
      'go clean -modcache',
      'go env -w GOMODCACHE=D:\\go\\pkg\\mod',
    ]);
    expect(exitCode(facts, 'warning')).toBe(1);
    expect(exitCode(facts, 'never')).toBe(0);
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
    const relaxed = { minFree: { bytes: 1 * GiB }, maxCache: 20 * GiB };
    // C: is no longer "low", but the 21.8 GiB of caches are still worth moving: info only.
    expect(diskFindings(facts, relaxed).map((f) => [f.id, f.severity])).toEqual([
      ['du-system-drive', 'info'],
    ]);
    expect(exitCode(facts, 'warning', relaxed)).toBe(0);
    expect(exitCode(facts, 'info', relaxed)).toBe(1);
  });
});

describe('Linux', () => {
  const root: DuVolume = { path: '/', free: 3 * GiB, total: 100 * GiB, system: true };
  it('a full / with no other volume: the volume finding only', () => {
    const part = {
      name: 'build',
      paths: [],
      bytes: 2 * GiB,
      files: 1,
      dirs: 0,
      links: 0,
      errorCount: 0,
      errors: [],
    };
    const f = linuxWith({
      locations: [
        loc('GOCACHE', '/home/alice/.cache/go-build', 2 * GiB, root, { parts: [part] }),
        loc('GOMODCACHE', '/home/alice/go/pkg/mod', GiB, root),
      ],
      volumes: [root],
      durationMs: 1,
    });
    const findings = diskFindings(f);
    expect(findings.map((x) => x.id)).toEqual(['du-volume-low']);
    expect(fixTexts(findings[0])).toEqual(['go clean -cache', 'go clean -modcache']);
    // No fuzz corpus, so no -fuzzcache suggestion.
    expect(duView(f).cleanups.map((c) => c.command)).toEqual([
      'go clean -cache',
      'go clean -testcache',
      'go clean -modcache',
    ]);
  });
  it('no du part: no findings and nothing to show (the default check never walks)', () => {
    expect(diskFindings(linuxFacts())).toEqual([]);
    expect(duView(linuxFacts()).locations).toEqual([]);
  });
});
