import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile, setGoVersion } from '../../../test/support/facts.js';
import check from './goproxy-credentials.js';

/** What the collector stores for a URL with credentials. */
const REDACTED = 'https://***@goproxy.corp.example.com,direct';

describe('goproxy-credentials', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('warns about a redacted user-info in GOPROXY without printing any secret', () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOPROXY', REDACTED));
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f?.severity).toBe('warning');
    expect(f?.vars).toEqual(['GOPROXY']);
    expect(f?.message).toContain('"goproxy.corp.example.com"');
    expect(f?.message).toContain('***@');
    expect(f?.why).toContain('~/.netrc');
    expect(f?.why).not.toContain('GOAUTH');
    expect(f?.fixes[0]?.text).toBe('export GOPROXY=https://goproxy.corp.example.com,direct');
  });

  it('never shows a password even if facts were not redacted', () => {
    const r = runCheck(
      check,
      setEnvFile(linuxFacts(), 'GOPROXY', 'https://bob:hunter2@p.example.com,direct'),
    );
    const text = JSON.stringify(r.findings);
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('bob');
    expect(r.findings[0]?.fixes[0]?.text).toBe('go env -w GOPROXY=https://p.example.com,direct');
  });

  it('mentions GOAUTH from Go 1.24 and _netrc on Windows', () => {
    const facts = setGoVersion(setEnv(linuxFacts(), 'GOPROXY', REDACTED), '1.24.4');
    expect(runCheck(check, facts).findings[0]?.why).toContain('GOAUTH');
    const win = setEnv(linuxFacts(), 'GOPROXY', REDACTED);
    win.host.os = 'windows';
    expect(runCheck(check, win, 'powershell').findings[0]?.why).toContain('%USERPROFILE%\\_netrc');
  });

  it('checks the GOSUMDB URL too', () => {
    const r = runCheck(
      check,
      setEnv(linuxFacts(), 'GOSUMDB', 'sum.golang.org https://***@sumdb.corp.example.com'),
    );
    expect(r.findings[0]?.vars).toEqual(['GOSUMDB']);
  });
});
