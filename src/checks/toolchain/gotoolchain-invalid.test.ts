import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile, setGoVersion } from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import check from './gotoolchain-invalid.js';

function toolchainLine(f: Facts, tc: string): Facts {
  if (f.module.gomod) {
    f.module.gomod.toolchain = tc;
    f.module.gomod.toolchainLine = 5;
  }
  return f;
}

describe('gotoolchain-invalid', () => {
  it('passes on a healthy machine and with every valid form', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    for (const v of ['local', 'auto', 'path', 'go1.22.3', 'go1.22.3+auto', 'local+path', 'go1.21']) {
      expect(runCheck(check, setEnv(linuxFacts(), 'GOTOOLCHAIN', v)).findings, v).toEqual([]);
    }
  });

  it("reports GOTOOLCHAIN=bogus as an error with go's message", () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOTOOLCHAIN', 'bogus'));
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.vars).toEqual(['GOTOOLCHAIN']);
    expect(f?.why).toContain('go: invalid GOTOOLCHAIN "bogus"');
    expect(f?.fixes.map((x) => x.text)).toEqual(['unset GOTOOLCHAIN']);
  });

  it('quotes the suffix and minimum-toolchain messages', () => {
    const a = runCheck(check, setEnv(linuxFacts(), 'GOTOOLCHAIN', 'go1.21.13+foo'));
    expect(a.findings[0]?.why).toContain('only version suffixes are +auto and +path');
    const b = runCheck(check, setEnv(linuxFacts(), 'GOTOOLCHAIN', 'bogus+auto'));
    expect(b.findings[0]?.why).toContain('invalid minimum toolchain "bogus"');
  });

  it("fixes a bad go env file line with go env -w (go env -u cannot run), using go.env's value", () => {
    const r = runCheck(check, setEnvFile(linuxFacts(), 'GOTOOLCHAIN', 'bogus'));
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['go env -w GOTOOLCHAIN=auto']);
  });

  it('is only info before Go 1.21, which ignores GOTOOLCHAIN', () => {
    const f = setGoVersion(setEnv(linuxFacts(), 'GOTOOLCHAIN', 'bogus'), '1.19.8');
    const r = runCheck(check, f);
    expect(r.findings.map((x) => [x.code, x.severity])).toEqual([['ignored', 'info']]);
    expect(r.findings[0]?.message).toContain('go1.19.8 does not know GOTOOLCHAIN');
  });

  it('is only info in GOPATH mode', () => {
    const f = setEnv(setEnv(linuxFacts(), 'GOTOOLCHAIN', 'bogus'), 'GO111MODULE', 'off');
    expect(runCheck(check, f).findings.map((x) => [x.code, x.severity])).toEqual([['ignored', 'info']]);
  });

  it('reports a toolchain line that is not a toolchain name (auto: select error)', () => {
    const r = runCheck(check, toolchainLine(linuxFacts(), 'bogus'));
    expect(r.findings.map((x) => [x.code, x.severity])).toEqual([['line', 'error']]);
    expect(r.findings[0]?.why).toContain('go: invalid toolchain "bogus" in go.mod');
    expect(r.findings[0]?.fixes[0]?.fix).toMatchObject({
      kind: 'edit-line',
      line: 5,
      from: 'toolchain bogus',
    });
  });

  it('reports a toolchain line that go.mod parsing rejects (local)', () => {
    const f = toolchainLine(setEnv(linuxFacts(), 'GOTOOLCHAIN', 'local'), 'gccgo-go1.21');
    const r = runCheck(check, f);
    expect(r.findings[0]?.why).toContain("go.mod:5: invalid toolchain version 'gccgo-go1.21'");
  });

  it('accepts toolchain default and release names', () => {
    expect(runCheck(check, toolchainLine(linuxFacts(), 'default')).findings).toEqual([]);
    expect(runCheck(check, toolchainLine(linuxFacts(), 'go1.22.0')).findings).toEqual([]);
  });
});
