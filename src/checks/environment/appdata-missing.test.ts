import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck } from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import check from './appdata-missing.js';

function windows(env: Record<string, string>): Facts {
  const f = linuxFacts();
  f.host.os = 'windows';
  f.env = { USERPROFILE: 'C:\\Users\\bob', PATH: 'C:\\Program Files\\Go\\bin', ...env };
  if (f.goEnv?.values) {
    f.goEnv.values.GOCACHE = env.LOCALAPPDATA ? `${env.LOCALAPPDATA}\\go-build` : 'off';
  }
  return f;
}

describe('appdata-missing', () => {
  it('passes on a normal Windows session', () => {
    const r = runCheck(
      check,
      windows({
        LOCALAPPDATA: 'C:\\Users\\bob\\AppData\\Local',
        APPDATA: 'C:\\Users\\bob\\AppData\\Roaming',
      }),
    );
    expect(r.findings).toEqual([]);
  });

  it('is an error when %LocalAppData% is missing and GOCACHE unset, with a PowerShell fix', () => {
    const r = runCheck(check, windows({ APPDATA: 'C:\\Users\\bob\\AppData\\Roaming' }), 'powershell');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ severity: 'error', vars: ['GOCACHE'] });
    expect(r.findings[0]?.fixes[0]?.text).toBe("$env:GOCACHE = 'C:\\Users\\bob\\AppData\\Local\\go-build'");
  });

  it('is silent about the cache when GOCACHE is set', () => {
    const f = windows({ APPDATA: 'C:\\Users\\bob\\AppData\\Roaming', GOCACHE: 'D:\\cache' });
    if (f.goEnv?.values) f.goEnv.values.GOCACHE = 'D:\\cache';
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('warns when %AppData% is missing (go env -w cannot work)', () => {
    const r = runCheck(check, windows({ LOCALAPPDATA: 'C:\\Users\\bob\\AppData\\Local' }));
    expect(r.findings.map((f) => `${f.code}:${f.severity}`)).toEqual(['no-app-data:warning']);
  });

  it('does not apply on Linux', () => {
    expect(runCheck(check, linuxFacts()).status).toBe('skipped');
  });
});
