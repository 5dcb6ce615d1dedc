import { describe, expect, it } from 'vitest';
import {
  linuxFacts,
  runCheck,
  setEnv,
  setEnvFile,
  setGoVersion,
  setPath,
} from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import check from './gowork-invalid.js';

function gowork(value: string, kind?: 'missing' | 'dir' | 'file'): Facts {
  const f = setEnv(linuxFacts(), 'GOWORK', value);
  if (kind) setPath(f, 'GOWORK', { path: value, kind });
  return f;
}

describe('gowork-invalid', () => {
  it('passes on a healthy machine and for "", auto, off and an existing file', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    for (const v of ['', 'auto', 'off']) expect(runCheck(check, gowork(v)).findings, v).toEqual([]);
    expect(runCheck(check, gowork('/home/alice/ws/go.work', 'file')).findings).toEqual([]);
  });

  it('is an error for a relative path, with the message of the release', () => {
    const r = runCheck(check, gowork('ws/go.work'));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.vars).toEqual(['GOWORK']);
    expect(r.findings[0]?.why).toContain('go: invalid GOWORK: not an absolute path');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['unset GOWORK']);
    const old = runCheck(check, setGoVersion(gowork('ws/go.work'), '1.19.8'));
    expect(old.findings[0]?.why).toContain('the path provided to GOWORK must be an absolute path');
    // Even with modules off.
    expect(runCheck(check, setEnv(gowork('ws/go.work'), 'GO111MODULE', 'off')).findings).toHaveLength(1);
  });

  it('is an error for a missing file or a directory, unless modules are off', () => {
    const m = runCheck(check, gowork('/x/none.work', 'missing'));
    expect(m.findings[0]?.code).toBe('missing');
    expect(m.findings[0]?.why).toContain('go: reading go.work: open /x/none.work: no such file or directory');
    expect(runCheck(check, gowork('/x', 'dir')).findings[0]?.code).toBe('not-a-file');
    expect(runCheck(check, setEnv(gowork('/x/none.work', 'missing'), 'GO111MODULE', 'off')).findings).toEqual(
      [],
    );
  });

  it('fixes a GOWORK line in the go env file by editing the file (go env -u refuses GOWORK)', () => {
    const f = setEnvFile(linuxFacts(), 'GOWORK', 'rel/go.work');
    const r = runCheck(check, f);
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual([
      'delete the GOWORK line from /home/alice/.config/go/env (line 1)',
    ]);
  });

  it('understands Windows paths', () => {
    const f = gowork('C:\\ws\\go.work', 'file');
    f.host.os = 'windows';
    expect(runCheck(check, f).findings).toEqual([]);
    const rel = gowork('ws\\go.work');
    rel.host.os = 'windows';
    expect(runCheck(check, rel).findings[0]?.code).toBe('relative');
  });

  it('does not apply before Go 1.18', () => {
    expect(runCheck(check, setGoVersion(gowork('rel'), '1.17.13')).status).toBe('skipped');
  });
});
