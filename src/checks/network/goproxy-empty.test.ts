import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile, setGoVersion } from '../../../test/support/facts.js';
import check from './goproxy-empty.js';

describe('goproxy-empty', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('reports an empty go env file line that hides go.env, fixed with go env -u', () => {
    const r = runCheck(check, setEnvFile(linuxFacts(), 'GOPROXY', ''));
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.vars).toEqual(['GOPROXY']);
    expect(f?.message).toContain('"/home/alice/.config/go/env":1 has an empty GOPROXY= line');
    expect(f?.why).toContain('GOPROXY list is not the empty string, but contains no entries');
    expect(f?.fixes.map((x) => x.text)).toEqual(['go env -u GOPROXY']);
  });

  it('is not fooled by an empty OS variable: the file decides', () => {
    const facts = setEnv(setEnvFile(linuxFacts(), 'GOPROXY', ''), 'GOPROXY', '', '');
    expect(runCheck(check, facts).findings).toHaveLength(1);
  });

  it('reports a go.env without a GOPROXY line', () => {
    const facts = linuxFacts();
    if (facts.gorootEnvFile)
      facts.gorootEnvFile.entries = facts.gorootEnvFile.entries.filter((e) => e.key !== 'GOPROXY');
    if (facts.goEnv?.values) facts.goEnv.values.GOPROXY = '';
    const f = runCheck(check, facts).findings[0];
    expect(f?.message).toContain('"/usr/local/go/go.env" has no GOPROXY line');
    expect(f?.fixes.map((x) => x.text)).toEqual(['go env -w GOPROXY=https://proxy.golang.org,direct']);
  });

  it('stays silent when go.env is missing (goroot-go-env-missing reports that)', () => {
    const facts = setEnvFile(linuxFacts(), 'GOPROXY', '');
    if (facts.gorootEnvFile) {
      facts.gorootEnvFile.exists = false;
      facts.gorootEnvFile.entries = [];
    }
    expect(runCheck(check, facts).findings).toEqual([]);
  });

  it('does not apply to Go 1.19, which has a built-in default', () => {
    const facts = setGoVersion(
      setEnvFile(linuxFacts(), 'GOPROXY', '', 'https://proxy.golang.org,direct'),
      '1.19.8',
    );
    expect(runCheck(check, facts).status).toBe('skipped');
  });
});
