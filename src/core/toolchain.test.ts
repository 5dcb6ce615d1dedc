import { describe, expect, it } from 'vitest';
import { linuxFacts, setEnv, setEnvFile, setGoVersion } from '../../test/support/facts.js';
import type { Facts, GoBinary } from './facts.js';
import { createSettings } from './settings.js';
import { moduleModeEnabled, selectToolchain } from './toolchain.js';

function select(f: Facts, local: string | null = '1.23.5') {
  return selectToolchain({ facts: f, settings: createSettings(f, local), localVersion: local });
}

function withGoMod(f: Facts, go: string | undefined, toolchain?: string): Facts {
  const m = f.module.gomod;
  if (!m) throw new Error('no go.mod');
  if (go === undefined) delete m.go;
  else m.go = go;
  if (toolchain !== undefined) {
    m.toolchain = toolchain;
    m.toolchainLine = 5;
  }
  return f;
}

function onPath(f: Facts, name: string, version: string): Facts {
  const b: GoBinary = {
    name,
    path: `/home/alice/go/bin/${name}`,
    pathIndex: 1,
    realPath: `/home/alice/go/bin/${name}`,
    goroot: `/home/alice/sdk/${name}`,
    version,
    versionSource: 'VERSION file',
    wrapper: true,
    executable: true,
  };
  f.goBinaries.push(b);
  return f;
}

describe('moduleModeEnabled', () => {
  it('is on by default and with GO111MODULE=on', () => {
    expect(moduleModeEnabled(linuxFacts(), createSettings(linuxFacts(), '1.23.5'))).toBe(true);
    const f = setEnv(linuxFacts(), 'GO111MODULE', 'on');
    expect(moduleModeEnabled(f, createSettings(f, '1.23.5'))).toBe(true);
  });
  it('follows go.mod with auto, and is off with off or an unknown value', () => {
    const auto = setEnv(linuxFacts(), 'GO111MODULE', 'auto');
    expect(moduleModeEnabled(auto, createSettings(auto, '1.23.5'))).toBe(true);
    auto.module.gomod = null;
    expect(moduleModeEnabled(auto, createSettings(auto, '1.23.5'))).toBe(false);
    for (const v of ['off', 'yes']) {
      const f = setEnv(linuxFacts(), 'GO111MODULE', v);
      expect(moduleModeEnabled(f, createSettings(f, '1.23.5'))).toBe(false);
    }
  });
});

describe('selectToolchain', () => {
  it('does nothing before Go 1.21 or when the version is unknown', () => {
    const f = setEnv(setGoVersion(linuxFacts(), '1.19.8'), 'GOTOOLCHAIN', 'bogus');
    expect(select(f, '1.19.8')).toMatchObject({ mode: 'none', outcome: 'local', toolchain: 'go1.19.8' });
    expect(select(linuxFacts(), null)).toMatchObject({ mode: 'none', outcome: 'local' });
  });

  it('does nothing in GOPATH mode, even with an invalid GOTOOLCHAIN', () => {
    const f = setEnv(setEnv(linuxFacts(), 'GO111MODULE', 'off'), 'GOTOOLCHAIN', 'bogus');
    expect(select(f)).toMatchObject({ mode: 'none', outcome: 'local' });
  });

  it('runs the local go with the go.env default (auto) and an older go line', () => {
    expect(select(linuxFacts())).toMatchObject({
      setting: 'auto',
      mode: 'auto',
      outcome: 'local',
      toolchain: 'go1.23.5',
      version: '1.23.5',
    });
  });

  it('treats an empty GOTOOLCHAIN (no go.env line) as local', () => {
    const f = linuxFacts();
    if (f.gorootEnvFile) f.gorootEnvFile.entries = [];
    withGoMod(f, '1.99.0');
    expect(select(f)).toMatchObject({ setting: '', mode: 'local', outcome: 'local' });
  });

  it('ignores the go line with GOTOOLCHAIN=local', () => {
    const f = withGoMod(setEnv(linuxFacts(), 'GOTOOLCHAIN', 'local'), '1.99.0');
    expect(select(f)).toMatchObject({ mode: 'local', outcome: 'local', toolchain: 'go1.23.5' });
  });

  it('reads GOTOOLCHAIN from the go env file before go.env, and the environment before both', () => {
    const f = withGoMod(setEnvFile(linuxFacts(), 'GOTOOLCHAIN', 'local'), '1.99.0');
    expect(select(f)).toMatchObject({ setting: 'local', outcome: 'local' });
    setEnv(f, 'GOTOOLCHAIN', 'auto');
    expect(select(f)).toMatchObject({ setting: 'auto', outcome: 'download', toolchain: 'go1.99.0' });
  });

  it("rejects invalid values with go's messages", () => {
    const cases: [string, string][] = [
      ['bogus', 'go: invalid GOTOOLCHAIN "bogus"'],
      ['go1.21.13+foo', 'go: invalid GOTOOLCHAIN "go1.21.13+foo": only version suffixes are +auto and +path'],
      ['local+foo', 'go: invalid GOTOOLCHAIN "local+foo": only version suffixes are +auto and +path'],
      ['bogus+auto', 'go: invalid GOTOOLCHAIN "bogus+auto": invalid minimum toolchain "bogus"'],
      ['go2.0', 'go: invalid GOTOOLCHAIN "go2.0"'],
    ];
    for (const [value, error] of cases) {
      const sel = select(setEnv(linuxFacts(), 'GOTOOLCHAIN', value));
      expect(sel.outcome, value).toBe('error');
      expect(sel.error, value).toBe(error);
      expect(sel.errorVar).toBe('GOTOOLCHAIN');
    }
  });

  it('downloads a release named by GOTOOLCHAIN, or runs it from PATH', () => {
    const f = setEnv(linuxFacts(), 'GOTOOLCHAIN', 'go1.99.0');
    expect(select(f)).toMatchObject({
      mode: 'local',
      outcome: 'download',
      toolchain: 'go1.99.0',
      version: '1.99.0',
    });
    onPath(f, 'go1.99.0', '1.99.0');
    const sel = select(f);
    expect(sel.outcome).toBe('path');
    expect(sel.binary?.path).toBe('/home/alice/go/bin/go1.99.0');
  });

  it('skips a goX.Y.Z on PATH that is not executable', () => {
    const f = onPath(setEnv(linuxFacts(), 'GOTOOLCHAIN', 'go1.99.0'), 'go1.99.0', '1.99.0');
    const b = f.goBinaries[1];
    if (b) b.executable = false;
    expect(select(f).outcome).toBe('download');
  });

  it('runs the local go when GOTOOLCHAIN names the local release', () => {
    expect(select(setEnv(linuxFacts(), 'GOTOOLCHAIN', 'go1.23.5')).outcome).toBe('local');
  });

  it('switches to a newer go line with auto, appending .0 to a language version since 1.21', () => {
    let sel = select(withGoMod(linuxFacts(), '1.99.0'));
    expect(sel).toMatchObject({
      outcome: 'download',
      toolchain: 'go1.99.0',
      file: '/home/alice/proj/go.mod',
    });
    sel = select(withGoMod(linuxFacts(), '1.99'));
    expect(sel).toMatchObject({ outcome: 'download', toolchain: 'go1.99.0', version: '1.99.0' });
    sel = select(withGoMod(linuxFacts(), '1.24rc1'));
    expect(sel).toMatchObject({ outcome: 'download', toolchain: 'go1.24rc1' });
  });

  it('keeps the local go for an older or equal go line', () => {
    expect(select(withGoMod(linuxFacts(), '1.23.5')).outcome).toBe('local');
    expect(select(withGoMod(linuxFacts(), '1.23')).outcome).toBe('local');
    expect(select(withGoMod(linuxFacts(), undefined)).outcome).toBe('local');
  });

  it('takes a newer toolchain line as it is, even a language version', () => {
    expect(select(withGoMod(linuxFacts(), '1.21', 'go1.99.1'))).toMatchObject({
      outcome: 'download',
      toolchain: 'go1.99.1',
    });
    expect(select(withGoMod(linuxFacts(), '1.21', 'go1.99'))).toMatchObject({
      outcome: 'download',
      toolchain: 'go1.99',
      version: '1.99',
    });
  });

  it('lets a go line newer than the toolchain line win', () => {
    expect(select(withGoMod(linuxFacts(), '1.99.2', 'go1.99.1'))).toMatchObject({ toolchain: 'go1.99.2' });
  });

  it('ignores an older toolchain line', () => {
    expect(select(withGoMod(linuxFacts(), '1.21', 'go1.22.0')).outcome).toBe('local');
  });

  it('rejects an invalid toolchain line in auto mode', () => {
    const sel = select(withGoMod(linuxFacts(), '1.21', 'bogus'));
    expect(sel).toMatchObject({
      outcome: 'error',
      error: 'go: invalid toolchain "bogus" in /home/alice/proj/go.mod',
    });
  });

  it('does not upgrade with "toolchain default"', () => {
    expect(select(withGoMod(linuxFacts(), '1.99.0', 'default')).outcome).toBe('local');
  });

  it('with path, fails when the toolchain is not on PATH', () => {
    const f = withGoMod(setEnv(linuxFacts(), 'GOTOOLCHAIN', 'path'), '1.99.0');
    expect(select(f)).toMatchObject({ outcome: 'error', error: 'go: cannot find "go1.99.0" in PATH' });
    onPath(f, 'go1.99.0', '1.99.0');
    expect(select(f).outcome).toBe('path');
  });

  it('with <name>+auto, uses the name as the minimum and still reads go.mod', () => {
    const f = setEnv(linuxFacts(), 'GOTOOLCHAIN', 'go1.99.0+auto');
    expect(select(f)).toMatchObject({ mode: 'auto', outcome: 'download', toolchain: 'go1.99.0' });
    withGoMod(f, '1.99.5');
    expect(select(f)).toMatchObject({ toolchain: 'go1.99.5' });
  });

  it('prefers go.work over go.mod', () => {
    const f = withGoMod(linuxFacts(), '1.21');
    f.module.gowork = { path: '/home/alice/go.work', go: '1.99.0', goLine: 1, godebug: [], use: ['./proj'] };
    expect(select(f)).toMatchObject({
      outcome: 'download',
      toolchain: 'go1.99.0',
      file: '/home/alice/go.work',
    });
  });

  it('does not read go.mod outside a module', () => {
    const f = linuxFacts();
    f.module.gomod = null;
    expect(select(f).outcome).toBe('local');
  });
});
