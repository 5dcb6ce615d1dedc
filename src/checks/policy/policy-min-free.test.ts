import { describe, expect, it } from 'vitest';
import { linuxFacts } from '../../../test/support/facts.js';
import type { Policy } from '../../core/policy.js';
import { runChecks } from '../../core/run.js';
import check from './policy-min-free.js';

const base: Policy = { file: '.go-doctor.yaml', require: {}, minFree: {}, severity: {}, disable: [] };

describe('policy-min-free', () => {
  it('reports a cache volume with less free space than required, as bytes or a percentage', () => {
    const f = linuxFacts(); // the support facts give every path a volume with 50e9 free of 100e9
    const run = (minFree: Policy['minFree']) =>
      runChecks([check], f, { policy: { ...base, minFree } }).results[0]?.findings ?? [];
    expect(run({ GOCACHE: { text: '10GiB', line: 2 } })).toEqual([]);
    const low = run({ GOCACHE: { text: '60GB', line: 2 }, GOMODCACHE: { text: '60%', line: 3 } });
    expect(low.map((x) => x.vars[0])).toEqual(['GOCACHE', 'GOMODCACHE']);
    expect(low[1]?.data.need).toContain('60%');
    expect(run({ GOMODCACHE: { text: '40%', line: 3 } })).toEqual([]);
  });
});
