import { describe, expect, it } from 'vitest';
import { linuxFacts, setEnv, setEnvFile, setGoVersion } from '../../test/support/facts.js';
import type { Facts } from './facts.js';
import { createSettings, userCacheDir, userConfigDir } from './settings.js';

function model(f: Facts, version = '1.23.5') {
  return createSettings(f, version);
}

describe('where a setting comes from', () => {
  it('environment beats the go env file, which beats $GOROOT/go.env, which beats the default', () => {
    const f = linuxFacts();
    expect(model(f).get('GOPROXY')).toMatchObject({
      source: 'goroot',
      value: 'https://proxy.golang.org,direct',
      confirmed: true,
    });
    setEnvFile(f, 'GOPROXY', 'https://goproxy.cn,direct');
    expect(model(f).get('GOPROXY')).toMatchObject({ source: 'envfile', envFile: { line: 1 } });
    setEnv(f, 'GOPROXY', 'off');
    const s = model(f).get('GOPROXY');
    expect(s).toMatchObject({
      source: 'env',
      value: 'off',
      env: 'off',
      envFile: { value: 'https://goproxy.cn,direct' },
    });
    expect(s.goroot?.value).toBe('https://proxy.golang.org,direct');
  });

  it('an empty environment variable does not clear a go env -w value', () => {
    const f = setEnv(setEnvFile(linuxFacts(), 'GOFLAGS', '-mod=mod'), 'GOFLAGS', '', '-mod=mod');
    expect(model(f).get('GOFLAGS')).toMatchObject({ source: 'envfile', value: '-mod=mod', env: '' });
  });

  it('an empty go env -w line blocks $GOROOT/go.env and leaves the empty default (Go 1.21+)', () => {
    const f = linuxFacts();
    setEnvFile(f, 'GOPROXY', '', '');
    expect(model(f).get('GOPROXY')).toMatchObject({ source: 'default', value: '' });
  });

  it('ignores $GOROOT/go.env before Go 1.21 and uses the built-in defaults', () => {
    const f = setGoVersion(linuxFacts(), '1.19.8');
    if (f.goEnv) f.goEnv.values = null;
    const m = model(f, '1.19.8');
    expect(m.get('GOPROXY')).toMatchObject({
      source: 'default',
      value: 'https://proxy.golang.org,direct',
      confirmed: false,
    });
    expect(m.get('GOSUMDB').value).toBe('sum.golang.org');
  });

  it('never takes GOROOT from go.env, nor GOENV or GODEBUG from any file', () => {
    const f = linuxFacts();
    f.gorootEnvFile?.entries.push({ key: 'GOROOT', value: '/elsewhere', line: 20 });
    setEnvFile(f, 'GODEBUG', 'x=1', undefined);
    const m = model(f);
    expect(m.get('GOROOT').goroot).toBeUndefined();
    expect(m.get('GODEBUG').envFile).toBeUndefined();
  });

  it('does not trust go env for GOTOOLCHAIN, which go-doctor forces to local while asking', () => {
    const f = linuxFacts();
    expect(model(f).get('GOTOOLCHAIN')).toMatchObject({ value: 'auto', source: 'goroot', confirmed: false });
  });

  it('models defaults when go could not answer', () => {
    const f = linuxFacts();
    f.goEnv = null;
    const m = model(f);
    expect(m.get('GOPATH')).toMatchObject({
      value: '/home/alice/go',
      source: 'default',
      derivation: '$HOME/go',
    });
    expect(m.get('GOMODCACHE').value).toBe('/home/alice/go/pkg/mod');
    expect(m.get('GOCACHE').value).toBe('/home/alice/.cache/go-build');
    expect(m.get('GOENV').value).toBe('/home/alice/.config/go/env');
    setEnv(f, 'GOPRIVATE', '*.corp.example');
    expect(model(f).get('GONOSUMDB')).toMatchObject({ value: '*.corp.example', derivation: 'GOPRIVATE' });
  });

  it('has no default GOPATH without HOME, or when $HOME/go is GOROOT', () => {
    const f = linuxFacts();
    f.goEnv = null;
    delete f.env.HOME;
    expect(model(f).get('GOPATH').value).toBe('');
    expect(model(f).get('GOCACHE').value).toBe('off');
    const g = linuxFacts();
    g.goEnv = null;
    const b = g.goBinaries[0];
    if (b) b.goroot = '/home/alice/go';
    // go compares with runtime.GOROOT(): $GOROOT, else (before Go 1.21 only) the GOROOT built into the binary.
    expect(model(g).get('GOPATH').value).toBe('/home/alice/go');
    expect(model(g, '1.19.8').get('GOPATH')).toMatchObject({
      value: '',
      derivation: '$HOME/go is GOROOT, so there is no default GOPATH',
    });
    g.env.GOROOT = '/home/alice/go';
    expect(model(g).get('GOPATH').value).toBe('');
  });
});

describe('user directories per OS (os.UserCacheDir / UserConfigDir)', () => {
  const base = linuxFacts();
  it('Linux: XDG first, then HOME; relative XDG rejected from Go 1.24', () => {
    expect(userCacheDir({ host: base.host, env: { HOME: '/h' } }, '1.23.5').dir).toBe('/h/.cache');
    expect(userCacheDir({ host: base.host, env: { HOME: '/h', XDG_CACHE_HOME: '/x' } }, '1.23.5').dir).toBe(
      '/x',
    );
    expect(userCacheDir({ host: base.host, env: { XDG_CACHE_HOME: 'rel' } }, '1.23.5').dir).toBe('rel');
    expect(userCacheDir({ host: base.host, env: { XDG_CACHE_HOME: 'rel' } }, '1.24.0').why).toBe(
      'path in $XDG_CACHE_HOME is relative',
    );
    expect(userConfigDir({ host: base.host, env: {} }, '1.23.5').why).toBe(
      'neither $XDG_CONFIG_HOME nor $HOME are defined',
    );
  });
  it('macOS: Library/Caches and Library/Application Support', () => {
    const host = { ...base.host, os: 'darwin' as const };
    expect(userCacheDir({ host, env: { HOME: '/Users/a', XDG_CACHE_HOME: '/x' } }, '1.23.5').dir).toBe(
      '/Users/a/Library/Caches',
    );
    expect(userConfigDir({ host, env: { HOME: '/Users/a' } }, '1.23.5').dir).toBe(
      '/Users/a/Library/Application Support',
    );
  });
  it('Windows: %LocalAppData% and %AppData%', () => {
    const host = { ...base.host, os: 'windows' as const };
    expect(
      userCacheDir({ host, env: { LocalAppData: 'C:\\Users\\bob\\AppData\\Local' } }, '1.23.5').dir,
    ).toBe('C:\\Users\\bob\\AppData\\Local');
    expect(userCacheDir({ host, env: {} }, '1.23.5').why).toBe('%LocalAppData% is not defined');
    expect(userConfigDir({ host, env: { APPDATA: 'C:\\Users\\bob\\AppData\\Roaming' } }, '1.23.5').dir).toBe(
      'C:\\Users\\bob\\AppData\\Roaming',
    );
  });
});
