import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnvFile } from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import { parseEnvFile } from '../../core/parse.js';
import check from './envfile-ignored-lines.js';

function withFile(text: string): Facts {
  const f = linuxFacts();
  const parsed = parseEnvFile(text);
  f.envFile = {
    path: '/home/alice/.config/go/env',
    origin: '$HOME/.config/go/env',
    exists: true,
    entries: parsed.entries,
    ignored: parsed.ignored,
  };
  return f;
}

describe('envfile-ignored-lines', () => {
  it('passes on a healthy machine and for a file written by go env -w', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    expect(runCheck(check, withFile('GOFLAGS=-mod=mod\nGOPROXY=direct\n\n# note\n')).findings).toEqual([]);
  });

  it('warns about lines go skips, with a hint', () => {
    const r = runCheck(check, withFile('goproxy=off\nGOFLAGS=-x\n'));
    expect(r.findings).toHaveLength(1);
    const x = r.findings[0];
    expect(x?.severity).toBe('warning');
    expect(x?.vars).toEqual(['GOENV']);
    expect(x?.message).toContain('line 1 "goproxy=off"');
    expect(x?.why).toContain('upper case');
    expect(runCheck(check, withFile('export GOFLAGS=-x\n')).findings[0]?.why).toContain('export');
    expect(runCheck(check, withFile('  GOFLAGS=-x\n')).findings[0]?.why).toContain('leading white space');
    expect(runCheck(check, withFile('{\n  "GOPROXY": "off"\n}\n')).findings[0]?.why).toContain('not JSON');
  });

  it('only notes lines that do not look like settings', () => {
    expect(runCheck(check, withFile('hello world\n')).findings[0]?.severity).toBe('info');
  });

  it('never shows credentials from an ignored line', () => {
    const r = runCheck(check, withFile('goproxy=https://me:s3cret@proxy.corp.example\n'));
    expect(r.findings[0]?.message).not.toContain('s3cret');
    expect(r.findings[0]?.message).toContain('***@proxy.corp.example');
  });

  it('warns when the file cannot be read: go ignores it silently', () => {
    const f = setEnvFile(linuxFacts(), 'GOFLAGS', '-x');
    if (f.envFile) f.envFile.error = 'EISDIR';
    const r = runCheck(check, f);
    expect(r.findings[0]?.code).toBe('unreadable');
    expect(r.findings[0]?.severity).toBe('warning');
    expect(r.findings[0]?.message).toContain('EISDIR');
  });

  it('warns that a GOENV line in the file has no effect', () => {
    const r = runCheck(check, withFile('GOENV=/etc/go.env\n'));
    expect(r.findings[0]?.code).toBe('os-only');
    expect(r.findings[0]?.message).toContain(':1 sets GOENV');
  });
});
