import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile } from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import check from './toolchain-line-lang-version.js';

function line(f: Facts, tc: string, go = '1.21'): Facts {
  if (f.module.gomod) {
    f.module.gomod.go = go;
    f.module.gomod.toolchain = tc;
    f.module.gomod.toolchainLine = 5;
  }
  return f;
}

describe('toolchain-line-lang-version', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('reports a selected "toolchain go1.99" line, fixed to go1.99.0', () => {
    const r = runCheck(check, line(linuxFacts(), 'go1.99'));
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.vars).toEqual(['GOTOOLCHAIN']);
    expect(f?.message).toContain('go.mod:5 says "toolchain go1.99"');
    expect(f?.why).toContain(
      'go: invalid toolchain: go1.99 is a language version but not a toolchain version (go1.99.x)',
    );
    expect(f?.fixes[0]?.fix).toMatchObject({
      kind: 'edit-line',
      from: 'toolchain go1.99',
      to: 'toolchain go1.99.0',
    });
  });

  it('does not report a go line without patch (go asks for .0) or an older toolchain line', () => {
    const goOnly = linuxFacts();
    if (goOnly.module.gomod) goOnly.module.gomod.go = '1.99';
    expect(runCheck(check, goOnly).findings).toEqual([]);
    expect(runCheck(check, line(linuxFacts(), 'go1.22')).findings).toEqual([]);
  });

  it('does not report when GOTOOLCHAIN=local ignores the line', () => {
    expect(runCheck(check, line(setEnv(linuxFacts(), 'GOTOOLCHAIN', 'local'), 'go1.99')).findings).toEqual(
      [],
    );
  });

  it('does not report when an executable named go1.99 is on PATH', () => {
    const f = line(linuxFacts(), 'go1.99');
    f.goBinaries.push({
      name: 'go1.99',
      path: '/usr/local/bin/go1.99',
      pathIndex: 2,
      realPath: '/usr/local/bin/go1.99',
      goroot: null,
      version: '1.99',
      versionSource: 'file name',
      executable: true,
    });
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('reports GOTOOLCHAIN=go1.99 and fixes it where it is set, keeping the suffix', () => {
    const r = runCheck(check, setEnvFile(linuxFacts(), 'GOTOOLCHAIN', 'go1.99+auto'));
    expect(r.findings.map((x) => [x.code, x.severity])).toEqual([['env', 'error']]);
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['go env -w GOTOOLCHAIN=go1.99.0+auto']);
  });
});
