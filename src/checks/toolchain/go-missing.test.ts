import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck } from '../../../test/support/facts.js';
import check from './go-missing.js';

describe('go-missing', () => {
  it('passes when go is on PATH', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('reports no go at all, with install advice', () => {
    const f = linuxFacts();
    f.goBinaries = [];
    f.goEnv = null;
    const r = runCheck(check, f);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.vars).toEqual(['PATH']);
    expect(r.findings[0]?.message).toMatch(/No go command on PATH, and no Go installation/);
    expect(r.findings[0]?.fixes[0]?.text).toContain('https://go.dev/dl/');
  });

  it('names an installation found off PATH and the PATH line that fixes it, in the user shell', () => {
    const f = linuxFacts();
    f.goBinaries = [];
    f.goEnv = null;
    f.offPathInstalls = ['/usr/local/go/bin/go'];
    const r = runCheck(check, f);
    expect(r.findings[0]?.message).toContain('installed at /usr/local/go/bin/go');
    expect(r.findings[0]?.fixes[0]?.text).toBe('export PATH="/usr/local/go/bin:$PATH"');
    expect(runCheck(check, f, 'fish').findings[0]?.fixes[0]?.text).toBe(
      'fish_add_path --global --move /usr/local/go/bin',
    );
  });

  it('uses Windows path rules for a Windows installation', () => {
    const f = linuxFacts();
    f.host.os = 'windows';
    f.goBinaries = [];
    f.goEnv = null;
    f.offPathInstalls = ['C:\\Program Files\\Go\\bin\\go.exe'];
    const r = runCheck(check, f, 'powershell');
    expect(r.findings[0]?.fixes[0]?.text).toBe("$env:Path = 'C:\\Program Files\\Go\\bin;' + $env:Path");
  });

  it('reports a go that is not executable', () => {
    const f = linuxFacts();
    const b = f.goBinaries[0];
    if (b) b.executable = false;
    const r = runCheck(check, f);
    expect(r.findings[0]?.code).toBe('not-executable');
    expect(r.findings[0]?.fixes[0]?.text).toBe('chmod a+x /usr/local/go/bin/go');
  });
});
