import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck } from '../../../test/support/facts.js';
import { withPath } from '../_lib/pathlist.fixtures.js';
import check from './path-relative-entry.js';

describe('path-relative-entry', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('warns about "." and "bin", once each, with removal fixes', () => {
    const r = runCheck(check, withPath(linuxFacts(), ['/usr/local/go/bin', '.', 'bin', '/usr/bin', '.']));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.severity).toBe('warning');
    expect(r.findings[0]?.data.entries).toEqual(['"."', '"bin"']);
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual([
      'remove "." from PATH where your shell startup files set it',
      'remove "bin" from PATH where your shell startup files set it',
    ]);
  });

  it('leaves empty and "~" entries to their own checks', () => {
    expect(runCheck(check, withPath(linuxFacts(), ['/usr/bin', '', '~/go/bin'])).findings).toEqual([]);
  });

  it('uses Go rules on Windows', () => {
    const f = linuxFacts();
    f.host.os = 'windows';
    f.env = { USERPROFILE: 'C:\\Users\\bob' };
    withPath(f, ['C:\\Go\\bin', '\\tools', 'D:\\bin']);
    expect(runCheck(check, f).findings[0]?.data.entries).toEqual(['"\\\\tools"']);
  });
});
