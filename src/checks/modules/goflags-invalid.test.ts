import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile, setGoVersion } from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import { analyzeGoflags, goflagsRelease, isGoDuration, isGoInt, perPackageProblem } from '../_lib/goflags.js';
import check from './goflags-invalid.js';

function goflags(value: string, version = '1.23.5'): Facts {
  return setEnv(setGoVersion(linuxFacts(), version), 'GOFLAGS', value);
}

function run(value: string, version?: string) {
  return runCheck(check, goflags(value, version)).findings;
}

describe('goflags-invalid', () => {
  it('passes on a healthy machine and for valid flags', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    expect(run('-mod=mod -trimpath -tags=a,b -count=1 -p=4 -timeout=10m -buildvcs=auto')).toEqual([]);
    expect(run('--modcacherw -ldflags=-s -gcflags=all=-N -test.v=true -race=false')).toEqual([]);
    expect(run("'-ldflags=-s -w' -x=1", '1.21.13')).toEqual([]);
  });

  it('reports an unknown flag as an error, with go message and a suggestion', () => {
    const f = run('-trimpath -trimpth');
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe('error');
    expect(f[0]?.code).toBe('unknown');
    expect(f[0]?.vars).toEqual(['GOFLAGS']);
    expect(f[0]?.message).toContain('Did you mean -trimpath?');
    expect(f[0]?.why).toContain('go: parsing $GOFLAGS: unknown flag -trimpth');
    // The fix keeps the good entries.
    expect(f[0]?.fixes.map((x) => x.text)).toEqual(['export GOFLAGS=-trimpath']);
  });

  it('fixes a value written with go env -w with go env -w (or -u when nothing is left)', () => {
    const f = runCheck(check, setEnvFile(linuxFacts(), 'GOFLAGS', '-bogus')).findings;
    expect(f[0]?.severity).toBe('error');
    expect(f[0]?.message).toContain('go env -w');
    expect(f[0]?.fixes.map((x) => x.text)).toEqual(['go env -u GOFLAGS']);
  });

  it('reports a non-flag, suggesting the dash', () => {
    const f = run('mod=mod');
    expect(f[0]?.code).toBe('non-flag');
    expect(f[0]?.severity).toBe('error');
    expect(f[0]?.message).toContain('Did you mean "-mod=mod"?');
    expect(f[0]?.why).toContain('go: parsing $GOFLAGS: non-flag "mod=mod"');
    expect(run('- -- ---x -=v --=v').map((x) => x.code)).toEqual(Array(5).fill('non-flag'));
  });

  it('reports a flag without its value where the common commands define it', () => {
    const f = run('-tags');
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe('error');
    expect(f[0]?.code).toBe('bad-value');
    expect(f[0]?.why).toContain('go: flag needs an argument: -tags (from $GOFLAGS)');
    expect(f[0]?.data.commands).toEqual(['build', 'test', 'install', 'run', 'list', 'vet', 'get']);
  });

  it('reports bad booleans, integers, durations and per-package flags', () => {
    expect(run('-trimpath=maybe')[0]?.why).toContain(
      'go: invalid boolean value "maybe" for flag -trimpath (from $GOFLAGS): parse error',
    );
    expect(run('-p=abc')[0]?.why).toContain(
      'go: invalid value "abc" for flag -p (from $GOFLAGS): parse error',
    );
    expect(run('-timeout=5')[0]?.data.commands).toEqual(['test']);
    expect(run('-timeout=5')[0]?.severity).toBe('error');
    expect(run('-timeout=5s')).toEqual([]);
    expect(run('-ldflags=s')[0]?.why).toContain('missing =<value> in <pattern>=<value>');
    expect(run('-covermode=sometimes')[0]?.why).toContain('valid modes are');
    expect(run('-shuffle=on -shuffle=42 -compiler=gccgo')).toEqual([]);
    expect(run('-compiler=foo')[0]?.why).toContain('unknown compiler "foo"');
  });

  it('only warns when none of mod download, build, test, install fail', () => {
    // -vettool is a go vet flag only (before Go 1.26).
    const f = run('-vettool');
    expect(f[0]?.severity).toBe('warning');
    expect(f[0]?.data.commands).toEqual(['vet']);
  });

  it('refuses -C in GOFLAGS since Go 1.20, and calls it unknown in go1.19', () => {
    expect(run('-C=/tmp')[0]?.why).toContain('-C flag must be first flag on command line');
    expect(run('-C=/tmp', '1.19.8')[0]?.code).toBe('unknown');
  });

  it('knows that go1.19 splits on white space only, so quotes break it', () => {
    const f = run("'-ldflags=-s -w'", '1.19.8');
    expect(f.map((x) => x.code)).toEqual(['non-flag', 'unknown']);
    expect(f[0]?.message).toContain('does not understand quotes');
  });

  it('reports an unterminated quote on releases that read quotes', () => {
    const f = run("'-mod=mod");
    expect(f).toHaveLength(1);
    expect(f[0]?.code).toBe('unterminated');
    expect(f[0]?.why).toContain("go: parsing $GOFLAGS: unterminated ' string");
  });

  it('says %GOFLAGS% on Windows', () => {
    const facts = goflags('-bogus');
    facts.host.os = 'windows';
    expect(runCheck(check, facts, 'powershell').findings[0]?.why).toContain(
      'parsing %GOFLAGS%: unknown flag',
    );
  });

  it('treats an empty or blank GOFLAGS as no flags', () => {
    expect(run(' ')).toEqual([]);
  });
});

describe('the goflags table', () => {
  it('uses the nearest lower release (or the same minor release) when a release is missing', () => {
    expect(goflagsRelease('1.20.5').version).toBe('1.19.8');
    expect(goflagsRelease('1.24.3').version).toBe('1.23.5');
    expect(goflagsRelease('1.23.2').version).toBe('1.23.5');
    expect(goflagsRelease('1.17').version).toBe('1.19.8');
    expect(goflagsRelease(null).version).toBe('1.26.8');
  });

  it('knows flags that came and went', () => {
    expect(analyzeGoflags('-i', '1.19.8').problems).toEqual([]);
    // -i is still defined by some command (go get), but build no longer has it.
    expect(goflagsRelease('1.21.13').flags.i).toBe('........');
    expect(goflagsRelease('1.26.8').flags.json?.[1]).toBe('b');
  });

  it('parses Go integers and durations', () => {
    for (const ok of ['0', '12', '-3', '0x1F', '1_000', '0o17', '017']) expect(isGoInt(ok), ok).toBe(true);
    for (const bad of ['', 'abc', '1.5', '08', '1_']) expect(isGoInt(bad), bad).toBe(false);
    for (const ok of ['0', '5s', '1h30m', '1.5h', '-2ms', '10µs']) expect(isGoDuration(ok), ok).toBe(true);
    for (const bad of ['', '5', 's', '1d']) expect(isGoDuration(bad), bad).toBe(false);
  });

  it('checks per-package flag values like load.PerPackageFlag', () => {
    expect(perPackageProblem('')).toBeNull();
    expect(perPackageProblem('-s -w')).toBeNull();
    expect(perPackageProblem('all=-N -l')).toBeNull();
    expect(perPackageProblem('=-N')).toBe('missing <pattern> in <pattern>=<value>');
    expect(perPackageProblem("'x=-N'")).toContain('quote');
    expect(perPackageProblem("-X 'a=b")).toBe("unterminated ' string");
  });
});
