import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck } from '../../../test/support/facts.js';
import { withPath } from '../_lib/pathlist.fixtures.js';
import check from './path-empty-entry.js';

describe('path-empty-entry', () => {
  it('passes on a healthy machine', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('warns about leading, inner and trailing empty entries', () => {
    const r = runCheck(check, withPath(linuxFacts(), ['', '/usr/local/go/bin', '', '/usr/bin', '']));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.severity).toBe('warning');
    expect(r.findings[0]?.vars).toEqual(['PATH']);
    expect(r.findings[0]?.data).toEqual({ count: 3, where: ['leading', 'inner', 'trailing'] });
    expect(r.findings[0]?.message).toContain('3 empty entries');
  });

  it('ignores an empty PATH (that is another problem)', () => {
    expect(runCheck(check, withPath(linuxFacts(), [''])).findings).toEqual([]);
  });

  it('does not apply on Windows', () => {
    const f = linuxFacts();
    f.host.os = 'windows';
    expect(runCheck(check, f).status).toBe('skipped');
  });
});
