import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile } from '../../../test/support/facts.js';
import { goEnvFailed } from '../_lib/pathlist.fixtures.js';
import check from './gopath-relative.js';

describe('gopath-relative', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('reports a relative GOPATH from the environment as an error; the fix unsets it', () => {
    const r = runCheck(check, goEnvFailed(setEnv(linuxFacts(), 'GOPATH', 'relgopath')));
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f?.severity).toBe('error');
    expect(f?.vars).toEqual(['GOPATH']);
    expect(f?.message).toContain('"relgopath"');
    expect(f?.why).toContain('go: GOPATH entry is relative; must be absolute path: "relgopath".');
    expect(f?.fixes.map((x) => x.text)).toEqual(['unset GOPATH']);
  });

  it('keeps the absolute entries (and expands ~) in the fix', () => {
    const r = runCheck(check, goEnvFailed(setEnv(linuxFacts(), 'GOPATH', '/a:rel:~/x')));
    expect(r.findings[0]?.data.entries).toEqual(['"rel"']);
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['export GOPATH=/a:/home/alice/x']);
  });

  it('reports a hand-written go env file line, fixed with go env -w', () => {
    const r = runCheck(check, goEnvFailed(setEnvFile(linuxFacts(), 'GOPATH', '/home/alice/go:relfile')));
    expect(r.findings[0]?.message).toContain('go env -w');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['go env -w GOPATH=/home/alice/go']);
  });

  it('ignores empty list elements and leaves ~ entries to gopath-tilde', () => {
    expect(runCheck(check, setEnv(linuxFacts(), 'GOPATH', ':/a::/b:')).findings).toEqual([]);
    expect(runCheck(check, goEnvFailed(setEnv(linuxFacts(), 'GOPATH', '~/go'))).findings).toEqual([]);
  });

  it('leaves a GOPATH inferred from a relative HOME to home-relative', () => {
    const f = setEnv(linuxFacts(), 'HOME', 'relhome');
    if (f.goEnv?.values) f.goEnv.values.GOPATH = '';
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('uses Go rules on Windows: "\\go" is relative, "C:\\go" is not', () => {
    const f = linuxFacts();
    f.host.os = 'windows';
    f.env = { USERPROFILE: 'C:\\Users\\bob', GOPATH: 'C:\\go;\\gp' };
    goEnvFailed(f);
    const r = runCheck(check, f, 'powershell');
    expect(r.findings[0]?.data.entries).toEqual(['"\\\\gp"']);
    expect(r.findings[0]?.fixes[0]?.text).toBe("$env:GOPATH = 'C:\\go'");
  });
});
