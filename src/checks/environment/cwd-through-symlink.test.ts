import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck } from '../../../test/support/facts.js';
import type { Facts } from '../../core/facts.js';
import check from './cwd-through-symlink.js';

/** cd ~/proj/cmd where ~/proj -> /data/proj, with PWD kept by the shell. */
function linked(): Facts {
  const f = linuxFacts();
  f.cwd = '/home/alice/proj/cmd';
  f.physicalCwd = '/data/proj/cmd';
  f.env.PWD = f.cwd;
  return f;
}

describe('cwd-through-symlink', () => {
  it('passes when the working directory is not a link', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it("reports a module reached through a link as info, with go's message and the real directory", () => {
    const r = runCheck(check, linked());
    expect(r.findings).toHaveLength(1);
    const x = r.findings[0];
    expect(x?.severity).toBe('info');
    expect(x?.message).toBe(
      'The working directory "/home/alice/proj/cmd" is reached through a symbolic link (the real directory is "/data/proj/cmd"); go uses the link spelling for the module at "/home/alice/proj".',
    );
    expect(x?.why).toContain(
      '"pattern /data/proj/cmd/...: directory prefix /data/proj/cmd does not contain main module or its selected dependencies"',
    );
    expect(x?.why).toContain('an editor that opened /data/proj');
    expect(x?.fixes.map((y) => y.text)).toEqual([
      'cd /data/proj/cmd',
      'open /data/proj (not the link) in your editor, and pass paths spelled the same way',
    ]);
  });

  it('uses the shorter relative spelling like go (../real)', () => {
    const f = linuxFacts();
    f.cwd = '/tmp/x/link';
    f.physicalCwd = '/tmp/x/real';
    if (f.module.gomod) f.module.gomod.path = '/tmp/x/link/go.mod';
    const r = runCheck(check, f);
    expect(r.raw[0]?.data.rel).toBe('../real');
    expect(r.findings[0]?.why).toContain(
      '"directory ../real outside main module or its selected dependencies"',
    );
  });

  it('is silent outside a module, and when PWD was unset or stale (cwd is then the physical path)', () => {
    const f = linked();
    f.module.gomod = null;
    expect(runCheck(check, f).findings).toEqual([]);
    const g = linked();
    g.cwd = g.physicalCwd;
    delete g.env.PWD;
    expect(runCheck(check, g).findings).toEqual([]);
  });

  it('does not apply on Windows', () => {
    const f = linked();
    f.host.os = 'windows';
    expect(runCheck(check, f).status).toBe('skipped');
  });
});
