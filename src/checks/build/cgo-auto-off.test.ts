import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile, setGoVersion } from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import check from './cgo-auto-off.js';

function noGcc(f: Facts): Facts {
  f.cc = { name: 'gcc', path: null, fromOSEnv: false };
  if (f.goEnv?.values) f.goEnv.values.CGO_ENABLED = '0';
  return f;
}

describe('cgo-auto-off', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('warns that cgo was turned off because gcc is missing', () => {
    const r = runCheck(check, noGcc(linuxFacts()));
    const f = r.findings[0];
    expect(f?.severity).toBe('warning');
    expect(f?.code).toBe('no-compiler');
    expect(f?.vars).toEqual(['CGO_ENABLED', 'CC', 'PATH']);
    expect(f?.message).toContain('"gcc" is not in PATH');
    expect(f?.why).toContain('import "C"');
    expect(f?.fixes.map((x) => x.text)).toEqual([
      'Install gcc to build with cgo.',
      'go env -w CGO_ENABLED=0',
    ]);
  });

  it('works without an answer from go env', () => {
    const facts = noGcc(linuxFacts());
    if (facts.goEnv?.values) delete facts.goEnv.values.CGO_ENABLED;
    expect(runCheck(check, facts).findings).toHaveLength(1);
  });

  it('is only an info on Windows, where cgo-free builds are the norm', () => {
    const facts = noGcc(linuxFacts());
    facts.host.os = 'windows';
    if (facts.goEnv?.values) {
      facts.goEnv.values.GOOS = 'windows';
      facts.goEnv.values.GOHOSTOS = 'windows';
    }
    expect(runCheck(check, facts, 'powershell').findings[0]?.severity).toBe('info');
  });

  it('explains that a CC set with go env -w does not prevent the fallback', () => {
    const facts = setEnvFile(linuxFacts(), 'CC', '/usr/bin/gcc');
    facts.cc = { name: '/usr/bin/gcc', path: '/usr/bin/gcc', fromOSEnv: false };
    if (facts.goEnv?.values) facts.goEnv.values.CGO_ENABLED = '0';
    const f = runCheck(check, facts).findings[0];
    expect(f?.code).toBe('cc-envfile');
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('CC="/usr/bin/gcc" is set with go env -w');
    expect(f?.fixes.map((x) => x.text)).toEqual(['export CC=/usr/bin/gcc']);
  });

  it('is silent when CGO_ENABLED=0 is chosen, when cross-compiling, and before Go 1.20', () => {
    expect(runCheck(check, noGcc(setEnv(linuxFacts(), 'CGO_ENABLED', '0'))).findings).toEqual([]);
    expect(runCheck(check, noGcc(setEnv(linuxFacts(), 'GOARCH', 'arm64'))).findings).toEqual([]);
    expect(runCheck(check, setGoVersion(noGcc(linuxFacts()), '1.19.8')).status).toBe('skipped');
  });
});
