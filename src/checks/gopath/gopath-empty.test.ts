import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv } from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import { goEnvFailed, goSays } from '../_lib/pathlist.fixtures.js';
import check from './gopath-empty.js';

/** Go installed at $HOME/go with GOROOT exported: go drops the default GOPATH. */
function gorootAtHome(): Facts {
  const f = setEnv(linuxFacts(), 'GOROOT', '/home/alice/go');
  goSays(f, 'GOPATH', '');
  goSays(f, 'GOMODCACHE', '');
  return f;
}

describe('gopath-empty', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('reports GOROOT=$HOME/go dropping the default GOPATH as an error', () => {
    const r = runCheck(check, gorootAtHome());
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f?.code).toBe('goroot-at-home');
    expect(f?.severity).toBe('error');
    expect(f?.vars).toEqual(['GOPATH', 'GOROOT']);
    expect(f?.message).toContain('"/home/alice/go"');
    expect(f?.why).toContain('go: module cache not found: neither GOMODCACHE nor GOPATH is set');
    expect(f?.why).toContain('no install location');
    expect(f?.fixes.map((x) => x.text)).toEqual([
      'go env -w GOPATH=/home/alice/gopath',
      'or move the Go installation out of /home/alice/go and unset GOROOT',
    ]);
  });

  it('still reports an error with GOMODCACHE and GOBIN set: checksum lookups need GOPATH', () => {
    const f = setEnv(setEnv(gorootAtHome(), 'GOMODCACHE', '/cache/mod'), 'GOBIN', '/home/alice/bin');
    const r = runCheck(check, f);
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.data.fails).toEqual(['sumdb']);
    expect(r.findings[0]?.why).toContain('missing $GOPATH');
  });

  it('is only info when GOMODCACHE and GOBIN are set and the checksum database is off', () => {
    let f = setEnv(setEnv(gorootAtHome(), 'GOMODCACHE', '/cache/mod'), 'GOBIN', '/home/alice/bin');
    f = setEnv(f, 'GOSUMDB', 'off');
    expect(runCheck(check, f).findings[0]?.severity).toBe('info');
  });

  it('reports a leading empty element, and the fix drops it', () => {
    const f = goSays(setEnv(linuxFacts(), 'GOPATH', ':/home/alice/go'), 'GOMODCACHE', '');
    const r = runCheck(check, f);
    expect(r.findings[0]?.code).toBe('leading-empty');
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['export GOPATH=/home/alice/go']);
  });

  it('leaves an empty GOPATH caused by HOME to the home-* checks', () => {
    const f = goSays(setEnv(linuxFacts(), 'HOME', undefined), 'GOPATH', '');
    expect(runCheck(check, f).findings).toEqual([]);
    const g = goSays(setEnv(linuxFacts(), 'HOME', 'relhome'), 'GOPATH', '');
    expect(runCheck(check, g).findings).toEqual([]);
  });

  it('without go env, trusts only $GOROOT from the OS environment', () => {
    // Go at $HOME/go found from the binary (no $GOROOT): go 1.21+ keeps GOPATH = $HOME/go.
    const f = goEnvFailed(linuxFacts());
    for (const b of f.goBinaries) b.goroot = '/home/alice/go';
    if (f.goroot) f.goroot.path = '/home/alice/go';
    expect(runCheck(check, f).findings).toEqual([]);
    const g = goEnvFailed(setEnv(linuxFacts(), 'GOROOT', '/home/alice/go'));
    expect(runCheck(check, g).findings[0]?.code).toBe('goroot-at-home');
  });
});
