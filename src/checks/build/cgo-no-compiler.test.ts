import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile, setGoVersion } from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import check from './cgo-no-compiler.js';

/** gcc is not on PATH; go env reports cgo as given. */
function noGcc(f: Facts, cgo: string): Facts {
  f.cc = { name: 'gcc', path: null, fromOSEnv: false };
  if (f.goEnv?.values) f.goEnv.values.CGO_ENABLED = cgo;
  return f;
}

describe('cgo-no-compiler', () => {
  it('passes on a healthy machine, and when Go 1.20+ turned cgo off by itself', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    expect(runCheck(check, noGcc(linuxFacts(), '0')).findings).toEqual([]);
  });

  it('reports CGO_ENABLED=1 without gcc as an error; unsetting lets Go 1.20+ fall back', () => {
    const r = runCheck(check, noGcc(setEnv(linuxFacts(), 'CGO_ENABLED', '1'), '1'));
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.vars).toEqual(['CGO_ENABLED', 'PATH']);
    expect(f?.message).toContain('CGO_ENABLED=1 (set in the environment)');
    expect(f?.why).toContain(
      'cgo: C compiler "gcc" not found: exec: "gcc": executable file not found in $PATH',
    );
    expect(f?.why).not.toContain('precompiled');
    expect(f?.fixes.map((x) => x.text)).toEqual([
      'To use cgo, install gcc (apt install gcc, dnf install gcc, apk add gcc musl-dev).',
      'unset CGO_ENABLED',
    ]);
  });

  it('on Go 1.19 reports the default (no automatic fallback) and explains the precompiled library', () => {
    const r = runCheck(check, noGcc(setGoVersion(linuxFacts(), '1.19.8'), '1'));
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.message).toContain('cgo is on by default');
    expect(f?.why).toContain('go vet and go test');
    expect(f?.fixes.map((x) => x.text)).toContain('go env -w CGO_ENABLED=0');
  });

  it('models Go 1.19 without an answer from go env', () => {
    const facts = noGcc(setGoVersion(linuxFacts(), '1.19.8'), '1');
    if (facts.goEnv?.values) delete facts.goEnv.values.CGO_ENABLED;
    expect(runCheck(check, facts).findings).toHaveLength(1);
  });

  it('names CC when it is set in the environment to a missing compiler', () => {
    const facts = setEnv(linuxFacts(), 'CC', 'mycc');
    facts.cc = { name: 'mycc', path: null, fromOSEnv: true };
    const f = runCheck(check, facts).findings[0];
    expect(f?.vars).toEqual(['CC', 'PATH']);
    expect(f?.message).toContain('CC="mycc"');
    expect(f?.why).toContain('cgo: C compiler "mycc" not found');
    expect(f?.fixes.map((x) => x.text)).toContain('unset CC');
  });

  it('names a CC from the go env file that is missing while gcc exists', () => {
    const facts = setEnvFile(linuxFacts(), 'CC', '/opt/cross/bin/cc');
    facts.cc = { name: '/opt/cross/bin/cc', path: null, fromOSEnv: false };
    const f = runCheck(check, facts).findings[0];
    expect(f?.fixes.map((x) => x.text)).toContain('go env -u CC');
  });

  it('says how to get a compiler on macOS and Windows', () => {
    const mac = noGcc(setEnv(linuxFacts(), 'CGO_ENABLED', '1'), '1');
    mac.host.os = 'darwin';
    mac.cc.name = 'clang';
    expect(runCheck(check, mac).findings[0]?.fixes[0]?.text).toContain('xcode-select --install');
    const win = noGcc(setEnv(linuxFacts(), 'CGO_ENABLED', '1'), '1');
    win.host.os = 'windows';
    expect(runCheck(check, win, 'powershell').findings[0]?.fixes[0]?.text).toContain('MinGW-w64');
  });

  it('is a warning where the standard library does not use cgo (Windows; macOS since 1.23)', () => {
    const win = noGcc(setEnv(linuxFacts(), 'CGO_ENABLED', '1'), '1');
    win.host.os = 'windows';
    if (win.goEnv?.values) {
      win.goEnv.values.GOOS = 'windows';
      win.goEnv.values.GOHOSTOS = 'windows';
    }
    const w = runCheck(check, win, 'powershell').findings[0];
    expect(w?.severity).toBe('warning');
    expect(w?.why).toContain('only packages with import "C" fail');
    const mac = (version: string) => {
      const f = setGoVersion(noGcc(setEnv(linuxFacts(), 'CGO_ENABLED', '1'), '1'), version);
      f.host.os = 'darwin';
      f.cc.name = 'clang';
      if (f.goEnv?.values) {
        f.goEnv.values.GOOS = 'darwin';
        f.goEnv.values.GOHOSTOS = 'darwin';
      }
      return f;
    };
    expect(runCheck(check, mac('1.22.12')).findings[0]?.severity).toBe('error');
    expect(runCheck(check, mac('1.23.5')).findings[0]?.severity).toBe('warning');
  });

  it('is silent when cross-compiling turned cgo off', () => {
    const facts = noGcc(setEnv(linuxFacts(), 'GOOS', 'windows'), '0');
    expect(runCheck(check, facts).findings).toEqual([]);
  });
});
