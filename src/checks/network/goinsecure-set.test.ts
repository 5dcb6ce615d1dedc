import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile } from '../../../test/support/facts.js';
import check from './goinsecure-set.js';

describe('goinsecure-set', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    expect(runCheck(check, setEnv(linuxFacts(), 'GOINSECURE', ',')).findings).toEqual([]);
  });

  it('warns about one host, saying checksums still apply', () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOINSECURE', 'git.corp.example.com'));
    const f = r.findings[0];
    expect(f?.severity).toBe('warning');
    expect(f?.code).toBe('set');
    expect(f?.vars).toEqual(['GOINSECURE']);
    expect(f?.why).toContain('does not disable checksum verification');
    expect(f?.fixes.map((x) => x.text)).toEqual(['unset GOINSECURE']);
  });

  it('words a catch-all pattern more strongly', () => {
    const r = runCheck(check, setEnvFile(linuxFacts(), 'GOINSECURE', '*'));
    expect(r.findings[0]?.code).toBe('everything');
    expect(r.findings[0]?.severity).toBe('warning');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['go env -u GOINSECURE']);
  });
});
