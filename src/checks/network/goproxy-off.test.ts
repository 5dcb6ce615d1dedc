import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile } from '../../../test/support/facts.js';
import check from './goproxy-off.js';

describe('goproxy-off', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('reports GOPROXY=off from the environment as an error, fixed by unsetting it', () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOPROXY', 'off'));
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.vars).toEqual(['GOPROXY']);
    expect(f?.message).toContain('"off"');
    expect(f?.message).toContain('set in the environment');
    expect(f?.why).toContain('module lookup disabled by GOPROXY=off');
    expect(f?.fixes.map((x) => x.text)).toEqual(['unset GOPROXY']);
  });

  it('reports an off written with go env -w, fixed with go env -u', () => {
    const r = runCheck(check, setEnvFile(linuxFacts(), 'GOPROXY', ' off ,direct'));
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['go env -u GOPROXY']);
  });

  it('mentions vendoring and GONOPROXY when they soften the blow', () => {
    const facts = setEnv(setEnv(linuxFacts(), 'GOPROXY', 'off'), 'GOPRIVATE', 'corp.example.com');
    facts.module.vendor = true;
    if (facts.goEnv?.values) facts.goEnv.values.GONOPROXY = 'corp.example.com';
    const why = runCheck(check, facts).findings[0]?.why ?? '';
    expect(why).toContain('vendor directory');
    expect(why).toContain('GONOPROXY/GOPRIVATE');
  });

  it('sets the default back when go.env itself says off', () => {
    const facts = linuxFacts();
    if (facts.gorootEnvFile?.entries[0]) facts.gorootEnvFile.entries[0].value = 'off';
    if (facts.goEnv?.values) facts.goEnv.values.GOPROXY = 'off';
    expect(runCheck(check, facts).findings[0]?.fixes.map((x) => x.text)).toEqual([
      'go env -w GOPROXY=https://proxy.golang.org,direct',
    ]);
  });

  it('ignores an off after a real proxy (only the fallback is disabled)', () => {
    expect(runCheck(check, setEnv(linuxFacts(), 'GOPROXY', 'https://goproxy.cn,off')).findings).toEqual([]);
  });
});
