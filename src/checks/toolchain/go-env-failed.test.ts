import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck } from '../../../test/support/facts.js';
import type { Facts, GoEnvQuery } from '../../core/facts.js';
import check from './go-env-failed.js';

function failing(q: Partial<GoEnvQuery>): Facts {
  const f = linuxFacts();
  if (f.goEnv) Object.assign(f.goEnv, { ok: false, values: null, exitCode: 1 }, q);
  return f;
}

describe('go-env-failed', () => {
  it('passes when go env answered', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('passes when there is no go (go-missing reports that)', () => {
    const f = linuxFacts();
    f.goEnv = null;
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('reports a timeout with the limit', () => {
    const r = runCheck(
      check,
      failing({ timedOut: true, timeoutMs: 1500, exitCode: null, signal: 'SIGKILL' }),
    );
    expect(r.findings[0]?.code).toBe('timeout');
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.message).toContain('within 1.5 s');
  });

  it('reports a go that cannot start', () => {
    const r = runCheck(check, failing({ spawnError: 'EACCES', exitCode: null }));
    expect(r.findings[0]?.code).toBe('cannot-start');
    expect(r.findings[0]?.message).toContain('EACCES');
  });

  it('quotes an unknown failure', () => {
    const r = runCheck(check, failing({ exitCode: 3, stderr: 'go: something odd happened\n' }));
    expect(r.findings[0]?.code).toBe('failed');
    expect(r.findings[0]?.message).toContain('exit 3');
    expect(r.findings[0]?.message).toContain('something odd happened');
  });

  it('calls garbage on stdout with exit 0 a warning', () => {
    const r = runCheck(check, failing({ exitCode: 0, garbage: 'Welcome to my shim!' }));
    expect(r.findings[0]?.code).toBe('garbage');
    expect(r.findings[0]?.severity).toBe('warning');
  });

  it('leaves failures that a specific check explains to that check', () => {
    for (const stderr of [
      'go: cannot find GOROOT directory: /nonexistent\n',
      'go: GOPATH entry is relative; must be absolute path: "rel".\n',
      'go: unknown GOEXPERIMENT bogus\n',
    ]) {
      expect(runCheck(check, failing({ exitCode: 2, stderr })).findings).toEqual([]);
    }
  });
});
