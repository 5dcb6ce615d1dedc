import { describe, expect, it } from 'vitest';
import { diskFindings, fixTexts, GiB, linuxWith, loc } from '../../../test/support/du.js';
import { runCheck } from '../../../test/support/facts.js';
import type { DuVolume } from '../../core/facts.js';
import check from './du-volume-low.js';

const part = (name: string, bytes: number) => ({
  name,
  paths: [],
  bytes,
  files: 1,
  dirs: 0,
  links: 0,
  errorCount: 0,
  errors: [],
});

describe('du-volume-low', () => {
  const root: DuVolume = { path: '/', free: 3 * GiB, total: 100 * GiB, system: true };
  const facts = linuxWith({
    locations: [
      loc('GOCACHE', '/home/alice/.cache/go-build', 2 * GiB, root, {
        parts: [part('build', 2 * GiB), part('fuzz', GiB / 2)],
      }),
      loc('GOMODCACHE', '/home/alice/go/pkg/mod', GiB, root),
    ],
    volumes: [root],
    durationMs: 1,
  });
  it('reports a cache volume below --min-free with what each go clean frees there', () => {
    const [f, ...rest] = runCheck(check, facts).findings;
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.vars).toEqual(['GOCACHE', 'GOMODCACHE']);
    expect(f?.message).toBe(
      'The volume / holding GOCACHE and GOMODCACHE has 3 GiB free of 100 GiB (3%), below --min-free 10% and 10 GiB.',
    );
    expect(f?.why).toContain(
      'go clean -cache frees 2 GiB; go clean -fuzzcache frees 512 MiB; go clean -modcache frees 1 GiB.',
    );
    expect(fixTexts(f)).toEqual(['go clean -cache', 'go clean -fuzzcache', 'go clean -modcache']);
  });
  it('follows --min-free: a percentage alone, or a size alone', () => {
    expect(diskFindings(facts, { minFree: { percent: 2 }, maxCache: 100 * GiB }, [check])).toEqual([]);
    const bySize = diskFindings(facts, { minFree: { bytes: 4 * GiB }, maxCache: 100 * GiB }, [check]);
    expect(bySize[0]?.message).toContain('below --min-free 4 GiB.');
  });
  it('says nothing without a du part', () => {
    expect(runCheck(check, linuxWith({ locations: [], volumes: [], durationMs: 0 })).findings).toEqual([]);
  });
});
