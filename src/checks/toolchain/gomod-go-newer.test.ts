import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setGoVersion } from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import check from './gomod-go-newer.js';

function old(go: string, toolchain?: string): Facts {
  const f = setGoVersion(linuxFacts(), '1.19.8');
  if (f.module.gomod) {
    f.module.gomod.go = go;
    f.module.gomod.goLine = 3;
    if (toolchain) {
      f.module.gomod.toolchain = toolchain;
      f.module.gomod.toolchainLine = 5;
    }
  }
  return f;
}

describe('gomod-go-newer', () => {
  it('passes for a go line the local Go reads', () => {
    expect(runCheck(check, old('1.19')).findings).toEqual([]);
    expect(runCheck(check, old('1.17')).findings).toEqual([]);
  });

  it("reports a three-part go line as an error with go 1.19's message", () => {
    const r = runCheck(check, old('1.22.0'));
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.vars).toEqual(['GOVERSION']);
    expect(f?.why).toContain(
      "/home/alice/proj/go.mod:3: invalid go version '1.22.0': must match format 1.23",
    );
    expect(f?.fixes.map((x) => x.fix.kind)).toEqual(['advice', 'edit-line']);
    expect(f?.fixes[1]?.fix).toMatchObject({ from: 'go 1.22.0', to: 'go 1.22' });
  });

  it('reports even an old release written with a patch, and rc forms', () => {
    expect(runCheck(check, old('1.19.0')).findings[0]?.code).toBe('format');
    expect(runCheck(check, old('1.21rc1')).findings[0]?.code).toBe('format');
  });

  it('warns about a newer two-part go line, which builds', () => {
    const r = runCheck(check, old('1.22'));
    expect(r.findings.map((x) => [x.code, x.severity])).toEqual([['newer', 'warning']]);
    expect(r.findings[0]?.why).toContain('note: module requires Go 1.22');
  });

  it('reports a toolchain line as an error', () => {
    const r = runCheck(check, old('1.19', 'go1.22.0'));
    expect(r.findings.map((x) => [x.code, x.severity])).toEqual([['toolchain', 'error']]);
    expect(r.findings[0]?.why).toContain('go.mod:5: unknown directive: toolchain');
  });

  it('checks go.work too', () => {
    const f = old('1.19');
    f.module.gowork = { path: '/home/alice/go.work', go: '1.22.0', goLine: 1, godebug: [], use: ['./proj'] };
    const r = runCheck(check, f);
    expect(r.findings[0]?.why).toContain(
      "reading go.work: /home/alice/go.work:1: invalid go version '1.22.0'",
    );
  });

  it('ignores go.mod in GOPATH mode', () => {
    expect(runCheck(check, setEnv(old('1.22.0'), 'GO111MODULE', 'off')).findings).toEqual([]);
  });

  it('does not apply from Go 1.21 on', () => {
    const f = linuxFacts();
    if (f.module.gomod) f.module.gomod.go = '1.99.0';
    expect(runCheck(check, f).status).toBe('skipped');
  });
});
