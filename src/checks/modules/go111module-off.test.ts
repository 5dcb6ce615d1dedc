import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile } from '../../../test/support/facts.js';
import check from './go111module-off.js';

describe('go111module-off', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('is an error inside a module: go mod download fails', () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GO111MODULE', 'off'));
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.code).toBe('with-gomod');
    expect(f?.message).toContain('/home/alice/proj/go.mod');
    expect(f?.why).toContain("go: modules disabled by GO111MODULE=off; see 'go help modules'");
    expect(f?.fixes.map((x) => x.text)).toEqual(['unset GO111MODULE']);
  });

  it('is a warning outside a module (legacy GOPATH mode)', () => {
    const facts = setEnvFile(linuxFacts(), 'GO111MODULE', 'off');
    facts.module.gomod = null;
    const r = runCheck(check, facts);
    expect(r.findings[0]?.severity).toBe('warning');
    expect(r.findings[0]?.code).toBe('gopath-mode');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['go env -u GO111MODULE']);
  });

  it('does not report auto: since Go 1.13 a go.mod means module mode', () => {
    expect(runCheck(check, setEnv(linuxFacts(), 'GO111MODULE', 'auto')).findings).toEqual([]);
  });
});
