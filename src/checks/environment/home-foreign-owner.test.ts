import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck, setEnv } from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import { dirInfo, missingInfo } from '../_lib/pathlist.fixtures.js';
import check from './home-foreign-owner.js';

/** root after `sudo -E`: uid 0, account home /root, HOME still alice's (uid 1000). */
function sudoE(): Facts {
  const f = linuxFacts();
  f.host.uid = 0;
  f.host.username = 'root';
  f.host.accountHome = '/root';
  f.paths.HOME = dirInfo('/home/alice', { uid: 1000 });
  return f;
}

describe('home-foreign-owner', () => {
  it('passes on a healthy machine, and when the owner is not collected', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
    const f = sudoE();
    delete f.paths.HOME?.uid;
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('passes when HOME is owned by this user', () => {
    const f = linuxFacts();
    f.paths.HOME = dirInfo('/home/alice', { uid: 1000 });
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it("warns for root with another user's HOME (sudo -E), naming what lands there and how to fix it", () => {
    const r = runCheck(check, sudoE());
    expect(r.findings).toHaveLength(1);
    const x = r.findings[0];
    expect(x?.severity).toBe('warning');
    expect(x?.vars).toEqual(['HOME', 'GOCACHE', 'GOMODCACHE', 'GOPATH']);
    expect(x?.message).toBe(
      '$HOME "/home/alice" belongs to uid 1000, not to you (uid 0, root): go writes GOCACHE "/home/alice/.cache/go-build", GOMODCACHE "/home/alice/go/pkg/mod" and the install directory "/home/alice/go/bin" into that user\'s tree.',
    );
    expect(x?.why).toContain('permission denied');
    expect(x?.why).toContain('sudo -H');
    expect(x?.fixes.map((y) => y.text)).toEqual([
      'run go as root with "sudo -H ..." (or "sudo --preserve-env=PATH ..." without HOME) instead of "sudo -E"',
      'export HOME=/root',
      'give what root already wrote there back to its owner: chown -R 1000 /home/alice/.cache/go-build /home/alice/go/pkg/mod /home/alice/go/bin',
    ]);
  });

  it("renders the HOME fix in the user's shell", () => {
    expect(runCheck(check, sudoE(), 'fish').findings[0]?.fixes[1]?.text).toBe('set -gx HOME /root');
  });

  it("warns a non-root user whose HOME is another user's writable tree", () => {
    const f = linuxFacts();
    f.env.HOME = '/home/bob';
    f.paths.HOME = dirInfo('/home/bob', { uid: 1001 });
    for (const k of ['GOPATH', 'GOCACHE', 'GOMODCACHE'] as const) {
      const v = f.goEnv?.values?.[k];
      if (f.goEnv?.values && v) f.goEnv.values[k] = v.replace('/home/alice', '/home/bob');
    }
    const r = runCheck(check, f);
    expect(r.findings[0]?.severity).toBe('warning');
    expect(r.findings[0]?.why).toContain('Set HOME to your own home directory');
    expect(r.findings[0]?.fixes.map((y) => y.text)).toEqual(['export HOME=/home/alice']);
  });

  it('is silent when HOME is, or links to, the account home', () => {
    const f = sudoE();
    f.host.accountHome = '/home/alice';
    expect(runCheck(check, f).findings).toEqual([]);
    const g = sudoE();
    g.env.HOME = '/home/link';
    g.paths.HOME = dirInfo('/home/link', {
      uid: 1000,
      realPath: '/root',
      symlink: { target: '/root', resolved: '/root', dangling: false, loop: false },
    });
    expect(runCheck(check, g).findings).toEqual([]);
  });

  it('leaves an unwritable or read-only HOME to the cache and install checks', () => {
    const f = sudoE();
    f.host.uid = 1000;
    f.paths.HOME = dirInfo('/home/alice', { uid: 0, writable: false });
    expect(runCheck(check, f).findings).toEqual([]);
    const g = sudoE();
    g.paths.HOME = dirInfo('/home/alice', { uid: 1000, volume: { free: 1, total: 2, readOnly: true } });
    expect(runCheck(check, g).findings).toEqual([]);
  });

  it('is silent when go keeps nothing under the foreign HOME', () => {
    let f = sudoE();
    f = setEnv(setEnv(f, 'GOPATH', '/srv/go'), 'GOMODCACHE', '/srv/go/pkg/mod');
    f = setEnv(f, 'GOCACHE', '/srv/cache');
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('warns root about explicitly set caches owned by another uid, but not a non-root user', () => {
    let f = sudoE();
    f.paths.HOME = dirInfo('/root', { uid: 0 });
    f.env.HOME = '/root';
    f = setEnv(f, 'GOCACHE', '/home/alice/.cache/go-build');
    f.paths.GOCACHE = dirInfo('/home/alice/.cache/go-build', { uid: 1000 });
    f.paths.GOMODCACHE = missingInfo('/root/go/pkg/mod', '/root');
    const r = runCheck(check, f);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]?.vars).toEqual(['GOCACHE']);
    expect(r.findings[0]?.message).toBe(
      'GOCACHE "/home/alice/.cache/go-build" belongs to uid 1000, not to you (uid 0, root).',
    );
    f.host.uid = 1002;
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('does not apply on Windows (no uid; USERPROFILE)', () => {
    const f = sudoE();
    f.host.os = 'windows';
    expect(runCheck(check, f).status).toBe('skipped');
  });
});
