import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile } from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import check from './goprivate-too-broad.js';

/** GOPRIVATE as go env reports it, with GONOPROXY/GONOSUMDB following it unless set. */
function goprivate(f: Facts, value: string): Facts {
  setEnv(f, 'GOPRIVATE', value);
  if (f.goEnv?.values) {
    if (f.env.GONOPROXY === undefined) f.goEnv.values.GONOPROXY = value;
    if (f.env.GONOSUMDB === undefined) f.goEnv.values.GONOSUMDB = value;
  }
  return f;
}

describe('goprivate-too-broad', () => {
  it('passes on a healthy machine and for real private prefixes', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    expect(runCheck(check, goprivate(linuxFacts(), '*.corp.example.com,github.com/acme')).findings).toEqual(
      [],
    );
  });

  it('does not require GONOPROXY and GONOSUMDB to be equal', () => {
    const facts = goprivate(setEnv(linuxFacts(), 'GONOPROXY', 'none'), 'corp.example.com');
    expect(runCheck(check, facts).findings).toEqual([]);
    expect(runCheck(check, setEnv(linuxFacts(), 'GONOSUMDB', 'corp.example.com')).findings).toEqual([]);
  });

  it('warns once about GOPRIVATE=* covering both the proxy and the checksum database', () => {
    const r = runCheck(check, goprivate(linuxFacts(), '*'));
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f?.severity).toBe('warning');
    expect(f?.vars).toEqual(['GOPRIVATE']);
    expect(f?.message).toContain('skips the module proxy');
    expect(f?.message).toContain('checksum database');
    expect(f?.fixes.map((x) => x.text)[0]).toBe('unset GOPRIVATE');
  });

  it('with GONOPROXY=none only the checksum database is skipped', () => {
    const r = runCheck(check, goprivate(setEnv(linuxFacts(), 'GONOPROXY', 'none'), '*'));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.message).toContain('no module is verified against the checksum database');
  });

  it('reports GONOSUMDB and GONOPROXY on their own', () => {
    const r = runCheck(check, setEnvFile(linuxFacts(), 'GONOSUMDB', '*.*'));
    expect(r.findings[0]?.vars).toEqual(['GONOSUMDB']);
    expect(r.findings[0]?.fixes.map((x) => x.text)[0]).toBe('go env -u GONOSUMDB');
    const p = runCheck(check, setEnv(linuxFacts(), 'GONOPROXY', '*/*'));
    expect(p.findings[0]?.vars).toEqual(['GONOPROXY']);
    expect(p.findings[0]?.message).toContain('fetched directly');
  });

  it('ignores effects that cannot happen (GOPROXY=direct, GOSUMDB=off)', () => {
    const facts = setEnv(setEnv(goprivate(linuxFacts(), '*'), 'GOPROXY', 'direct'), 'GOSUMDB', 'off');
    expect(runCheck(check, facts).findings).toEqual([]);
  });
});
