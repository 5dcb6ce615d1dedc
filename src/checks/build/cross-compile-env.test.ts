import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile } from '../../../test/support/facts.js';
import check from './cross-compile-env.js';

describe('cross-compile-env', () => {
  it('passes on a healthy machine and when GOOS names the host', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    expect(runCheck(check, setEnv(linuxFacts(), 'GOOS', 'linux')).findings).toEqual([]);
  });

  it('is an error for a target this machine cannot run, with a per-command example', () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOOS', 'windows'));
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.code).toBe('cannot-run');
    expect(f?.vars).toEqual(['GOOS']);
    expect(f?.message).toContain('windows/amd64');
    expect(f?.why).toContain('exec format error');
    expect(f?.why).toContain('GOOS=windows go build');
    expect(f?.fixes.map((x) => x.text)).toEqual(['unset GOOS']);
  });

  it('fixes a go env -w target with go env -u', () => {
    const r = runCheck(check, setEnvFile(linuxFacts(), 'GOARCH', 'arm64'));
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['go env -u GOARCH']);
  });

  it('is an info for 386 on amd64 and for amd64 under Rosetta', () => {
    expect(runCheck(check, setEnv(linuxFacts(), 'GOARCH', '386')).findings[0]?.severity).toBe('info');
    const mac = setEnv(linuxFacts(), 'GOARCH', 'amd64');
    mac.host.os = 'darwin';
    mac.host.arch = 'arm64';
    if (mac.goEnv?.values) {
      mac.goEnv.values.GOOS = 'darwin';
      mac.goEnv.values.GOHOSTOS = 'darwin';
      mac.goEnv.values.GOHOSTARCH = 'arm64';
    }
    const f = runCheck(check, mac).findings[0];
    expect(f?.severity).toBe('info');
    expect(f?.why).toContain('Rosetta 2');
  });

  it('is a warning for WebAssembly', () => {
    const facts = setEnv(setEnv(linuxFacts(), 'GOOS', 'js'), 'GOARCH', 'wasm');
    const f = runCheck(check, facts).findings[0];
    expect(f?.severity).toBe('warning');
    expect(f?.vars).toEqual(['GOOS', 'GOARCH']);
    expect(f?.why).toContain('go_js_wasm_exec');
  });

  it('writes the per-command example for PowerShell on Windows', () => {
    const facts = setEnv(linuxFacts(), 'GOOS', 'linux');
    facts.host.os = 'windows';
    if (facts.goEnv?.values) facts.goEnv.values.GOHOSTOS = 'windows';
    const f = runCheck(check, facts, 'powershell').findings[0];
    expect(f?.why).toContain('$env:GOOS=linux; go build');
  });

  it('leaves invalid pairs to goos-goarch-invalid', () => {
    expect(runCheck(check, setEnv(linuxFacts(), 'GOOS', 'plan10')).findings).toEqual([]);
  });
});
