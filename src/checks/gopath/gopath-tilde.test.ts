import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv, setEnvFile } from '../../../test/support/facts.js';
import { goEnvFailed } from '../_lib/pathlist.fixtures.js';
import check from './gopath-tilde.js';

describe('gopath-tilde', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('reports GOPATH="~/go" as an error and expands the home directory in the fix', () => {
    const r = runCheck(check, goEnvFailed(setEnv(linuxFacts(), 'GOPATH', '~/go')));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.severity).toBe('error');
    expect(r.findings[0]?.vars).toEqual(['GOPATH']);
    expect(r.findings[0]?.why).toContain(`GOPATH entry cannot start with shell metacharacter '~': "~/go"`);
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['export GOPATH=/home/alice/go']);
  });

  it('finds a later entry and drops ~user forms it cannot expand', () => {
    const r = runCheck(check, goEnvFailed(setEnv(linuxFacts(), 'GOPATH', '/a:~bob/go')));
    expect(r.findings[0]?.data.entries).toEqual(['"~bob/go"']);
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['export GOPATH=/a']);
  });

  it('reports a go env file line, fixed with go env -w', () => {
    const r = runCheck(check, goEnvFailed(setEnvFile(linuxFacts(), 'GOPATH', '~/go')));
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['go env -w GOPATH=/home/alice/go']);
  });

  it('accepts a ~ that is not at the start of an entry', () => {
    expect(runCheck(check, setEnv(linuxFacts(), 'GOPATH', '/tmp/git-1.8.2~rc3')).findings).toEqual([]);
  });

  it('leaves a HOME of "~" (default GOPATH) to home-relative', () => {
    const f = goEnvFailed(setEnv(linuxFacts(), 'HOME', '~'));
    expect(runCheck(check, f).findings).toEqual([]);
  });
});
