import { describe, expect, it } from 'vitest';
import { GiB, linuxWith, loc } from '../../../test/support/du.js';
import { runCheck } from '../../../test/support/facts.js';
import check from './du-unreadable.js';

describe('du-unreadable', () => {
  const vol = { path: '/', free: 50 * GiB, total: 100 * GiB, system: true };
  it('an info finding naming the first unreadable entry: the size is a lower bound', () => {
    const f = linuxWith({
      locations: [
        loc('GOPATH[0]', '/home/alice/go', 100, vol, {
          errorCount: 2,
          errors: [
            { path: '/home/alice/go/x', code: 'EACCES' },
            { path: '/home/alice/go/y', code: 'EACCES' },
          ],
        }),
      ],
      volumes: [vol],
      durationMs: 1,
    });
    const [x, ...rest] = runCheck(check, f).findings;
    expect(rest).toEqual([]);
    expect(x?.severity).toBe('info');
    expect(x?.vars).toEqual(['GOPATH']);
    expect(x?.message).toBe(
      '2 entries under GOPATH[0] (/home/alice/go) could not be read (first: /home/alice/go/x: EACCES), so its size is at least 100 B.',
    );
  });
  it('nothing when every entry was read', () => {
    const f = linuxWith({ locations: [loc('GOCACHE', '/c', 100, vol)], volumes: [vol], durationMs: 1 });
    expect(runCheck(check, f).findings).toEqual([]);
  });
});
