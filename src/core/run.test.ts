import { describe, expect, it } from 'vitest';
import { linuxFacts, setGoVersion } from '../../test/support/facts.js';
import { defineCheck } from './check.js';
import { runChecks } from './run.js';

const ok = defineCheck({
  id: 'test-ok',
  title: 'A check that reports',
  group: 'build',
  vars: ['GOOS'],
  docs: 'test',
  messages: { hi: { message: (d: { n: number }) => `n=${d.n}` } },
  run: (_ctx, report) => report('hi', 'warning', { n: 1 }),
});
const boom = defineCheck({
  id: 'test-boom',
  title: 'A check that throws',
  group: 'build',
  vars: ['GOOS'],
  docs: 'test',
  messages: { x: { message: () => 'x' } },
  run: () => {
    throw new Error('kaboom');
  },
});
const modern = defineCheck({
  id: 'test-modern',
  title: 'Only for new Go on Linux',
  group: 'build',
  vars: ['GOOS'],
  appliesTo: { go: { since: '1.21', before: '1.24' }, os: ['linux'] },
  docs: 'test',
  messages: { x: { message: () => 'x' } },
  run: (_ctx, report) => report('x', 'info', {}),
});

describe('runChecks', () => {
  it('turns a throwing check into a crashed result and runs the others', () => {
    const { results } = runChecks([boom, ok], linuxFacts());
    expect(results.map((r) => r.status)).toEqual(['crashed', 'warning']);
    expect(results[0]?.crash).toBe('kaboom');
    expect(results[1]?.findings[0]).toMatchObject({
      id: 'test-ok',
      code: 'hi',
      vars: ['GOOS'],
      data: { n: 1 },
    });
  });
  it('skips checks outside their Go versions and OSes, saying why', () => {
    expect(runChecks([modern], linuxFacts()).results[0]?.status).toBe('info');
    const old = runChecks([modern], setGoVersion(linuxFacts(), '1.19.8')).results[0];
    expect(old?.status).toBe('skipped');
    expect(old?.skipped).toContain('go1.19.8');
    expect(runChecks([modern], setGoVersion(linuxFacts(), '1.24rc1')).results[0]?.status).toBe('skipped');
    const win = linuxFacts();
    win.host.os = 'windows';
    expect(runChecks([modern], win).results[0]?.skipped).toBe('only for linux');
  });
  it('honours only and ignore', () => {
    expect(runChecks([ok, boom], linuxFacts(), { only: ['test-ok'] }).results.map((r) => r.id)).toEqual([
      'test-ok',
    ]);
    expect(runChecks([ok, boom], linuxFacts(), { ignore: ['test-ok'] }).results.map((r) => r.id)).toEqual([
      'test-boom',
    ]);
  });
  it('rejects a report with an undeclared message code', () => {
    const bad = defineCheck({
      id: 'test-bad-code',
      title: 'Reports a code it did not declare',
      group: 'build',
      vars: ['GOOS'],
      docs: 'test',
      messages: { a: { message: () => 'a' } },
      run: (_ctx, report) => (report as (code: string, s: 'info', d: object) => void)('b', 'info', {}),
    });
    expect(runChecks([bad], linuxFacts()).results[0]?.status).toBe('crashed');
  });
  it('refuses ids that are not kebab-case', () => {
    expect(() => defineCheck({ ...ok, id: 'Not_Kebab' })).toThrow(/kebab-case/);
  });
});
