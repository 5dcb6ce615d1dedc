import { describe, expect, it } from 'vitest';
import { linuxFacts, runCheck } from '../../../test/support/facts.js';
import type { Facts, GoBinary } from '../../core/facts.js';
import check from './go-multiple-versions.js';

function addGo(f: Facts, dir: string, version: string | null, extra: Partial<GoBinary> = {}): Facts {
  f.goBinaries.push({
    name: 'go',
    path: `${dir}/go`,
    pathIndex: f.goBinaries.length + 2,
    realPath: `${dir}/go`,
    goroot: dir.replace(/\/bin$/, ''),
    version,
    versionSource: version ? 'VERSION file' : 'unknown',
    executable: true,
    ...extra,
  });
  return f;
}

describe('go-multiple-versions', () => {
  it('passes with one go on PATH', () => {
    expect(runCheck(check, linuxFacts()).findings).toEqual([]);
  });

  it('warns about a shadowed go of another release, naming both', () => {
    const r = runCheck(check, addGo(linuxFacts(), '/usr/lib/go-1.21/bin', '1.21.13'));
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f?.severity).toBe('warning');
    expect(f?.vars).toEqual(['PATH']);
    expect(f?.message).toBe(
      'PATH has more than one Go release: /usr/local/go/bin/go (go1.23.5) runs, and it shadows /usr/lib/go-1.21/bin/go (go1.21.13).',
    );
  });

  it('lists each other release once', () => {
    const f = addGo(addGo(addGo(linuxFacts(), '/a/bin', '1.21.13'), '/b/bin', '1.21.13'), '/c/bin', '1.26.8');
    expect(runCheck(check, f).findings[0]?.message).toContain(
      '/a/bin/go (go1.21.13) and /c/bin/go (go1.26.8)',
    );
  });

  it('ignores the same release twice, unknown versions, non-executables and goX.Y.Z names', () => {
    let f = addGo(linuxFacts(), '/usr/bin', '1.23.5');
    f = addGo(f, '/x/bin', null);
    f = addGo(f, '/y/bin', '1.19.8', { executable: false });
    f = addGo(f, '/z/bin', '1.22.12', { name: 'go1.22.12', path: '/z/bin/go1.22.12' });
    expect(runCheck(check, f).findings).toEqual([]);
  });

  it('uses the version go reported for the winner', () => {
    const f = addGo(linuxFacts(), '/usr/lib/go-1.21/bin', '1.21.13');
    const w = f.goBinaries[0];
    if (w) w.version = null;
    expect(runCheck(check, f).findings[0]?.message).toContain('(go1.23.5) runs');
  });

  it('works with Windows paths', () => {
    const f = linuxFacts();
    f.host.os = 'windows';
    const w = f.goBinaries[0];
    if (w) w.path = 'C:\\Program Files\\Go\\bin\\go.exe';
    addGo(f, 'C:\\Users\\alice\\sdk\\go1.21.13\\bin', '1.21.13', {
      path: 'C:\\Users\\alice\\sdk\\go1.21.13\\bin\\go.exe',
    });
    const r = runCheck(check, f, 'powershell');
    expect(r.findings[0]?.fixes[0]?.text).toContain('C:\\Program Files\\Go\\bin');
  });
});
