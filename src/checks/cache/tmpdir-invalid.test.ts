import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setPath } from '../../../test/support/facts.js';
import check from './tmpdir-invalid.js';

describe('tmpdir-invalid', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('reports a missing $TMPDIR as an error naming TMPDIR', () => {
    const f = setEnv(linuxFacts(), 'TMPDIR', '/tmp/x/nonexist');
    setPath(f, 'TMPDIR', { path: '/tmp/x/nonexist', kind: 'missing', nearestExisting: '/tmp' });
    const r = runCheck(check, f);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.vars).toEqual(['TMPDIR']);
    expect(r.findings[0]?.why).toContain(
      'go: creating work dir: stat /tmp/x/nonexist: no such file or directory',
    );
    expect(r.findings[0]?.fixes.map((x) => x.text)[0]).toBe('mkdir -p /tmp/x/nonexist');
  });

  it('reports a missing /tmp when TMPDIR is unset', () => {
    const f = linuxFacts();
    setPath(f, 'TMPDIR', { path: '/tmp', kind: 'missing', nearestExisting: '/' });
    const r = runCheck(check, f);
    expect(r.findings[0]?.message).toContain('the default, TMPDIR is unset');
  });

  it('reports a read-only temporary directory, with unset TMPDIR as a fix', () => {
    const f = setEnv(linuxFacts(), 'TMPDIR', '/srv/ro');
    setPath(f, 'TMPDIR', {
      path: '/srv/ro',
      kind: 'dir',
      writable: false,
      volume: { free: 1, total: 2, readOnly: true },
    });
    const r = runCheck(check, f);
    expect(r.findings[0]?.why).toContain('read-only file system');
    expect(r.findings[0]?.fixes.map((x) => x.text)[0]).toBe('unset TMPDIR');
  });

  it('only warns about cgo when GOTMPDIR is set and valid', () => {
    const f = setEnv(setEnv(linuxFacts(), 'TMPDIR', '/tmp/x/nonexist'), 'GOTMPDIR', '/srv/tmp');
    setPath(f, 'TMPDIR', { path: '/tmp/x/nonexist', kind: 'missing' });
    setPath(f, 'GOTMPDIR', { path: '/srv/tmp', kind: 'dir', writable: true });
    const r = runCheck(check, f);
    expect(r.findings[0]?.severity).toBe('warning');
    expect(r.findings[0]?.code).toBe('cgo');
    expect(r.findings[0]?.why).toContain('cgo-gcc-input');
    const nocgo = setEnv(f, 'CGO_ENABLED', '0');
    expect(runCheck(check, nocgo).findings).toEqual([]);
  });

  it('warns about a relative TMPDIR that exists here', () => {
    const f = setEnv(linuxFacts(), 'TMPDIR', 'reltmp');
    setPath(f, 'TMPDIR', { path: 'reltmp', kind: 'dir', writable: true });
    expect(runCheck(check, f).findings[0]?.severity).toBe('warning');
  });

  it('names TMP on Windows', () => {
    const f = setEnv(linuxFacts(), 'TMP', 'C:\\Temp');
    f.host.os = 'windows';
    f.paths.TMPDIR = { path: 'C:\\Temp', absolute: true, kind: 'missing' };
    const r = runCheck(check, f, 'powershell');
    expect(r.findings[0]?.vars).toEqual(['TMP']);
    expect(r.findings[0]?.severity).toBe('error');
  });
});
