import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile } from '../../../test/support/facts.js';
import check from './envfile-shadowed.js';

describe('envfile-shadowed', () => {
  it('passes on a healthy machine, and when the file and the environment agree', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    const f = setEnvFile(linuxFacts(), 'GOPROXY', 'https://goproxy.example,direct');
    setEnv(f, 'GOPROXY', 'https://goproxy.example,direct');
    expect(runCheck(check, f).findings).toEqual([]);
    // Only in the file: it applies.
    expect(runCheck(check, setEnvFile(linuxFacts(), 'GOFLAGS', '-mod=mod')).findings).toEqual([]);
  });

  it('warns when a different environment value hides the go env -w value', () => {
    const f = setEnvFile(linuxFacts(), 'GOPROXY', 'https://goproxy.example,direct');
    setEnv(f, 'GOPROXY', 'off');
    const r = runCheck(check, f);
    expect(r.findings).toHaveLength(1);
    const x = r.findings[0];
    expect(x?.severity).toBe('warning');
    expect(x?.code).toBe('shadowed');
    expect(x?.vars).toEqual(['GOPROXY']);
    expect(x?.message).toContain('go env -w GOPROXY="https://goproxy.example,direct"');
    expect(x?.message).toContain('/home/alice/.config/go/env:1');
    expect(x?.message).toContain('GOPROXY="off"');
  });

  it('warns that an empty environment variable does not clear the file value', () => {
    const f = setEnvFile(linuxFacts(), 'GOFLAGS', '-mod=mod');
    setEnv(f, 'GOFLAGS', '', '-mod=mod');
    const r = runCheck(check, f);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.code).toBe('empty-env');
    expect(r.findings[0]?.vars).toEqual(['GOFLAGS']);
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['go env -u GOFLAGS']);
  });

  it('uses the last line for a key, and ignores empty file values and OS-only names', () => {
    const f = setEnvFile(linuxFacts(), 'GOPROXY', 'off');
    setEnvFile(f, 'GOPROXY', 'direct');
    setEnv(f, 'GOPROXY', 'direct');
    expect(runCheck(check, f).findings).toEqual([]);
    const g = setEnvFile(linuxFacts(), 'GOFLAGS', '');
    setEnv(g, 'GOFLAGS', '-x');
    expect(runCheck(check, g).findings).toEqual([]);
  });

  it('says nothing when the file could not be read', () => {
    const f = setEnvFile(linuxFacts(), 'GOPROXY', 'direct');
    setEnv(f, 'GOPROXY', 'off');
    if (f.envFile) f.envFile.error = 'EISDIR';
    expect(runCheck(check, f).findings).toEqual([]);
  });
});
