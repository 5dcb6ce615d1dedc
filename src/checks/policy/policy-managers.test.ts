import { describe, expect, it } from 'vitest';
import { linuxFacts } from '../../../test/support/facts.js';
import type { Policy } from '../../core/policy.js';
import { runChecks } from '../../core/run.js';
import check from './policy-managers.js';

const base: Policy = { file: '.go-doctor.yaml', require: {}, minFree: {}, severity: {}, disable: [] };

describe('policy-managers', () => {
  it('allows the installer the policy lists and reports another', () => {
    const f = linuxFacts(); // go at /usr/local/go/bin/go: the official tarball layout
    const run = (managers: string[]) =>
      runChecks([check], f, { policy: { ...base, managers, managersLine: 5 } }).results[0]?.findings ?? [];
    expect(run(['official'])).toEqual([]);
    const got = run(['homebrew', 'goenv']);
    expect(got).toHaveLength(1);
    expect(got[0]?.data).toMatchObject({ manager: 'official', allowed: 'homebrew, goenv', line: 5 });
  });
});
