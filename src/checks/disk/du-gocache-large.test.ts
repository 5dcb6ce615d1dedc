import { describe, expect, it } from 'vitest';
import { diskFindings, fixTexts, GiB, linuxWith, loc } from '../../../test/support/du.js';
import { runCheck } from '../../../test/support/facts.js';
import type { DuVolume } from '../../core/facts.js';
import check from './du-gocache-large.js';

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

describe('du-gocache-large', () => {
  const vol: DuVolume = { path: '/', free: 500 * GiB, total: 1000 * GiB, system: true };
  const facts = (bytes: number) =>
    linuxWith({
      locations: [
        loc('GOCACHE', '/c', bytes, vol, { parts: [part('build', bytes - GiB), part('fuzz', GiB)] }),
      ],
      volumes: [vol],
      durationMs: 1,
    });
  it('reports a GOCACHE above --max-cache, with what go clean frees', () => {
    const [f] = runCheck(check, facts(12 * GiB)).findings;
    expect(f?.message).toBe('GOCACHE (/c) holds 12 GiB, more than --max-cache 10 GiB.');
    expect(f?.why).toContain('go clean -cache frees 11 GiB now and go clean -fuzzcache 1 GiB.');
    expect(fixTexts(f)).toEqual(['go clean -cache']);
  });
  it('follows --max-cache', () => {
    expect(runCheck(check, facts(9 * GiB)).findings).toEqual([]);
    expect(diskFindings(facts(9 * GiB), { minFree: {}, maxCache: 8 * GiB }, [check])).toHaveLength(1);
  });
});
