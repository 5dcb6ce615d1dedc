import { describe, expect, it } from 'vitest';
import { linuxFacts, setEnv } from '../../../test/support/facts.js';
import type { Policy } from '../../core/policy.js';
import { runChecks } from '../../core/run.js';
import { matchesPrefixPatterns, violates } from '../_lib/policy.js';
import check from './policy-require.js';

const policy = (require: Policy['require']): Policy => ({
  file: '.go-doctor.yaml',
  require,
  minFree: {},
  severity: {},
  disable: [],
});

const findings = (facts = linuxFacts(), p: Policy | null = null) =>
  runChecks([check], facts, { policy: p }).results[0]?.findings ?? [];

describe('policy-require', () => {
  it('does nothing without a policy', () => {
    expect(findings()).toEqual([]);
  });

  it('reports a value that is not the required one, with a fix that sets it where it is set', () => {
    const f = setEnv(linuxFacts(), 'GOFLAGS', '-mod=mod');
    const got = findings(f, policy({ GOFLAGS: { equals: '-mod=readonly', line: 3 } }));
    expect(got).toHaveLength(1);
    expect(got[0]?.severity).toBe('error');
    expect(got[0]?.vars).toEqual(['GOFLAGS']);
    expect(got[0]?.data).toMatchObject({ name: 'GOFLAGS', value: '-mod=mod', line: 3 });
    expect(got[0]?.fixes).toContainEqual({ kind: 'set-env', var: 'GOFLAGS', value: '-mod=readonly' });
  });

  it('accepts a satisfied rule and honours a rule severity', () => {
    const f = setEnv(linuxFacts(), 'GOFLAGS', '-trimpath -mod=readonly');
    expect(findings(f, policy({ GOFLAGS: { contains: '-mod=readonly', line: 1 } }))).toEqual([]);
    const w = findings(f, policy({ GOFLAGS: { contains: '-mod=vendor', severity: 'warning', line: 1 } }));
    expect(w[0]?.severity).toBe('warning');
    expect(w[0]?.fixes[0]?.kind).toBe('advice');
  });
});

describe('rule evaluation', () => {
  it('matches each kind of rule', () => {
    expect(violates('GO111MODULE', 'on', { equals: 'on', line: 1 })).toBe(false);
    expect(violates('GO111MODULE', 'auto', { oneOf: ['on', ''], line: 1 })).toBe(true);
    expect(
      violates('GOPROXY', 'https://goproxy.corp.example.com,direct', {
        startsWith: 'https://goproxy.corp',
        line: 1,
      }),
    ).toBe(false);
    expect(violates('GOPROXY', 'https://a,direct', { contains: 'direct', line: 1 })).toBe(false);
    expect(violates('GOPROXY', 'https://a,directory', { contains: 'direct', line: 1 })).toBe(true);
    expect(violates('GOFLAGS', '-mod=readonlyx', { contains: '-mod=readonly', line: 1 })).toBe(true);
    expect(violates('CGO_ENABLED', '0', { pattern: '[01]', line: 1 })).toBe(false);
    expect(violates('CGO_ENABLED', '10', { pattern: '[01]', line: 1 })).toBe(true);
  });

  it('matches GOPRIVATE patterns as go does (leading path elements, globs per element)', () => {
    expect(matchesPrefixPatterns('*.corp.example.com', 'git.corp.example.com/team/repo')).toBe(true);
    expect(matchesPrefixPatterns('corp.example.com/team', 'corp.example.com/team/repo')).toBe(true);
    expect(matchesPrefixPatterns('corp.example.com/team', 'corp.example.com/other/repo')).toBe(false);
    expect(matchesPrefixPatterns('*.corp.example.com', 'corp.example.com/x')).toBe(false);
    expect(matchesPrefixPatterns('github.com/a,*.corp.example.com', 'x.corp.example.com')).toBe(true);
  });
});
