import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../test/support/cli.js';
import { linuxFacts, setEnv, setEnvFile } from '../../test/support/facts.js';
import { ui } from '../i18n/en/ui.js';
import { goEnvPrinted } from './envnames.js';
import type { ExplainNote } from './explain.js';
import { type ExplainedVar, explain, UnknownVariableError } from './explain.js';
import type { Facts } from './facts.js';
import { parseFacts } from './factsfile.js';

const noteText = (n: ExplainNote | undefined): string => (n ? ui.explain.note(n) : '');

function fixture(name: string): Facts {
  const file = path.join(ROOT, 'test', 'fixtures', 'facts', name);
  return parseFacts(readFileSync(file, 'utf8'), file);
}

function one(f: Facts, name: string): ExplainedVar {
  const v = explain(f, [name]).vars[0];
  if (!v) throw new Error(`no ${name}`);
  return v;
}

describe('explain over Linux facts', () => {
  it('lists every variable go env prints for the release when no names are given', () => {
    const e = explain(linuxFacts());
    expect(e.goVersion).toBe('1.23.5');
    expect(e.vars.map((v) => v.name)).toEqual(goEnvPrinted('1.23.5', 'amd64'));
    expect(e.vars.map((v) => v.name)).toContain('GOTELEMETRY');
    expect(e.vars.map((v) => v.name)).not.toContain('GOAUTH');
  });

  it('env over the go env -w file over go.env, with the hidden layers and their lines', () => {
    const f = linuxFacts();
    setEnvFile(f, 'GOFLAGS', '-v');
    setEnvFile(f, 'GOPROXY', 'https://goproxy.example,direct');
    setEnv(f, 'GOPROXY', 'off');
    const v = one(f, 'GOPROXY');
    expect(v).toMatchObject({ source: 'env', value: 'off', confirmed: true });
    expect(v.file).toBeUndefined();
    expect(v.shadowed).toEqual([
      {
        source: 'envfile',
        value: 'https://goproxy.example,direct',
        file: '/home/alice/.config/go/env',
        line: 2,
      },
      expect.objectContaining({ source: 'goroot', value: 'https://proxy.golang.org,direct', line: 7 }),
    ]);
    expect(v.ignored).toEqual([]);
  });

  it('a go env -w value names its file and line and hides go.env', () => {
    const f = setEnvFile(linuxFacts(), 'GOSUMDB', 'sum.golang.google.cn');
    expect(one(f, 'GOSUMDB')).toMatchObject({
      source: 'envfile',
      file: '/home/alice/.config/go/env',
      line: 1,
      shadowed: [expect.objectContaining({ source: 'goroot', value: 'sum.golang.org' })],
    });
  });

  it('an empty environment variable does not clear a go env -w value: shown as ignored', () => {
    const f = setEnv(setEnvFile(linuxFacts(), 'GOFLAGS', '-mod=bogus'), 'GOFLAGS', '', '-mod=bogus');
    const v = one(f, 'GOFLAGS');
    expect(v).toMatchObject({ source: 'envfile', value: '-mod=bogus', shadowed: [] });
    expect(v.ignored).toEqual([{ source: 'env', value: '', note: 'go treats an empty value as unset' }]);
  });

  it('a K= line in the go env file blocks go.env and leaves the (empty) default', () => {
    const f = setEnvFile(linuxFacts(), 'GOPROXY', '', '');
    const v = one(f, 'GOPROXY');
    expect(v).toMatchObject({ source: 'default', value: '' });
    expect(v.derivation).toMatch(/none built in since Go 1\.21/);
    expect(v.ignored[0]).toMatchObject({ source: 'envfile', line: 1 });
    expect(v.ignored[0]?.note).toMatch(/keeps \$GOROOT\/go.env from applying/);
    expect(v.shadowed[0]).toMatchObject({ source: 'goroot', value: 'https://proxy.golang.org,direct' });
    expect(v.shadowed[0]?.note).toMatch(/blocked/);
  });

  it('derives GOMODCACHE from GOPATH[0], GONOPROXY/GONOSUMDB from GOPRIVATE, GOCACHE from XDG_CACHE_HOME', () => {
    const f = linuxFacts();
    setEnv(f, 'GOPATH', '/a:/b');
    setEnv(f, 'GOPRIVATE', '*.corp.example');
    setEnv(f, 'XDG_CACHE_HOME', '/xdg');
    if (f.goEnv?.values) {
      f.goEnv.values.GOMODCACHE = '/a/pkg/mod';
      f.goEnv.values.GONOPROXY = '*.corp.example';
      f.goEnv.values.GONOSUMDB = '*.corp.example';
      f.goEnv.values.GOCACHE = '/xdg/go-build';
    }
    const e = explain(f, ['GOMODCACHE', 'GONOPROXY', 'GONOSUMDB', 'GOCACHE']);
    expect(e.vars.map((v) => [v.name, v.value, v.source, v.derivation, v.modelDisagrees])).toEqual([
      ['GOMODCACHE', '/a/pkg/mod', 'default', 'GOPATH[0]/pkg/mod', undefined],
      ['GONOPROXY', '*.corp.example', 'default', 'GOPRIVATE', undefined],
      ['GONOSUMDB', '*.corp.example', 'default', 'GOPRIVATE', undefined],
      ['GOCACHE', '/xdg/go-build', 'default', '$XDG_CACHE_HOME/go-build', undefined],
    ]);
  });

  it('read-only variables ignore the environment, and OS-only ones ignore the files', () => {
    const f = linuxFacts();
    setEnv(f, 'GOHOSTOS', 'plan9', 'linux');
    setEnvFile(f, 'GODEBUG', 'panicnil=1', '');
    const host = one(f, 'GOHOSTOS');
    expect(host).toMatchObject({ source: 'default', value: 'linux' });
    expect(host.ignored[0]).toMatchObject({ source: 'env', value: 'plan9' });
    const dbg = one(f, 'GODEBUG');
    expect(dbg.source).toBe('default');
    expect(dbg.ignored[0]).toMatchObject({
      source: 'envfile',
      value: 'panicnil=1',
      note: expect.stringMatching(/only the OS environment/),
    });
  });

  it('an invalid CGO_ENABLED is ignored; the default then depends on the C compiler', () => {
    const f = setEnv(linuxFacts(), 'CGO_ENABLED', 'yes', '0');
    f.cc = { name: 'gcc', path: null, fromOSEnv: false };
    const v = one(f, 'CGO_ENABLED');
    expect(v).toMatchObject({ source: 'default', value: '0' });
    expect(v.derivation).toMatch(/gcc is not in PATH/);
    expect(v.ignored[0]).toMatchObject({ source: 'env', value: 'yes' });
    expect(v.modelDisagrees).toBeUndefined();
  });

  it('says so when go answered something the model did not predict', () => {
    const f = linuxFacts();
    if (f.goEnv?.values) f.goEnv.values.GOPATH = '/elsewhere';
    expect(one(f, 'GOPATH')).toMatchObject({
      value: '/elsewhere',
      confirmed: true,
      modelDisagrees: { model: '/home/alice/go' },
    });
  });

  it('says why go did not answer', () => {
    const f = linuxFacts();
    if (f.goEnv) {
      f.goEnv.ok = false;
      f.goEnv.values = null;
      f.goEnv.exitCode = 1;
      f.goEnv.stderr = 'go: unknown environment setting GO111MODULE=bogus\n';
    }
    const e = explain(f, ['GOGCCFLAGS']);
    expect(e).toMatchObject({
      goAnswered: false,
      goError: 'go: unknown environment setting GO111MODULE=bogus',
    });
    expect(e.vars[0]?.notes.map(noteText)).toContain('go-doctor cannot predict this value without go');
  });

  it('predicts every value when go did not answer', () => {
    const f = linuxFacts();
    f.goEnv = null;
    const e = explain(f);
    expect(e.goAnswered).toBe(false);
    expect(e.goError).toBe('no go command on PATH');
    expect(e.vars.every((v) => !v.confirmed && v.modelDisagrees === undefined)).toBe(true);
    expect(e.vars.find((v) => v.name === 'GOMODCACHE')?.value).toBe('/home/alice/go/pkg/mod');
  });

  it('explains what GOTOOLCHAIN selects, ignoring the GOTOOLCHAIN=local the collector forces', () => {
    const f = linuxFacts();
    const v = one(f, 'GOTOOLCHAIN');
    expect(v).toMatchObject({ source: 'goroot', value: 'auto', confirmed: false });
    expect(v.notes.map(noteText).join('\n')).toMatch(/here it selects: the local go1\.23\.5 runs/);
  });

  it('redacts credentials in values and hidden layers', () => {
    const f = setEnvFile(linuxFacts(), 'GOPROXY', 'https://u:secret@proxy.example');
    setEnv(f, 'GOPROXY', 'https://v:token@other.example');
    const text = JSON.stringify(explain(f, ['GOPROXY']));
    expect(text).not.toContain('secret');
    expect(text).not.toContain('token');
    expect(text).toContain('https://***@proxy.example');
  });

  it('rejects names go env does not know, with a hint for lower case', () => {
    expect(() => explain(linuxFacts(), ['GOPATH', 'BOGUS'])).toThrow(UnknownVariableError);
    expect(() => explain(linuxFacts(), ['gopath'])).toThrow(/case-sensitive/);
    expect(noteText(explain(linuxFacts(), ['GOARM']).vars[0]?.notes[0])).toMatch(/does not list GOARM/);
  });
});

describe('explain over macOS and Windows snapshots', () => {
  it('macOS (Homebrew): user directories under ~/Library, GOPATH from the environment', () => {
    const e = explain(fixture('darwin-homebrew.json'));
    const v = new Map(e.vars.map((x) => [x.name, x]));
    expect(v.get('GOENV')).toMatchObject({
      value: '/Users/filippo/Library/Application Support/go/env',
      derivation: '$HOME/Library/Application Support/go/env',
    });
    expect(v.get('GOCACHE')).toMatchObject({
      source: 'default',
      derivation: '$HOME/Library/Caches/go-build',
    });
    expect(v.get('GOCACHE')?.modelDisagrees).toBeUndefined();
    expect(v.get('GOPATH')).toMatchObject({ source: 'env', value: '/Users/filippo' });
    expect(v.get('GOMODCACHE')).toMatchObject({
      value: '/Users/filippo/pkg/mod',
      derivation: 'GOPATH[0]/pkg/mod',
    });
    expect(v.get('GOPROXY')?.shadowed[0]).toMatchObject({
      source: 'goroot',
      value: 'https://proxy.golang.org,direct',
    });
    expect(v.get('GOTOOLCHAIN')).toMatchObject({ source: 'goroot', value: 'auto' });
    expect(v.get('GOTOOLCHAIN')?.notes.map(noteText).join()).toMatch(/switches to go1\.22\.0/);
    // Homebrew's go was built with CC=cc; go-doctor's model (clang on macOS) says it disagreed.
    expect(v.get('CC')).toMatchObject({ value: 'cc', modelDisagrees: { model: 'clang' } });
    expect(v.has('GOTELEMETRY')).toBe(false); // Go 1.21
  });

  it('macOS launchd job without HOME: no user directories', () => {
    const v = new Map(explain(fixture('darwin-launchd-no-home.json')).vars.map((x) => [x.name, x]));
    expect(v.get('GOCACHE')).toMatchObject({
      value: 'off',
      derivation: 'no user cache directory: $HOME is not defined',
    });
    expect(v.get('GOENV')).toMatchObject({ value: '', derivation: '$HOME is not defined' });
    expect(v.get('GOPATH')).toMatchObject({
      value: '',
      derivation: '$HOME is not set, so there is no default GOPATH',
    });
  });

  it('Windows (MSI): %USERPROFILE%, %LocalAppData%, %AppData%, no C compiler, .exe', () => {
    const v = new Map(explain(fixture('windows-msi-default.json')).vars.map((x) => [x.name, x]));
    expect(v.get('GOPATH')).toMatchObject({ value: 'C:\\Users\\bob\\go', derivation: '%USERPROFILE%/go' });
    expect(v.get('GOCACHE')).toMatchObject({
      value: 'C:\\Users\\bob\\AppData\\Local\\go-build',
      derivation: '%LocalAppData%/go-build',
    });
    expect(v.get('GOENV')).toMatchObject({ value: 'C:\\Users\\bob\\AppData\\Roaming\\go\\env' });
    expect(v.get('GOTELEMETRYDIR')).toMatchObject({
      value: 'C:\\Users\\bob\\AppData\\Roaming\\go\\telemetry',
    });
    expect(v.get('CGO_ENABLED')).toMatchObject({
      value: '0',
      derivation: expect.stringMatching(/gcc is not in PATH/),
    });
    expect(v.get('GOEXE')).toMatchObject({ value: '.exe' });
    expect(v.get('GODEBUG')).toMatchObject({ source: 'env', value: 'modcacheunzipinplace=1' });
    for (const x of v.values()) expect(x.modelDisagrees, x.name).toBeUndefined();
  });

  it('Windows without %LocalAppData%: GOCACHE is off', () => {
    const v = one(fixture('windows-no-appdata.json'), 'GOCACHE');
    expect(v).toMatchObject({
      value: 'off',
      derivation: 'no user cache directory: %LocalAppData% is not defined',
    });
    expect(v.modelDisagrees).toBeUndefined();
  });
});
