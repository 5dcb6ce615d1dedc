import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv } from '../../../test/support/facts.js';
import check from './goproxy-mainland-china.js';

describe('goproxy-mainland-china', () => {
  it('passes on a healthy machine elsewhere', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    expect(runCheck(check, setEnv(linuxFacts(), 'LANG', 'zh_TW.UTF-8')).findings).toEqual([]);
    expect(runCheck(check, setEnv(linuxFacts(), 'TZ', 'Asia/Taipei')).findings).toEqual([]);
  });

  it('hints at a mirror for a zh_CN locale with the default proxy (from go.env)', () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'LANG', 'zh_CN.UTF-8'));
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f?.severity).toBe('info');
    expect(f?.vars).toEqual(['GOPROXY', 'GOSUMDB']);
    expect(f?.message).toContain('"LANG=zh_CN.UTF-8"');
    expect(f?.why).toContain('https://goproxy.cn');
    expect(f?.why).toContain('sum.golang.google.cn');
    expect(f?.fixes.map((x) => x.text)).toEqual(['go env -w GOPROXY=https://goproxy.cn,direct']);
  });

  it('recognises the time zone alone', () => {
    for (const tz of ['Asia/Shanghai', ':Asia/Chongqing', 'PRC', '/usr/share/zoneinfo/Asia/Shanghai']) {
      expect(runCheck(check, setEnv(linuxFacts(), 'TZ', tz)).findings, tz).toHaveLength(1);
    }
  });

  it('is silent when a mirror is already set', () => {
    const facts = setEnv(setEnv(linuxFacts(), 'LANG', 'zh_CN.UTF-8'), 'GOPROXY', 'https://goproxy.cn,direct');
    expect(runCheck(check, facts).findings).toEqual([]);
  });
});
