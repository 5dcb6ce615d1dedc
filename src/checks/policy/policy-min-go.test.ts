import { describe, expect, it } from 'vitest';
import { linuxFacts, setGoVersion } from '../../../test/support/facts.js';
import type { Policy } from '../../core/policy.js';
import { runChecks } from '../../core/run.js';
import check from './policy-min-go.js';

const base: Policy = { file: '.go-doctor.yaml', require: {}, minFree: {}, severity: {}, disable: [] };
const run = (facts: ReturnType<typeof linuxFacts>, p: Policy | null) =>
  runChecks([check], facts, { policy: p }).results[0]?.findings ?? [];

describe('policy-min-go', () => {
  it('compares the go on PATH with minGo', () => {
    const f = setGoVersion(linuxFacts(), '1.21.13');
    expect(run(f, null)).toEqual([]);
    const got = run(f, { ...base, minGo: '1.22', minGoLine: 4 });
    expect(got).toHaveLength(1);
    expect(got[0]?.data).toMatchObject({ local: '1.21.13', min: '1.22', from: '.go-doctor.yaml:4 minGo' });
    expect(run(f, { ...base, minGo: '1.21.5' })).toEqual([]);
  });

  it('defaults to the newer of the go.mod go and toolchain lines, and minGo: none turns that off', () => {
    const f = setGoVersion(linuxFacts(), '1.22.12');
    f.module.gomod = { path: '/w/go.mod', go: '1.22', toolchain: 'go1.23.4', godebug: [] };
    const got = run(f, base);
    expect(got[0]?.data).toMatchObject({ min: '1.23.4' });
    expect(String(got[0]?.data.from)).toContain('/w/go.mod');
    expect(run(f, { ...base, minGo: 'none' })).toEqual([]);
  });
});
