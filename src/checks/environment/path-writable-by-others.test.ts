import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck } from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import check from './path-writable-by-others.js';

// PATH in linuxFacts: 0 /usr/local/go/bin, 1 ~/go/bin, 2 /usr/local/bin, 3 /usr/bin, 4 /bin; alice is uid 1000.
function mode(f: Facts, index: number, m: number, uid: number): Facts {
  const e = f.pathEntries[index];
  if (e?.info) Object.assign(e.info, { mode: 0o040000 | m, uid });
  return f;
}

function healthy(): Facts {
  const f = linuxFacts();
  mode(f, 0, 0o755, 0);
  mode(f, 1, 0o755, 1000);
  for (const i of [2, 3, 4]) mode(f, i, 0o755, 0);
  return f;
}

describe('path-writable-by-others', () => {
  it('passes for root-owned and own directories, and when modes were not collected', () => {
    expect(runCheck(check, healthy()).findings).toEqual([]);
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('warns about a world-writable directory before the system ones, with chmod when it is ours', () => {
    const r = runCheck(check, mode(healthy(), 1, 0o777, 1000));
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.severity).toBe('warning');
    expect(r.findings[0]?.message).toBe(
      'PATH entry /home/alice/go/bin is writable by every user (mode 0777) and comes before the system directories.',
    );
    expect(r.findings[0]?.fixes[0]?.text).toBe('chmod o-w /home/alice/go/bin');
  });

  it('counts a sticky /tmp-like directory too: the sticky bit does not stop new files', () => {
    const r = runCheck(check, mode(healthy(), 0, 0o1777, 0));
    expect(r.findings[0]?.code).toBe('world-writable');
    expect(r.findings[0]?.message).toContain('mode 1777');
    expect(r.findings[0]?.fixes[0]?.text).toContain('remove "/usr/local/go/bin" from PATH');
  });

  it('warns about a directory owned by another non-root user', () => {
    const r = runCheck(check, mode(healthy(), 0, 0o755, 1001));
    expect(r.findings[0]?.code).toBe('other-owner');
    expect(r.findings[0]?.message).toContain('uid 1001');
  });

  it('ignores directories after the last system directory, and system directories themselves', () => {
    const f = healthy();
    f.pathEntries.push({ entry: '/tmp', index: 5, info: { path: '/tmp', absolute: true, kind: 'dir' } });
    mode(f, 5, 0o1777, 0);
    mode(f, 3, 0o777, 0);
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('does not apply on Windows', () => {
    const f = mode(healthy(), 1, 0o777, 1000);
    f.host.os = 'windows';
    expect(runCheck(check, f).status).toBe('skipped');
  });
});
