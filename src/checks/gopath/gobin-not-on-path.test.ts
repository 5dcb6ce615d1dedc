import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv } from '../../../test/support/facts.js';
import { dirInfo, withPath } from '../_lib/pathlist.fixtures.js';
import check from './gobin-not-on-path.js';

const SYSTEM = ['/usr/local/go/bin', '/usr/local/bin', '/usr/bin', '/bin'];

describe('gobin-not-on-path', () => {
  it('passes on a healthy machine ($HOME/go/bin on PATH)', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('warns when an existing GOPATH[0]/bin is not on PATH, with a PATH fix', () => {
    const f = withPath(linuxFacts(), SYSTEM);
    f.paths['GOPATH[0]/bin'] = dirInfo('/home/alice/go/bin');
    const r = runCheck(check, f);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.severity).toBe('warning');
    expect(r.findings[0]?.vars).toEqual(['GOPATH', 'PATH']);
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual(['export PATH="$PATH:/home/alice/go/bin"']);
  });

  it('is only info while the default directory does not exist', () => {
    const r = runCheck(check, withPath(linuxFacts(), SYSTEM));
    expect(r.findings[0]?.severity).toBe('info');
    expect(r.findings[0]?.message).toContain('does not exist yet');
  });

  it('warns about a GOBIN off PATH even before it exists', () => {
    const r = runCheck(check, setEnv(linuxFacts(), 'GOBIN', '/home/alice/tools'));
    expect(r.findings[0]?.severity).toBe('warning');
    expect(r.findings[0]?.vars).toEqual(['GOBIN', 'PATH']);
  });

  it('matches cleaned spellings, links and "~/" entries', () => {
    expect(runCheck(check, withPath(linuxFacts(), [...SYSTEM, '/home/alice/go/bin/'])).findings).toEqual([]);
    expect(runCheck(check, withPath(linuxFacts(), [...SYSTEM, '~/go/bin'])).findings).toEqual([]);
    const f = withPath(linuxFacts(), [...SYSTEM, '/h/alice/go/bin'], {
      '/h/alice/go/bin': '/data/alice/go/bin',
    });
    f.paths['GOPATH[0]/bin'] = dirInfo('/home/alice/go/bin', { realPath: '/data/alice/go/bin' });
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('compares case-insensitively on Windows', () => {
    const f = linuxFacts();
    f.host.os = 'windows';
    f.env = { USERPROFILE: 'C:\\Users\\bob' };
    if (f.goEnv?.values) f.goEnv.values.GOPATH = 'C:\\Users\\bob\\go';
    withPath(f, ['C:\\Program Files\\Go\\bin', 'c:\\users\\bob\\go\\bin']);
    expect(runCheck(check, f).findings).toEqual([]);
    withPath(f, ['C:\\Program Files\\Go\\bin']);
    expect(runCheck(check, f, 'powershell').findings[0]?.fixes[0]?.text).toBe(
      "$env:Path += ';C:\\Users\\bob\\go\\bin'",
    );
  });

  it('says nothing when there is no install directory or it is relative', () => {
    const f = withPath(linuxFacts(), SYSTEM);
    if (f.goEnv?.values) f.goEnv.values.GOPATH = '';
    expect(runCheck(check, f).findings).toEqual([]);
    expect(runCheck(check, setEnv(withPath(linuxFacts(), SYSTEM), 'GOBIN', 'rel')).findings).toEqual([]);
  });
});
