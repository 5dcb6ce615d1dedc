import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile, setGoVersion } from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import check from './gotoolchain-too-old.js';

function goLine(f: Facts, go: string, toolchain?: string): Facts {
  if (f.module.gomod) {
    f.module.gomod.go = go;
    if (toolchain) {
      f.module.gomod.toolchain = toolchain;
      f.module.gomod.toolchainLine = 5;
    }
  }
  return f;
}

describe('gotoolchain-too-old', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('reports go.mod needing a newer Go with GOTOOLCHAIN=local', () => {
    const r = runCheck(check, goLine(setEnv(linuxFacts(), 'GOTOOLCHAIN', 'local'), '1.99.0'));
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.vars).toEqual(['GOTOOLCHAIN', 'GOVERSION']);
    expect(f?.why).toContain('go: go.mod requires go >= 1.99.0 (running go 1.23.5; GOTOOLCHAIN=local)');
    expect(f?.fixes.map((x) => x.text)).toEqual([
      'export GOTOOLCHAIN=auto',
      'Or install Go 1.99.0 or later and put it first on PATH.',
    ]);
  });

  it('reports it with GOTOOLCHAIN=local from go.env, fixed with go env -w', () => {
    const f = goLine(linuxFacts(), '1.99.0');
    const e = f.gorootEnvFile?.entries.find((x) => x.key === 'GOTOOLCHAIN');
    if (e) e.value = 'local';
    const r = runCheck(check, f);
    expect(r.findings[0]?.message).toContain('from /usr/local/go/go.env');
    expect(r.findings[0]?.fixes[0]?.text).toBe('go env -w GOTOOLCHAIN=auto');
  });

  it('reports an empty GOTOOLCHAIN (no go.env line) without the GOTOOLCHAIN part', () => {
    const f = goLine(linuxFacts(), '1.99');
    if (f.gorootEnvFile) f.gorootEnvFile.entries = [];
    const r = runCheck(check, f);
    expect(r.findings[0]?.why).toContain('requires go >= 1.99 (running go 1.23.5)"');
  });

  it('reports toolchain default as the blocker', () => {
    const r = runCheck(check, goLine(linuxFacts(), '1.99.0', 'default'));
    expect(r.findings[0]?.message).toContain('toolchain default');
  });

  it('reports GOTOOLCHAIN=path without the toolchain on PATH', () => {
    const r = runCheck(check, goLine(setEnvFile(linuxFacts(), 'GOTOOLCHAIN', 'path'), '1.99.0'));
    expect(r.findings.map((x) => [x.code, x.severity])).toEqual([['not-in-path', 'error']]);
    expect(r.findings[0]?.why).toContain('go: cannot find "go1.99.0" in PATH');
  });

  it('stays silent when auto switches, and for an older go line', () => {
    expect(runCheck(check, goLine(linuxFacts(), '1.99.0')).findings).toEqual([]);
    expect(runCheck(check, goLine(setEnv(linuxFacts(), 'GOTOOLCHAIN', 'local'), '1.22')).findings).toEqual(
      [],
    );
  });

  it('reports a pinned older toolchain that is still too old', () => {
    const f = goLine(setEnv(linuxFacts(), 'GOTOOLCHAIN', 'go1.24.0'), '1.99.0');
    expect(runCheck(check, f).findings[0]?.message).toContain('go 1.24.0 runs');
  });

  it('does not apply before Go 1.21, or in GOPATH mode', () => {
    const old = setGoVersion(goLine(setEnv(linuxFacts(), 'GOTOOLCHAIN', 'local'), '1.99'), '1.19.8');
    expect(runCheck(check, old).status).toBe('skipped');
    const gopath = goLine(
      setEnv(setEnv(linuxFacts(), 'GOTOOLCHAIN', 'local'), 'GO111MODULE', 'off'),
      '1.99.0',
    );
    expect(runCheck(check, gopath).findings).toEqual([]);
  });
});
