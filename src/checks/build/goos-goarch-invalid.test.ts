import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile, setGoVersion } from '../../../test/support/facts.js';
import { pairStatus } from '../_lib/cgo-targets.js';
import check from './goos-goarch-invalid.js';

describe('goos-goarch-invalid', () => {
  it('passes on a healthy machine and for real cross targets', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    expect(runCheck(check, setEnv(linuxFacts(), 'GOOS', 'windows')).findings).toEqual([]);
    expect(runCheck(check, setEnv(setEnv(linuxFacts(), 'GOOS', 'js'), 'GOARCH', 'wasm')).findings).toEqual(
      [],
    );
  });

  it("reports an unknown GOOS with go's message and the variable that is set", () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOOS', 'plan10'));
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.vars).toEqual(['GOOS']);
    expect(f?.why).toContain('go: unsupported GOOS/GOARCH pair plan10/amd64');
    expect(f?.fixes.map((x) => x.text)).toEqual(['unset GOOS']);
  });

  it('suggests Go names for common spellings', () => {
    const r = runCheck(check, setEnvFile(linuxFacts(), 'GOARCH', 'x86_64'));
    expect(r.findings[0]?.why).toContain('Did you mean GOARCH=amd64?');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['go env -w GOARCH=amd64']);
    const os = runCheck(check, setEnv(linuxFacts(), 'GOOS', 'Linux'));
    expect(os.findings[0]?.fixes.map((x) => x.text)).toEqual(['export GOOS=linux']);
    const mac = runCheck(check, setEnv(linuxFacts(), 'GOOS', 'macos'));
    expect(mac.findings[0]?.why).toContain('GOOS=darwin');
  });

  it('follows the release: wasip1/wasm since 1.21, windows/arm gone in 1.26', () => {
    const wasip1 = () => setEnv(setEnv(linuxFacts(), 'GOOS', 'wasip1'), 'GOARCH', 'wasm');
    expect(runCheck(check, setGoVersion(wasip1(), '1.19.8')).findings).toHaveLength(1);
    expect(runCheck(check, setGoVersion(wasip1(), '1.20.14')).findings).toEqual([]);
    expect(runCheck(check, wasip1()).findings).toEqual([]);
    const winarm = () => setEnv(setEnv(linuxFacts(), 'GOOS', 'windows'), 'GOARCH', 'arm');
    expect(runCheck(check, winarm()).findings).toEqual([]);
    expect(runCheck(check, setGoVersion(winarm(), '1.25.1')).findings).toEqual([]);
    expect(runCheck(check, setGoVersion(winarm(), '1.26.8')).findings[0]?.severity).toBe('error');
  });

  it('reports linux/sparc64, which has no compiler', () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOARCH', 'sparc64'));
    expect(r.findings[0]?.code).toBe('no-compiler');
  });

  it('does not judge plausible pairs on releases newer than the tables', () => {
    expect(pairStatus('darwin', '386', '1.27.0')).toBe('unknown');
    expect(pairStatus('darwin', 'x86_64', '1.27.0')).toBe('unsupported');
    expect(pairStatus('darwin', '386', '1.26.8')).toBe('unsupported');
  });
});
