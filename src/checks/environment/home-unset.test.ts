import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv } from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import { goSays } from '../_lib/pathlist.fixtures.js';
import check from './home-unset.js';

function noHome(): Facts {
  const f = setEnv(linuxFacts(), 'HOME', undefined);
  for (const k of ['GOPATH', 'GOMODCACHE', 'GOENV']) goSays(f, k, '');
  goSays(f, 'GOCACHE', 'off');
  return f;
}

describe('home-unset', () => {
  it('passes when HOME is set', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('is one error listing every consequence, fixed with the account home', () => {
    const r = runCheck(check, noHome());
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.vars).toEqual(['HOME', 'GOPATH', 'GOMODCACHE', 'GOCACHE', 'GOENV']);
    expect(f?.data.fails).toEqual(['modcache', 'install', 'gocache']);
    expect(f?.why).toContain('neither GOMODCACHE nor GOPATH is set');
    expect(f?.why).toContain('GOCACHE is not defined and neither $XDG_CACHE_HOME nor $HOME are defined');
    expect(f?.fixes.map((x) => x.text)).toEqual(['export HOME=/home/alice']);
  });

  it('is a warning when GOPATH is set and the cache comes from XDG_CACHE_HOME: only the go env file is lost', () => {
    const f = setEnv(setEnv(noHome(), 'GOPATH', '/srv/go'), 'XDG_CACHE_HOME', '/srv/cache');
    const r = runCheck(check, f);
    expect(r.findings[0]?.severity).toBe('warning');
    expect(r.findings[0]?.vars).toEqual(['HOME', 'GOENV']);
    expect(r.findings[0]?.why).toContain('go env -w');
  });

  it('is info when everything is set explicitly', () => {
    let f = setEnv(noHome(), 'GOPATH', '/srv/go');
    f = setEnv(setEnv(f, 'GOCACHE', '/srv/cache'), 'GOENV', 'off');
    expect(runCheck(check, f).findings[0]?.severity).toBe('info');
  });

  it('with GOMODCACHE and GOBIN but no GOPATH, checksum lookups still fail', () => {
    let f = setEnv(setEnv(noHome(), 'GOMODCACHE', '/srv/mod'), 'GOBIN', '/srv/bin');
    f = setEnv(f, 'XDG_CACHE_HOME', '/srv/cache');
    const r = runCheck(check, f);
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.data.fails).toEqual(['sumdb']);
  });

  it('on macOS XDG_CACHE_HOME does not help the build cache', () => {
    const f = setEnv(noHome(), 'XDG_CACHE_HOME', '/srv/cache');
    f.host.os = 'darwin';
    const r = runCheck(check, f);
    expect(r.findings[0]?.data.fails).toContain('gocache');
    expect(r.findings[0]?.why).toContain('GOCACHE is not defined and $HOME is not defined');
  });

  it('on Windows it is about USERPROFILE, and the cache is not its business', () => {
    const f = linuxFacts();
    f.host.os = 'windows';
    f.host.accountHome = 'C:\\Users\\bob';
    f.env = { LOCALAPPDATA: 'C:\\Users\\bob\\AppData\\Local', APPDATA: 'C:\\Users\\bob\\AppData\\Roaming' };
    goSays(f, 'GOPATH', '');
    const r = runCheck(check, f, 'powershell');
    expect(r.findings[0]?.vars).toEqual(['USERPROFILE', 'GOPATH', 'GOMODCACHE']);
    expect(r.findings[0]?.message).toContain('$USERPROFILE');
    expect(r.findings[0]?.fixes[0]?.text).toBe("$env:USERPROFILE = 'C:\\Users\\bob'");
  });
});
