import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck } from '../../../test/support/facts.js';
import { withPath } from '../_lib/pathlist.fixtures.js';
import check from './path-tilde.js';

describe('path-tilde', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('warns about a literal ~ entry and replaces it with the expanded directory', () => {
    const r = runCheck(check, withPath(linuxFacts(), ['/usr/local/go/bin', '~/go/bin', '/usr/bin']));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.severity).toBe('warning');
    expect(r.findings[0]?.why).toContain('your shell is bash');
    expect(r.findings[0]?.fixes.map((x) => x.text)).toEqual([
      'remove "~/go/bin" from PATH where your shell startup files set it',
      'export PATH="/home/alice/go/bin:$PATH"',
    ]);
  });

  it('cannot expand ~user forms, and says so only through the removal fix', () => {
    const f = withPath(linuxFacts(), ['/usr/bin', '~bob/bin']);
    f.host.shell = 'zsh';
    const r = runCheck(check, f, 'zsh');
    expect(r.findings[0]?.why).not.toContain('your shell is bash');
    expect(r.findings[0]?.fixes).toHaveLength(1);
  });

  it('does not apply on Windows', () => {
    const f = linuxFacts();
    f.host.os = 'windows';
    expect(runCheck(check, f).status).toBe('skipped');
  });
});
