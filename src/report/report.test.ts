import { describe, expect, it } from 'vitest';
import { linuxFacts, setEnv } from '../../test/support/facts.js';
import { defineCheck } from '../core/check.js';
import { runChecks } from '../core/run.js';
import { renderJson } from './json.js';
import { buildReport } from './model.js';
import { renderText } from './text.js';

const cacheCheck = defineCheck({
  id: 'test-cache',
  title: 'The cache is fine',
  group: 'cache',
  vars: ['GOCACHE'],
  docs: 'test',
  messages: { off: { message: (d: { v: string }) => `GOCACHE is ${d.v}.`, why: () => 'Builds fail.' } },
  run(ctx, report) {
    const v = ctx.setting('GOCACHE').value;
    if (v === 'off') report('off', 'error', { v }, { fixes: ctx.fixSetting('GOCACHE', null) });
  },
});
const quiet = defineCheck({
  id: 'test-quiet',
  title: 'Nothing to see',
  group: 'toolchain',
  vars: ['GOROOT'],
  docs: 'test',
  messages: { x: { message: () => 'x' } },
  run: () => {},
});
const crash = defineCheck({
  id: 'test-crash',
  title: 'Crashes',
  group: 'network',
  vars: ['GOPROXY'],
  docs: 'test',
  messages: { x: { message: () => 'x' } },
  run: () => {
    throw new Error('boom');
  },
});
const checks = [quiet, cacheCheck, crash];

function report(shell?: 'fish') {
  const facts = setEnv(linuxFacts(), 'GOCACHE', 'off');
  const { results, context } = runChecks(checks, facts);
  return buildReport({
    facts,
    results,
    context,
    checks,
    toolVersion: '9.9.9',
    checkMs: 1.23,
    ...(shell ? { shell } : {}),
  });
}

describe('text report', () => {
  it('groups findings under a status line, with why and fix, and a summary', () => {
    const t = renderText(report(), { color: false, verbose: false });
    expect(t).toContain('go-doctor 9.9.9 · go1.23.5 linux/amd64 · /usr/local/go/bin/go');
    expect(t).toContain('[✓] Go toolchain');
    expect(t).toContain('[✗] Caches and temporary directories');
    expect(t).toContain('    ✗ GOCACHE is off. [test-cache]');
    expect(t).toContain('      Builds fail.');
    expect(t).toContain('      Fix: unset GOCACHE');
    expect(t).toContain('check test-crash crashed: boom');
    expect(t).toMatch(/✗ 1 error, 0 warnings, 0 notes, 1 crashed in 3 checks/);
    expect(t).not.toContain('\u001b[');
  });
  it('shows passing checks and timings with -v, ASCII glyphs on request, colour when enabled', () => {
    const t = renderText(report(), { color: false, verbose: true, ascii: true });
    expect(t).toMatch(/ok Nothing to see \(test-quiet, \d+\.\d\d ms\)/);
    expect(t).toContain('[X] Caches');
    expect(renderText(report(), { color: true, verbose: false })).toContain('\u001b[31m');
  });
  it('renders fixes for the chosen shell', () => {
    expect(renderText(report('fish'), { color: false, verbose: false })).toContain('Fix: set -e GOCACHE');
  });
});

describe('JSON report', () => {
  it('keeps the schemaVersion 1 contract', () => {
    const j = JSON.parse(renderJson(report()));
    expect(j.schemaVersion).toBe(1);
    expect(j.findings).toEqual([
      expect.objectContaining({
        id: 'test-cache',
        code: 'off',
        severity: 'error',
        group: 'cache',
        vars: ['GOCACHE'],
        message: 'GOCACHE is off.',
        why: 'Builds fail.',
        fixes: [{ kind: 'unset-env', var: 'GOCACHE', text: 'unset GOCACHE' }],
      }),
    ]);
    expect(j.summary).toEqual({
      errors: 1,
      warnings: 0,
      infos: 0,
      passed: 1,
      skipped: 0,
      crashed: 1,
      checks: 3,
    });
    expect(j.crashed).toEqual([{ id: 'test-crash', error: 'boom' }]);
    expect(j.checks.map((c: { id: string; status: string }) => `${c.id}:${c.status}`)).toEqual([
      'test-quiet:pass',
      'test-cache:error',
      'test-crash:crashed',
    ]);
  });
});
