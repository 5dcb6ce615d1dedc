import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile, setPath } from '../../../test/support/facts.js';
import check from './gotmpdir-invalid.js';

function withGotmpdir(value: string, info: Parameters<typeof setPath>[2] | null) {
  const f = setEnv(linuxFacts(), 'GOTMPDIR', value);
  if (info) setPath(f, 'GOTMPDIR', info);
  return f;
}

describe('gotmpdir-invalid', () => {
  it('passes on a healthy machine (GOTMPDIR unset)', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('passes for an existing writable directory', () => {
    expect(
      runCheck(check, withGotmpdir('/srv/tmp', { path: '/srv/tmp', kind: 'dir', writable: true })).findings,
    ).toEqual([]);
  });

  it('reports a missing directory as an error with mkdir and unset fixes', () => {
    const r = runCheck(
      check,
      withGotmpdir('/tmp/x/nonexist', { path: '/tmp/x/nonexist', kind: 'missing', nearestExisting: '/tmp' }),
    );
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.vars).toEqual(['GOTMPDIR']);
    expect(r.findings[0]?.why).toContain(
      'go: creating work dir: stat /tmp/x/nonexist: no such file or directory',
    );
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['mkdir -p /tmp/x/nonexist', 'unset GOTMPDIR']);
  });

  it('reports a file and a read-only directory', () => {
    const file = runCheck(check, withGotmpdir('/srv/f', { path: '/srv/f', kind: 'file' }));
    expect(file.findings[0]?.message).toContain('is not a directory');
    const ro = runCheck(
      check,
      withGotmpdir('/srv/ro', {
        path: '/srv/ro',
        kind: 'dir',
        writable: false,
        volume: { free: 1, total: 2, readOnly: true },
      }),
    );
    expect(ro.findings[0]?.why).toContain('read-only file system');
  });

  it('fixes a go env -w value with go env -u', () => {
    const f = setEnvFile(linuxFacts(), 'GOTMPDIR', '/srv/gone');
    setPath(f, 'GOTMPDIR', { path: '/srv/gone', kind: 'missing' });
    expect(runCheck(check, f).findings[0]?.fixes.map((x) => x.text)).toContain('go env -u GOTMPDIR');
  });

  it('warns about a relative GOTMPDIR that exists here, and errors when it does not', () => {
    const ok = runCheck(check, withGotmpdir('reltmp', { path: 'reltmp', kind: 'dir', writable: true }));
    expect(ok.findings[0]?.severity).toBe('warning');
    expect(ok.findings[0]?.code).toBe('relative');
    const missing = runCheck(check, withGotmpdir('relmissing', { path: 'relmissing', kind: 'missing' }));
    expect(missing.findings[0]?.severity).toBe('error');
    expect(missing.findings[0]?.why).toContain('stat relmissing: no such file or directory');
    expect(missing.findings[0]?.fixes.map((x) => x.fix.kind)).toEqual(['unset-env']);
  });

  it('treats a dangling link as missing', () => {
    const r = runCheck(
      check,
      withGotmpdir('/srv/link', {
        path: '/srv/link',
        kind: 'missing',
        symlink: { target: '/gone', resolved: null, dangling: true, loop: false },
      }),
    );
    expect(r.findings[0]?.message).toContain('does not exist');
  });

  it('handles Windows paths', () => {
    const f = withGotmpdir('D:\\tmp', { path: 'D:\\tmp', kind: 'missing' });
    f.host.os = 'windows';
    f.paths.GOTMPDIR = { path: 'D:\\tmp', absolute: true, kind: 'missing' };
    const r = runCheck(check, f, 'powershell');
    expect(r.findings[0]?.severity).toBe('error');
  });
});
