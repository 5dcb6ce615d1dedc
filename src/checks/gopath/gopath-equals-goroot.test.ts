import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv } from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import check from './gopath-equals-goroot.js';

function goAt(f: Facts, goroot: string): Facts {
  if (f.goEnv?.values) f.goEnv.values.GOROOT = goroot;
  if (f.goroot) f.goroot.path = goroot;
  for (const b of f.goBinaries) b.goroot = goroot;
  return f;
}

describe('gopath-equals-goroot', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('warns when GOPATH is set to GOROOT (after cleaning) and suggests unsetting it', () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOPATH', '/usr/local/go/'));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.severity).toBe('warning');
    expect(r.findings[0]?.code).toBe('same');
    expect(r.findings[0]?.vars).toEqual(['GOPATH', 'GOROOT']);
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['unset GOPATH']);
  });

  it('warns when Go is installed at $HOME/go, the default GOPATH, and suggests another GOPATH', () => {
    const f = goAt(linuxFacts(), '/home/alice/go');
    const r = runCheck(check, f);
    expect(r.findings[0]?.severity).toBe('warning');
    expect(r.findings[0]?.message).toContain('the default');
    expect(r.findings[0]?.why).toContain('move Go elsewhere');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual([
      'go env -w GOPATH=/home/alice/gopath',
      'or move the Go installation out of /home/alice/go (for example to /usr/local/go)',
    ]);
  });

  it('warns when only the first entry is GOROOT (go says nothing then)', () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOPATH', '/usr/local/go:/home/alice/go'));
    expect(r.findings[0]?.code).toBe('first-entry');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['export GOPATH=/home/alice/go']);
  });

  it('ignores GOROOT as a later GOPATH entry', () => {
    expect(runCheck(check, setEnv(linuxFacts(), 'GOPATH', '/home/alice/go:/usr/local/go')).findings).toEqual(
      [],
    );
  });

  it('is silent when GOPATH is empty', () => {
    const f = goAt(linuxFacts(), '/home/alice/go');
    if (f.goEnv?.values) f.goEnv.values.GOPATH = '';
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('compares case-insensitively on Windows', () => {
    const f = linuxFacts();
    f.host.os = 'windows';
    f.env = { USERPROFILE: 'C:\\Users\\bob', GOPATH: 'c:\\go' };
    goAt(f, 'C:\\Go');
    if (f.goEnv?.values) f.goEnv.values.GOPATH = 'c:\\go';
    expect(runCheck(check, f).findings[0]?.code).toBe('same');
  });
});
