import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile, setGoVersion } from '../../../test/support/facts.js';
import check from './goproxy-invalid.js';

describe('goproxy-invalid', () => {
  it('passes on a healthy machine and on common mirrors', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    for (const v of [
      'https://goproxy.cn,direct',
      'https://mirrors.aliyun.com/goproxy/,direct',
      'goproxy.io,direct',
      'file:///srv/goproxy|https://proxy.golang.org|direct',
      'direct',
      'off',
    ]) {
      expect(runCheck(check, setEnv(linuxFacts(), 'GOPROXY', v)).findings, v).toEqual([]);
    }
  });

  it("reports a bad scheme with go's message", () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOPROXY', 'https://goproxy.cn|ftp://x,direct'));
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.code).toBe('bad-entry');
    expect(f?.vars).toEqual(['GOPROXY']);
    expect(f?.message).toContain('"ftp://x"');
    expect(f?.why).toContain('invalid proxy URL scheme (must be https, http, file): ftp://x');
    expect(f?.fixes.map((x) => x.text)).toContain('unset GOPROXY');
  });

  it('turns a bare directory into a file:// URL in the fix', () => {
    const r = runCheck(check, setEnvFile(linuxFacts(), 'GOPROXY', '/srv/goproxy,direct'));
    expect(r.findings[0]?.why).toContain('invalid proxy URL missing scheme: /srv/goproxy');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['go env -w GOPROXY=file:///srv/goproxy,direct']);
  });

  it('reports a list without entries', () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOPROXY', ','));
    expect(r.findings[0]?.code).toBe('no-entries');
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.why).toContain('GOPROXY list is not the empty string, but contains no entries');
  });

  it('leaves an empty GOPROXY to goproxy-empty', () => {
    expect(runCheck(check, setEnvFile(linuxFacts(), 'GOPROXY', '')).findings).toEqual([]);
  });

  it('warns about proxies after direct, which go never reads', () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOPROXY', 'direct,https://goproxy.cn'));
    const f = r.findings[0];
    expect(f?.severity).toBe('warning');
    expect(f?.code).toBe('ignored');
    expect(f?.message).toContain('"https://goproxy.cn"');
    expect(f?.fixes.map((x) => x.text)).toEqual(['export GOPROXY=https://goproxy.cn,direct']);
  });

  it('uses the Go 1.26 colon rule only from 1.26', () => {
    const value = 'https://a:b:80,direct';
    expect(runCheck(check, setEnv(linuxFacts(), 'GOPROXY', value)).findings).toEqual([]);
    const r = runCheck(check, setGoVersion(setEnv(linuxFacts(), 'GOPROXY', value), '1.26.8'));
    expect(r.findings[0]?.why).toContain('invalid port ":b:80" after host');
  });

  it('treats Windows drive paths as paths', () => {
    const facts = setEnv(linuxFacts(), 'GOPROXY', 'C:\\goproxy');
    facts.host.os = 'windows';
    const r = runCheck(check, facts, 'powershell');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(["$env:GOPROXY = 'file:///C:/goproxy'"]);
  });
});
